using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Tests.Browser;

/// <summary>Drives MudBlazor inputs by their visible labels, as a person would.</summary>
internal static class MudField
{
    public static Task FillAsync(IPage page, string label, string value) => FillAsync(page.Locator("body"), label, value);

    public static async Task FillAsync(ILocator scope, string label, string value)
    {
        var input = scope.GetByLabel(label, new() { Exact = true });
        await input.FillAsync(value);
        // MudBlazor binds on change: leave the field so the value reaches the server.
        await input.BlurAsync();
    }

    /// <summary>A MudAutocomplete: type, then pick the matching item from the opened list.</summary>
    public static async Task ChooseAsync(IPage page, string label, string option)
    {
        var input = page.GetByLabel(label, new() { Exact = true });
        await input.ClickAsync();
        await input.FillAsync(option);
        await OpenList(page).GetByText(option, new() { Exact = true }).ClickAsync();
        await Expect(input).ToHaveValueAsync(option);
    }

    /// <summary>A MudSelect: open it, then pick the item.</summary>
    public static async Task SelectAsync(IPage page, ILocator scope, string label, string option)
    {
        var select = scope.GetByLabel(label, new() { Exact = true });
        await select.ClickAsync();
        await OpenList(page).GetByText(option, new() { Exact = true }).ClickAsync();
        await Expect(OpenList(page)).ToHaveCountAsync(0);
    }

    private static ILocator OpenList(IPage page) => page.Locator(".mud-popover-open");
}
