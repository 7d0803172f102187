using Bunit;
using MudBlazor;
using Onboarding.Web.Onboardings;

namespace Onboarding.Tests.Onboardings.Work;

/// <summary>The onboarding page follows saves made elsewhere (another user, another DbContext) without a reload.</summary>
public sealed class OnboardingPageLiveTests : OnboardingPageContext
{
    [Fact]
    public async Task SomeoneElseCompletesTheCurrentItem_ThePageShowsTheNextOne_AndSaysWhatChanged()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        Use(world);
        var cut = Render<OnboardingPage>(p => p.Add(c => c.Id, started.Id));
        cut.WaitForAssertion(() => cut.Find("[data-testid=open-work-items]").TextContent.ShouldContain("Send contract for e-signature"));

        // Another user's save, through the runtime on its own DbContext: nothing here re-renders by hand.
        await world.Host.CompleteAsync(started.InstanceId, "Send contract for e-signature", "ops@test");

        cut.WaitForAssertion(() =>
        {
            cut.Find("[data-testid=open-work-items]").TextContent.ShouldContain("Confirm contract signed");
            cut.Find("[data-testid=stage-wait]").TextContent.ShouldContain("Confirm contract signed");
        });
        var update = Shown.ShouldHaveSingleItem();
        update.Message.ShouldBe("Updated: 'Send contract for e-signature' closed; 'Confirm contract signed' opened.");
        update.Severity.ShouldBe(Severity.Info);
    }

    [Fact]
    public async Task ThisPageCompletesTheItem_ItMovesOn_WithoutTellingItsOwnUserItWasUpdated()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        Use(world);
        var cut = Render<OnboardingPage>(p => p.Add(c => c.Id, started.Id));
        cut.WaitForAssertion(() => cut.FindAll("[data-testid=open-work-items] [data-testid=complete-work-item]").Count.ShouldBe(1));

        await cut.Find("[data-testid=open-work-items] [data-testid=complete-work-item]").ClickAsync(new());

        cut.WaitForAssertion(() => cut.Find("[data-testid=open-work-items]").TextContent.ShouldContain("Confirm contract signed"));
        Shown.Select(s => s.Message).ShouldBe(["'Send contract for e-signature' completed."]);
    }
}
