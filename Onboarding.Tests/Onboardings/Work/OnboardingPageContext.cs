using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Onboarding.Web.Onboardings;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Onboardings.Timeline;
using Onboarding.Workflows.Onboardings.Work;

namespace Onboarding.Tests.Onboardings.Work;

/// <summary>bUnit with the onboarding page's real services over an <see cref="OnboardingWorld"/>, signed in as its account manager.</summary>
public abstract class OnboardingPageContext : OnboardingTabContext
{
    internal void Use(OnboardingWorld world)
    {
        AddAuthorization().SetAuthorized("am@test").SetClaims(new Claim(ClaimTypes.NameIdentifier, world.AccountManager.Id));
        Services.AddSingleton(world.Database.Changes);
        Services.AddSingleton<TimeProvider>(world.Database.Clock);
        Services.AddSingleton(world.Queries);
        Services.AddSingleton(world.Host.Get<OnboardingWorkQuery>());
        Services.AddSingleton(world.Host.Get<WorkItemActions>());
        Services.AddSingleton(world.Host.Get<OnboardingTimeline>());
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
    }

    protected IReadOnlyList<Snackbar> Shown => Services.GetRequiredService<ISnackbar>().ShownSnackbars.ToList();
}
