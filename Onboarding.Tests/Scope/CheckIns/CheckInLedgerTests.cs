using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Onboardings.Gates;
using Onboarding.Workflows.Scope.CheckIns;

namespace Onboarding.Tests.Scope.CheckIns;

/// <summary>Which recorded check-in answers which check-in the cadence asked for: the gate's honesty, without a database.</summary>
public sealed class CheckInLedgerTests
{
    // A weekly cadence: items open on Tuesdays at 09:00 and are due two business days later.
    private static readonly DateTime Week1 = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    private static CheckInDue Item(int week, WorkItemStatus status = WorkItemStatus.Open) =>
        new(Guid.NewGuid(), "Scope check-in", Week1.AddDays(7 * (week - 1)), Week1.AddDays(7 * (week - 1) + 2), status, null);

    private static CheckInMade At(DateTime utc) => new(Guid.NewGuid(), utc);

    [Fact]
    public void Match_CheckInRecordedWhileTheItemWaits_CoversIt()
    {
        var standing = CheckInLedger.Match([Item(1)], [At(Week1.AddHours(3))]).ShouldHaveSingleItem();

        standing.IsCovered.ShouldBeTrue();
        (standing.Early, standing.Late).ShouldBe((false, false));
    }

    [Fact]
    public void Match_EarlyCheckInInTheSecondHalfOfThePeriod_CoversTheNextOneOnly()
    {
        // Recorded on Monday of week 1's period end, the day before week 2's item opens.
        var early = At(Week1.AddDays(6));
        var standings = CheckInLedger.Match([Item(1), Item(2), Item(3)], [At(Week1.AddHours(1)), early]);

        standings.Select(s => s.IsCovered).ShouldBe([true, true, false], "an early check-in counts for the next one, not for every one after it");
        standings[1].CoveredBy.ShouldBe(early);
        standings[1].Early.ShouldBeTrue();
    }

    [Fact]
    public void Match_TwoCheckInsRightAfterOneAnother_DoNotExcuseTheNextPeriod()
    {
        var standings = CheckInLedger.Match([Item(1), Item(2)], [At(Week1.AddHours(1)), At(Week1.AddHours(2))]);

        standings.Select(s => s.IsCovered).ShouldBe([true, false]);
        GateOf(standings).ScopeCheckInsUpToDate.ShouldBeFalse();
    }

    [Fact]
    public void Match_CheckInBeforeTheFirstItemOpened_CountsForTheFirstOnly()
    {
        var standings = CheckInLedger.Match([Item(1), Item(2)], [At(Week1.AddDays(-20)), At(Week1.AddDays(-19))]);

        standings.Select(s => s.IsCovered).ShouldBe([true, false]);
        standings[0].Early.ShouldBeTrue();
    }

    [Fact]
    public void Match_OneLateCheckInAfterTwoMissedPeriods_CoversBothAsLate_AndNothingAhead()
    {
        var late = At(Week1.AddDays(9).AddHours(1)); // Thursday of week 2, after both due dates
        var standings = CheckInLedger.Match([Item(1), Item(2), Item(3)], [late]);

        standings.Select(s => s.IsCovered).ShouldBe([true, true, false]);
        standings.Take(2).ShouldAllBe(s => s.Late && s.CoveredBy == late);
    }

    [Fact]
    public void Match_LateCheckInInTheSecondHalfOfAPeriod_CoversTheLateItem_NotTheNextAsWell()
    {
        var standings = CheckInLedger.Match([Item(1), Item(2)], [At(Week1.AddDays(5))]);

        standings.Select(s => s.IsCovered).ShouldBe([true, false], "one check-in answers one period when recorded before the next item opened");
        standings[0].Late.ShouldBeTrue();
    }

    [Fact]
    public void Match_CancelledItem_WasNeverDue()
    {
        var standings = CheckInLedger.Match([Item(1, WorkItemStatus.Cancelled), Item(2)], [At(Week1.AddDays(8))]);

        standings.ShouldHaveSingleItem().IsCovered.ShouldBeTrue();
    }

    [Fact]
    public void Match_NoCheckIns_EveryOpenItemWaits_AndOverdueAfterItsDueDate()
    {
        var standings = CheckInLedger.Match([Item(1), Item(2)], []);

        standings.ShouldAllBe(s => !s.IsCovered);
        standings.Count(s => s.IsOverdue(Week1.AddDays(8))).ShouldBe(1);
        GateOf(standings).ShouldBe(GateEvidence.Nothing with { ScopeCheckInsDue = 2, ScopeCheckInsRecorded = 0 });
    }

    [Fact]
    public void GateEvidence_ExistingCallersCounts_StillMeanDueAndCovered()
    {
        (GateEvidence.Nothing with { ScopeCheckInsDue = 2, ScopeCheckInsRecorded = 2 }).ScopeCheckInsUpToDate.ShouldBeTrue();
        (GateEvidence.Nothing with { ScopeCheckInsDue = 2, ScopeCheckInsRecorded = 1 }).ScopeCheckInsUpToDate.ShouldBeFalse();
        GateEvidence.Nothing.ScopeCheckInsUpToDate.ShouldBeTrue("nothing asked for yet");
    }

    private static GateEvidence GateOf(IReadOnlyList<CheckInDueStanding> standings) =>
        GateEvidence.Nothing with { ScopeCheckInsDue = standings.Count, ScopeCheckInsRecorded = standings.Count(s => s.IsCovered) };
}
