using Bunit;
using MudBlazor.Services;
using Onboarding.Web.Onboardings;
using Onboarding.Workflows.Onboardings;

namespace Onboarding.Tests.Onboardings;

public sealed class StageStepperTests : BunitContext
{
    public StageStepperTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    [Fact]
    public void Render_DoneCurrentAndUpcoming_ShowsDateWaitsAndHighlightsTheCurrentStage()
    {
        StageStep[] steps =
        [
            new("Contract & payment", "#1565c0", StageState.Done, new DateTime(2026, 11, 3), []),
            new("Internal kickoff", "#6a1b9a", StageState.Current, null, [new StageWait("Internal kickoff", WaitKind.WorkItem, "Assign team and roles", "Priya Shah")]),
            new("Questionnaire", "#00838f", StageState.Upcoming, null, []),
        ];

        var cut = Render<StageStepper>(p => p.Add(c => c.Steps, steps));

        var items = cut.FindAll("[data-testid=stage-step]");
        items.Select(i => i.GetAttribute("data-state")).ShouldBe(["Done", "Current", "Upcoming"]);
        items[0].TextContent.ShouldContain("Done 3 Nov");
        items[1].GetAttribute("aria-current").ShouldBe("step");
        items[1].ClassList.ShouldContain("current");
        items[1].GetAttribute("style").ShouldBe("--stage-colour: #6a1b9a");
        cut.Find("[data-testid=stage-wait]").TextContent.Trim().ShouldBe("Assign team and roles · Priya Shah");
        items[2].HasAttribute("aria-current").ShouldBeFalse();
        items[2].TextContent.ShouldContain("3");
    }

    [Fact]
    public void Render_WaitsOfEachKind_SaysWhoOrWhatAndWhen()
    {
        StageWait[] waits =
        [
            new("Questionnaire", WaitKind.Client, "Questionnaire submitted"),
            new("Questionnaire", WaitKind.Payment, "Waiting for deposit · USD 7,200.00 due 30 Dec"),
            new("Questionnaire", WaitKind.Timer, "3 business days", AtUtc: new DateTime(2026, 11, 27, 9, 0, 0)),
            new("Questionnaire", WaitKind.WorkItem, "Remind the client", "any account manager"),
        ];

        var cut = Render<StageStepper>(p => p.Add(c => c.Steps, [new StageStep("Questionnaire", "#00838f", StageState.Current, null, waits)]));

        var shown = cut.FindAll("[data-testid=stage-wait]");
        shown.Select(w => w.GetAttribute("data-kind")).ShouldBe(["Client", "Payment", "Timer", "WorkItem"]);
        shown.Select(w => w.TextContent.Trim()).ShouldBe([
            "The client: Questionnaire submitted", "Waiting for deposit · USD 7,200.00 due 30 Dec", "3 business days · fires 27 Nov", "Remind the client · any account manager"]);
        shown[2].GetAttribute("title").ShouldBe("Timer: 3 business days, fires 27 Nov 09:00 UTC");
    }

    [Fact]
    public void Render_ColourThatIsNotHex_NeverReachesTheStyle()
    {
        var cut = Render<StageStepper>(p => p.Add(c => c.Steps, [new StageStep("Odd", "red;background:url(x)", StageState.Current, null, [])]));

        cut.Find("[data-testid=stage-step]").GetAttribute("style").ShouldBe("--stage-colour: #607d8b");
    }
}
