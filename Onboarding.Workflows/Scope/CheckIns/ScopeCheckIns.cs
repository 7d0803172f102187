using Onboarding.Workflows.Calendar;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.Onboardings.Gates;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Scope.CheckIns;

/// <summary>A check-in was saved: its health as chosen, what the numbers suggested, and the work items its gate completed.</summary>
public sealed record CheckInSaved(Guid CheckInId, ScopeHealth Health, HealthSuggestion Suggested, IReadOnlyList<string> Completed, bool Changed = true);

/// <summary>Someone recorded or corrected a check-in after this form was loaded; the message says who and what to do.</summary>
public sealed class CheckInConflictException(string message) : DomainException(message);

/// <summary>
/// Records scope check-ins: cumulative delivered work per line of the approved scope, with the health of the scope.
/// Recording one lets the gate complete the open "Scope check-in" work item. Only the latest check-in can be corrected
/// (later ones build on its numbers); corrections are audited with what changed; check-ins are never deleted (they are the
/// record the gate and the client conversation rely on).
/// </summary>
public sealed class ScopeCheckIns(IDbContextFactory<OnboardingDbContext> databases, GateAdvancer gates, FirmClock firm)
{
    public async Task<CheckInSaved> RecordAsync(Guid onboardingId, CheckInDraft draft, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var start = await StartOfAsync(db, onboardingId, ct);
        var scope = await ApprovedScope.ReadAsync(db, onboardingId, ct) ?? throw new DomainException(ApprovedScope.NotApprovedMessage);
        var latest = await LatestAsync(db, onboardingId, skip: 0, ct);
        if (draft.BasedOnCheckInId != latest?.Id)
        {
            throw new CheckInConflictException(latest is null ? "The check-in this form started from is gone. Reload the form." :
                $"{latest.RecordedBy} recorded a check-in (held on {CheckInRules.Day(latest.HeldOn)}) while you were filling in this one. "
                + "Its numbers are the new starting point: reload the form, check them, and record yours again.");
        }
        DraftValidation.ThrowIfInvalid(CheckInRules.Problems(draft, scope, new CheckInDates(Today(), start, latest?.HeldOn)));

        var now = firm.UtcNow;
        var delivered = CheckInDrafts.Delivered(scope, draft.Lines, latest?.ReadDelivered());
        var suggested = ScopeHealthAdvisor.Suggest(scope.Lines, delivered);
        var checkIn = new ScopeCheckIn
        {
            Id = Guid.NewGuid(), OnboardingId = onboardingId, StatementOfWorkId = scope.SowId, HeldOn = draft.HeldOn!.Value,
            Health = draft.Health!.Value, Notes = draft.Notes?.Trim() ?? "", RecordedAtUtc = now, RecordedBy = by,
        };
        checkIn.WriteDelivered(delivered);
        db.ScopeCheckIns.Add(checkIn);
        db.AuditEntries.Add(AuditEntry.OfOnboarding(onboardingId, by, now, "Scope check-in recorded", CheckInAudit.Describe(checkIn, scope, suggested)));
        await db.SaveChangesAsync(ct);
        var completed = await gates.AdvanceAsync(onboardingId, by, ct);
        return new CheckInSaved(checkIn.Id, checkIn.Health, suggested, completed);
    }

    /// <summary>Corrects the latest check-in; its recorded time (which the gate counts by) stays.</summary>
    public async Task<CheckInSaved> CorrectAsync(Guid checkInId, CheckInDraft draft, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var checkIn = await db.ScopeCheckIns.SingleOrDefaultAsync(c => c.Id == checkInId, ct) ?? throw new NotFoundException("The check-in");
        var onboardingId = checkIn.OnboardingId;
        if ((await LatestAsync(db, onboardingId, skip: 0, ct))!.Id != checkIn.Id)
            throw new DomainException("Only the latest check-in can be corrected: the ones after it build on its numbers. Record a new check-in with the right numbers instead.");
        if (draft.BasedOnFingerprint != CheckInDrafts.Fingerprint(checkIn))
            throw new CheckInConflictException("Someone corrected this check-in while you were editing it. Reload to see their numbers, then make your correction again.");
        var scope = await ApprovedScope.ReadAsync(db, onboardingId, ct) ?? throw new DomainException(ApprovedScope.NotApprovedMessage);
        if (scope.SowId != checkIn.StatementOfWorkId)
            throw new DomainException($"This check-in measured an earlier SOW version; {scope.Label} has been approved since. Record a new check-in against {scope.Label} instead.");
        var previous = await LatestAsync(db, onboardingId, skip: 1, ct);
        DraftValidation.ThrowIfInvalid(CheckInRules.Problems(draft, scope, new CheckInDates(Today(), await StartOfAsync(db, onboardingId, ct), previous?.HeldOn)));

        var before = CheckInAudit.Snapshot(checkIn);
        var delivered = CheckInDrafts.Delivered(scope, draft.Lines, checkIn.ReadDelivered());
        var suggested = ScopeHealthAdvisor.Suggest(scope.Lines, delivered);
        checkIn.HeldOn = draft.HeldOn!.Value;
        checkIn.Health = draft.Health!.Value;
        checkIn.Notes = draft.Notes?.Trim() ?? "";
        checkIn.WriteDelivered(delivered);
        var changes = CheckInAudit.Changes(before, CheckInAudit.Snapshot(checkIn));
        if (changes.Count == 0) return new CheckInSaved(checkIn.Id, checkIn.Health, suggested, [], Changed: false);
        db.AuditEntries.Add(AuditEntry.OfOnboarding(onboardingId, by, firm.UtcNow, "Scope check-in corrected",
            $"Check-in recorded by {checkIn.RecordedBy} on {CheckInAudit.Utc(checkIn.RecordedAtUtc)}. " + string.Join(" ", changes)));
        await db.SaveChangesAsync(ct);
        return new CheckInSaved(checkIn.Id, checkIn.Health, suggested, []);
    }

    /// <summary>Today in the firm's time zone: check-ins are held on the firm's days.</summary>
    public DateOnly Today() => firm.Today();

    /// <summary>Newest first by when they were recorded (held days follow the same order: a check-in is never held before the one it follows).</summary>
    public static IQueryable<ScopeCheckIn> Newest(OnboardingDbContext db, Guid onboardingId) =>
        db.ScopeCheckIns.Where(c => c.OnboardingId == onboardingId).OrderByDescending(c => c.RecordedAtUtc).ThenByDescending(c => c.HeldOn);

    private static Task<ScopeCheckIn?> LatestAsync(OnboardingDbContext db, Guid onboardingId, int skip, CancellationToken ct) =>
        Newest(db, onboardingId).AsNoTracking().Skip(skip).FirstOrDefaultAsync(ct);

    private static async Task<DateOnly> StartOfAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct) =>
        await db.Onboardings.AsNoTracking().Where(o => o.Id == onboardingId).Select(o => (DateOnly?)o.StartDate).SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException("The onboarding");
}
