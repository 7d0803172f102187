using Bunit;
using Bunit.TestDoubles;
using MudBlazor.Services;
using Onboarding.Web.MyWork;
using Onboarding.Web.Onboardings;
using Onboarding.Workflows.MyWork;

namespace Onboarding.Tests.MyWork;

public sealed class MyWorkListTests : BunitContext
{
    public MyWorkListTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        // The button completes through the workflow runtime, which the browser test covers; here only the list is under test.
        ComponentFactories.AddStub<CompleteWorkItemButton>();
    }

    [Fact]
    public void Render_OverdueAndOpenItems_CountsThemAndMarksTheOverdueOne()
    {
        var onboarding = Guid.NewGuid();
        MyWorkItem[] items =
        [
            new(Guid.NewGuid(), "Review questionnaire", "Questionnaire", "#00838f", "AccountManager", false, new DateTime(2026, 11, 20), true, onboarding, "Bravo Books"),
            new(Guid.NewGuid(), "Confirm contract signed", "Contract & payment", "red;x", "AccountManager", true, null, false, Guid.NewGuid(), "Acme Analytics"),
        ];

        var cut = Render<MyWorkList>(p => p.Add(c => c.Items, items).Add(c => c.Changed, () => { }));

        cut.Find("[data-testid=my-work-counts]").TextContent.ShouldBe("1 overdue · 2 open");
        var rows = cut.FindAll("[data-testid=my-work-item]");
        rows.Select(r => r.GetAttribute("data-overdue")).ShouldBe(["true", "false"]);
        rows[0].TextContent.ShouldContain("20 Nov · overdue");
        rows[0].TextContent.ShouldContain("any account manager");
        rows[0].QuerySelector("[data-testid=my-work-onboarding]")!.GetAttribute("href").ShouldBe($"/onboardings/{onboarding}");
        rows[0].QuerySelector(".stage-swatch")!.GetAttribute("style").ShouldBe("background: #00838f");
        rows[1].TextContent.ShouldNotContain("overdue");
        rows[1].TextContent.ShouldNotContain("any account manager");
        rows[1].QuerySelector(".stage-swatch").ShouldBeNull();
        cut.FindComponents<Stub<CompleteWorkItemButton>>().Count.ShouldBe(2);
    }

    [Fact]
    public void Render_NoItems_ShowsTheEmptyStateForTheScope()
    {
        var cut = Render<MyWorkList>(p => p.Add(c => c.Items, []).Add(c => c.Scope, MyWorkScope.Mine).Add(c => c.Changed, () => { }));

        cut.Find("[data-testid=my-work-counts]").TextContent.ShouldBe("0 overdue · 0 open");
        cut.Find("[data-testid=my-work-empty]").TextContent.ShouldContain("no open work item is assigned to you.");
        cut.FindAll("[data-testid=my-work-item]").ShouldBeEmpty();
    }
}
