using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Onboarding.Web.Onboardings;
using Onboarding.Web.Shared;

namespace Onboarding.Tests.Onboardings;

/// <summary>bUnit for the onboarding page and its tabs: MudBlazor, the signed-in person and the page's edits; each test adds the real services its part uses.</summary>
public abstract class OnboardingTabContext : BunitContext
{
    protected OnboardingTabContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddScoped<CurrentUser>();
        Services.AddScoped<OnboardingEdits>();
    }

    internal static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;
}
