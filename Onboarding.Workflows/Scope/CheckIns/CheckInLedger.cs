using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Onboardings.Gates;

namespace Onboarding.Workflows.Scope.CheckIns;

/// <summary>A check-in work item the playbook's cadence opened.</summary>
public sealed record CheckInDue(Guid WorkItemId, string Title, DateTime OpenedAtUtc, DateTime? DueAtUtc, WorkItemStatus Status, DateTime? ClosedAtUtc);

/// <summary>When a check-in was first recorded (a correction does not move it).</summary>
public sealed record CheckInMade(Guid CheckInId, DateTime RecordedAtUtc);

/// <summary>A check-in work item and the check-in that covers it, if any.</summary>
public sealed record CheckInDueStanding(CheckInDue Due, CheckInMade? CoveredBy)
{
    public bool IsCovered => CoveredBy is not null || Due.Status == WorkItemStatus.Completed;

    /// <summary>Recorded before the cadence opened the work item.</summary>
    public bool Early => CoveredBy is { } c && c.RecordedAtUtc < Due.OpenedAtUtc;

    /// <summary>Recorded after the work item's due date.</summary>
    public bool Late => CoveredBy is { } c && Due.DueAtUtc is { } due && c.RecordedAtUtc > due;

    public bool IsOverdue(DateTime nowUtc) => !IsCovered && Due.Status == WorkItemStatus.Open && Due.DueAtUtc is { } due && due < nowUtc;
}

/// <summary>
/// Which recorded check-in answers which check-in the cadence asked for, so that the gate on "Scope check-in" is honest:
/// <list type="bullet">
/// <item>A check-in recorded while check-in work items are waiting covers all of them: its numbers are cumulative, so one
/// check-in brings the record up to date (the ones it covers after their due date are shown as late).</item>
/// <item>A check-in recorded while none is waiting counts, early, for the next one only, and only when recorded in the second half
/// of the period before it (any time before the first one). Earlier in the period it is a second check-in for the one just
/// done and counts for nothing new, so two check-ins in one week never excuse the next week's.</item>
/// </list>
/// Cancelled work items were never due. Replaying from the stored times gives the same answer every time, so a work item
/// closed through the gate stays covered.
/// </summary>
public static class CheckInLedger
{
    public static IReadOnlyList<CheckInDueStanding> Match(IEnumerable<CheckInDue> due, IEnumerable<CheckInMade> made)
    {
        var items = due.Where(d => d.Status != WorkItemStatus.Cancelled).OrderBy(d => d.OpenedAtUtc).ToList();
        var checkIns = made.OrderBy(m => m.RecordedAtUtc).ToList();
        var coveredBy = new CheckInMade?[items.Count];
        var waiting = new List<int>();
        CheckInMade? banked = null;
        var next = 0;
        void Record(CheckInMade checkIn)
        {
            if (waiting.Count == 0)
            {
                banked = checkIn;
                return;
            }
            foreach (var index in waiting) coveredBy[index] = checkIn;
            waiting.Clear();
        }
        for (var k = 0; k < items.Count; k++)
        {
            var opened = items[k].OpenedAtUtc;
            while (next < checkIns.Count && checkIns[next].RecordedAtUtc < opened) Record(checkIns[next++]);
            var earliestEarly = k == 0 ? DateTime.MinValue : items[k - 1].OpenedAtUtc + (opened - items[k - 1].OpenedAtUtc) / 2;
            if (banked is { } early && early.RecordedAtUtc >= earliestEarly) coveredBy[k] = early;
            else waiting.Add(k);
            banked = null;
        }
        while (next < checkIns.Count) Record(checkIns[next++]);
        return [.. items.Select((item, k) => new CheckInDueStanding(item, coveredBy[k]))];
    }

    /// <summary>The onboarding's check-in work items (tasks gated with <c>scope-check-in</c>) and check-ins, matched.</summary>
    public static async Task<IReadOnlyList<CheckInDueStanding>> ReadAsync(OnboardingDbContext db, Guid onboardingId, Guid instanceId, CancellationToken ct)
    {
        var key = GateDefinitions.ScopeCheckIn.Key;
        var gated = await db.WorkItems.AsNoTracking().Where(w => w.InstanceId == instanceId && w.Gate != null && w.Gate.Contains(key))
            .Select(w => new { w.Gate, Due = new CheckInDue(w.Id, w.Title, w.OpenedAtUtc, w.DueAtUtc, w.Status, w.ClosedAtUtc) }).ToListAsync(ct);
        var made = await db.ScopeCheckIns.AsNoTracking().Where(c => c.OnboardingId == onboardingId)
            .Select(c => new CheckInMade(c.Id, c.RecordedAtUtc)).ToListAsync(ct);
        return Match(gated.Where(g => GateDefinitions.Parse(g.Gate, out _).Any(d => d.Key == key)).Select(g => g.Due), made);
    }
}
