using MudBlazor;

namespace Onboarding.Web.Components.Layout;

/// <summary>Calm, dense theme for an internal tool; system fonts (no web font downloads).</summary>
public static class OnboardingTheme
{
    private static readonly string[] FontStack = ["Inter", "Segoe UI", "Roboto", "Noto Sans", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#3550a8",
            Secondary = "#5b6b82",
            AppbarBackground = "#1f2a44",
            Background = "#f6f7fb",
            DrawerBackground = "#ffffff",
            TextPrimary = "#1d2433",
            TextSecondary = "#5b6478",
            Success = "#2e7d4f",
            Warning = "#b26a00",
            Error = "#c62828",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack, FontSize = ".875rem" },
            H4 = new H4Typography { FontFamily = FontStack, FontSize = "1.6rem", FontWeight = "600" },
            H5 = new H5Typography { FontFamily = FontStack, FontSize = "1.3rem", FontWeight = "600" },
            H6 = new H6Typography { FontFamily = FontStack, FontSize = "1.05rem", FontWeight = "600" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px", DrawerWidthLeft = "232px" },
    };
}
