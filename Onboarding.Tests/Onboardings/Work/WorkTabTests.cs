using Bunit;
using MudBlazor;
using Onboarding.Web.Onboardings.Work;
using Onboarding.Workflows.Onboardings;

namespace Onboarding.Tests.Onboardings.Work;

/// <summary>The Work tab on the real services: groups, checklist, reassign, comments; it follows saves by itself.</summary>
public sealed class WorkTabTests : OnboardingPageContext
{
    [Fact]
    public async Task Render_AfterTheFirstItem_ShowsTheOpenOneOnTop_AndEveryItemInItsStage()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.Host.CompleteAsync(started.InstanceId, "Send contract for e-signature", "ops@test");
        var cut = RenderTab(world, started);

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=work-item-panel]").Count.ShouldBe(2));
        cut.Find("[data-testid=open-work-items] [data-testid=work-item]").TextContent.ShouldContain("Confirm contract signed");
        var stage = cut.Find("[data-testid=work-stage]");
        stage.GetAttribute("data-stage").ShouldBe("Contract & payment");
        stage.QuerySelector("h3")!.TextContent.ShouldContain("1 open · 1 done");
        var panels = cut.FindAll("[data-testid=work-item-panel]");
        panels.Select(p => p.GetAttribute("data-status")).ShouldBe(["Completed", "Open"]);
        panels[0].QuerySelector("[data-testid=work-item-state]")!.TextContent.ShouldContain("Completed 24 Nov 09:00 by ops@test");
        panels[0].QuerySelectorAll("input[type=checkbox]").ShouldAllBe(c => c.HasAttribute("disabled"));
        panels[1].QuerySelector("[data-testid=work-item-state]")!.TextContent.ShouldContain("am · ");
    }

    [Fact]
    public async Task Tick_Reassign_Comment_SaveAndTheTabShowsThemWithoutARenderByHand()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var cut = RenderTab(world, started);
        cut.WaitForAssertion(() => cut.FindAll("[data-testid=checklist-line]").Count.ShouldBe(3));

        await cut.FindAll("[data-testid=checklist-line] input")[0].ChangeAsync(new() { Value = true });
        cut.WaitForAssertion(() => cut.Find("[data-testid=checklist-progress]").TextContent.ShouldBe("1/3 checked"));

        var select = cut.FindComponent<MudSelect<string>>();
        await cut.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(world.OpsLead.Id));
        cut.WaitForAssertion(() => cut.Find("[data-testid=open-work-items] [data-testid=work-item]").TextContent.ShouldContain("ops"));
        Shown.ShouldContain(s => s.Message == "'Send contract for e-signature' is now assigned to ops.");
        (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single().AssigneeId.ShouldBe(world.OpsLead.Id);

        await cut.Find("[data-testid=comment-post]").ClickAsync(new());
        cut.Find("[data-testid=comment-form]").TextContent.ShouldContain("Write something before posting the comment.");

        cut.Find("[data-testid=comment-form] textarea").Input("Signer is away until Monday.");
        await cut.Find("[data-testid=comment-form]").KeyDownAsync(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter", CtrlKey = true });
        cut.WaitForAssertion(() => cut.Find("[data-testid=comment]").TextContent.ShouldContain("Signer is away until Monday."));
        cut.Find("[data-testid=comment]").TextContent.ShouldContain("am · 24 Nov 09:00 UTC");
    }

    private IRenderedComponent<WorkTab> RenderTab(OnboardingWorld world, StartedOnboarding started)
    {
        Use(world);
        return Render<WorkTab>(p => p.Add(c => c.OnboardingId, started.Id).Add(c => c.InstanceId, started.InstanceId));
    }
}
