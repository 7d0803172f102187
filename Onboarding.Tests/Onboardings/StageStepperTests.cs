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
            new("Internal kickoff", "#6a1b9a", StageState.Current, null, ["Assign team and roles: waits for a person to complete the work item"]),
            new("Questionnaire", "#00838f", StageState.Upcoming, null, []),
        ];

        var cut = Render<StageStepper>(p => p.Add(c => c.Steps, steps));

        var items = cut.FindAll("[data-testid=stage-step]");
        items.Select(i => i.GetAttribute("data-state")).ShouldBe(["Done", "Current", "Upcoming"]);
        items[0].TextContent.ShouldContain("Done 3 Nov");
        items[1].GetAttribute("aria-current").ShouldBe("step");
        items[1].ClassList.ShouldContain("current");
        items[1].GetAttribute("style").ShouldBe("--stage-colour: #6a1b9a");
        cut.Find("[data-testid=stage-wait]").TextContent.ShouldBe("Assign team and roles: waits for a person to complete the work item");
        items[2].HasAttribute("aria-current").ShouldBeFalse();
        items[2].TextContent.ShouldContain("3");
    }

    [Fact]
    public void Render_ColourThatIsNotHex_NeverReachesTheStyle()
    {
        var cut = Render<StageStepper>(p => p.Add(c => c.Steps, [new StageStep("Odd", "red;background:url(x)", StageState.Current, null, [])]));

        cut.Find("[data-testid=stage-step]").GetAttribute("style").ShouldBe("--stage-colour: #607d8b");
    }
}
