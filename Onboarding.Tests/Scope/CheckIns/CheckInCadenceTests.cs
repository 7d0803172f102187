using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Playbooks;
using Onboarding.Tests.Onboardings;
using Onboarding.Workflows.Onboardings.Gates;
using Onboarding.Workflows.Scope.CheckIns;
using static Onboarding.Tests.Scope.CheckIns.CheckInWorld;

namespace Onboarding.Tests.Scope.CheckIns;

/// <summary>
/// The default playbook's check-in cadence through the real engine and scheduler on the fake clock: an onboarding driven to
/// "Close the onboarding against the scope" (Tue 24 Nov 2026, 09:00 UTC); the cycle timer R/P5BD opens a check-in every
/// 5 business days; recording one completes it; closing the onboarding ends the cycle.
/// </summary>
public sealed class CheckInCadenceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateTime Utc(int month, int day, int hour = 9) => new(2026, month, day, hour, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Cadence_OpensACheckInEvery5BusinessDays_RecordingCompletesIt_ClosingEndsTheCycle()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.DriveToCloseAsync(started);
        var schedule = (await world.CheckInQueries().OverviewAsync(started.Id, Ct)).Schedule;
        (schedule.Cadence, schedule.RunsWhile, schedule.State, schedule.NextOpensAtUtc).ShouldBe(("Every 5 business days", CloseOnboarding, CadenceState.Running, Utc(12, 1)));

        await world.AdvanceToAsync(Utc(12, 1, 8));
        (await world.CheckInItemsAsync(started)).ShouldBeEmpty("not yet 5 business days");
        await world.AdvanceToAsync(Utc(12, 1));
        var first = (await world.CheckInItemsAsync(started)).ShouldHaveSingleItem();
        (first.Status, first.DueAtUtc, first.Gate).ShouldBe((WorkItemStatus.Open, Utc(12, 3), "scope-check-in"));
        (await world.CheckInQueries().OverviewAsync(started.Id, Ct)).Schedule.NextDueAtUtc.ShouldBe(Utc(12, 3));

        var saved = await world.RecordAsync(started.Id, (Articles, 2, 8));
        saved.Completed.ShouldBe([CheckInTitle], "the check-in's work item completes by itself");
        // A second check-in the same day does not count for next week's.
        world.Database.Clock.Advance(TimeSpan.FromHours(1));
        await world.RecordAsync(started.Id, (Articles, 3, 11));

        await world.AdvanceToAsync(Utc(12, 8));
        var items = await world.CheckInItemsAsync(started);
        items.Select(i => i.Status).ShouldBe([WorkItemStatus.Completed, WorkItemStatus.Open]);
        await world.AdvanceToAsync(Utc(12, 11));
        var overdue = (await world.CheckInQueries().OverviewAsync(started.Id, Ct)).Schedule.Overdue.ShouldHaveSingleItem();
        overdue.Due.WorkItemId.ShouldBe(items[1].Id);

        // Late: completes the waiting one, and is shown as late.
        (await world.RecordAsync(started.Id, (Articles, 5, 20))).Completed.ShouldBe([CheckInTitle]);
        var standings = (await world.CheckInQueries().OverviewAsync(started.Id, Ct)).Schedule.Standings;
        standings.Select(s => (s.IsCovered, s.Late)).ShouldBe([(true, false), (true, true)]);

        // Early: recorded on Monday 14 Dec, the day before the next one opens; it opens already answered and completes by itself.
        await world.AdvanceToAsync(Utc(12, 14));
        await world.RecordAsync(started.Id, (Articles, 6, 24));
        await world.AdvanceToAsync(Utc(12, 15));
        (await world.CheckInItemsAsync(started)).Select(i => i.Status).ShouldBe([WorkItemStatus.Completed, WorkItemStatus.Completed, WorkItemStatus.Completed]);

        // Closing the onboarding cancels the cycle timer: no more check-ins, and the workflow ends.
        await world.Host.CompleteAsync(started.InstanceId, CloseOnboarding);
        await world.AdvanceToAsync(Utc(12, 29));
        (await world.CheckInItemsAsync(started)).Count.ShouldBe(3);
        (await world.Host.InstanceAsync(started.InstanceId)).Status.ShouldBe("Completed");
        (await world.CheckInQueries().OverviewAsync(started.Id, Ct)).Schedule.State.ShouldBe(CadenceState.Ended);
    }

    [Fact]
    public async Task Gate_CheckInItemOpenWithoutACheckIn_CannotBeCompletedByHand_AndSaysWhatToDo()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.DriveToCloseAsync(started);
        await world.AdvanceToAsync(Utc(12, 1));

        var refusal = await Should.ThrowAsync<GateBlockedException>(() => world.Host.CompleteAsync(started.InstanceId, CheckInTitle));

        refusal.Message.ShouldContain("Scope check-in recorded: Record the check-in on the Scope tab");
        var evidence = await world.Host.QueryAsync(db => GateEvidenceReader.ReadAsync(db, started.Id, Ct));
        (evidence.ScopeCheckInsDue, evidence.ScopeCheckInsRecorded).ShouldBe((1, 0));
    }

    [Fact]
    public async Task Overview_BeforeTheWorkflowReachesTheClose_SaysWhenCheckInsStart()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();

        var schedule = (await world.CheckInQueries().OverviewAsync(started.Id, Ct)).Schedule;

        (schedule.State, schedule.NextOpensAtUtc, schedule.Cadence).ShouldBe((CadenceState.NotStarted, null, "Every 5 business days"));
        (await world.Host.QueryAsync(db => db.WorkflowTimers.AnyAsync(t => t.InstanceId == started.InstanceId && t.NodeId == "Timer_ScopeCheckIn", Ct))).ShouldBeFalse();
    }
}
