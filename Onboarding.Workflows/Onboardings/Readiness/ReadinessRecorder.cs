using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;
using Onboarding.Workflows.Onboardings.Gates;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Onboardings.Readiness;

/// <summary>The onboarding facts a readiness rule needs: its start date and today in the firm's time zone.</summary>
public sealed record ReadinessDates(DateOnly StartDate, DateOnly Today);

/// <summary>
/// What every readiness service does around its own record: reads the dates its rules need, writes the audit
/// line (subject: the onboarding), stamps who saved, and after the save lets the gates move the workflow.
/// </summary>
public sealed class ReadinessRecorder(TimeProvider clock, WorkflowOptions options, GateAdvancer gates)
{
    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public async Task<ReadinessDates> DatesAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct)
    {
        var start = await db.Onboardings.AsNoTracking().Where(o => o.Id == onboardingId).Select(o => (DateOnly?)o.StartDate).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("The onboarding");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        return new ReadinessDates(start, DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(UtcNow, zone)));
    }

    /// <summary>Refuses a draft loaded before the record's last save (or a "new" draft for a record someone has just created).</summary>
    public static void EnsureCurrent(RecordedByStaff? saved, RecordDraft draft, string what)
    {
        if (saved?.UpdatedAtUtc != draft.BasedOnSavedAtUtc) throw new ConcurrencyConflictException(what);
    }

    /// <summary>Stamps the record and adds the audit line to the same unit of work.</summary>
    public void Record(OnboardingDbContext db, RecordedByStaff? record, Guid onboardingId, string by, string action, string details)
    {
        var now = UtcNow;
        if (record is not null)
        {
            record.UpdatedAtUtc = now;
            record.UpdatedBy = by;
        }
        db.AuditEntries.Add(AuditEntry.OfOnboarding(onboardingId, by, now, action, details));
    }

    /// <summary>Saves, then completes the work items whose gate this save released (when the gate is their whole work).</summary>
    public async Task SaveAndAdvanceAsync(OnboardingDbContext db, Guid onboardingId, string by, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two first saves of a plan (one row per onboarding), or a change to a goal someone removed meanwhile.
            throw new ConcurrencyConflictException("This section");
        }
        await gates.AdvanceAsync(onboardingId, by, ct);
    }
}
