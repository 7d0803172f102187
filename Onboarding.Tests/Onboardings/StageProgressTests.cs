using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Onboardings;

public sealed class StageProgressTests
{
    private static readonly PlaybookStage[] Stages = [new("Contract", "#111111"), new("Kickoff", "#222222"), new("Tech setup", "#333333"), new("Reporting", "#444444"), new("Scope", "#555555")];

    [Fact]
    public void Of_TwoParallelCurrentStages_MarksEarlierDoneWithDates_BothCurrent_RestUpcoming()
    {
        var closed = new Dictionary<string, DateTime> { ["Contract"] = new(2026, 11, 2), ["Kickoff"] = new(2026, 11, 5) };
        var waits = new[] { new StageWait("Tech setup", WaitKind.WorkItem, "Request access", "Priya"), new StageWait("Reporting", WaitKind.WorkItem, "Agree KPIs", "Alex") };

        var steps = StageProgress.Of(Stages, waits, finished: false, closed);

        steps.Select(s => s.State).ShouldBe([StageState.Done, StageState.Done, StageState.Current, StageState.Current, StageState.Upcoming]);
        steps[1].DoneAtUtc.ShouldBe(new DateTime(2026, 11, 5));
        steps[2].WaitingFor.ShouldBe([waits[0]]);
        steps[2].WaitingFor[0].Text.ShouldBe("Work item: Request access (Priya)");
        steps[4].DoneAtUtc.ShouldBeNull();
    }

    [Fact]
    public void Of_Finished_MarksEveryStageDone_AndNoActiveElement_MarksNoneDoneWhileRunning()
    {
        StageProgress.Of(Stages, [], finished: true, new Dictionary<string, DateTime>()).ShouldAllBe(s => s.State == StageState.Done);
        StageProgress.Of(Stages, [], finished: false, new Dictionary<string, DateTime>()).ShouldAllBe(s => s.State == StageState.Upcoming);
    }
}
