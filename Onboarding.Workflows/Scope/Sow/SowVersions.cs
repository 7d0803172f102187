using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.Questionnaires.Sending;

namespace Onboarding.Workflows.Scope.Sow;

/// <summary>A save refused because someone saved the same draft in the meantime; what was typed is kept by the page.</summary>
public sealed class SowConflictException(string message) : DomainException(message);

/// <summary>Loading, refusing and auditing statement of work versions, shared by the staff and client services.</summary>
internal static class SowVersions
{
    public static async Task<StatementOfWork> LoadAsync(OnboardingDbContext db, Guid sowId, CancellationToken ct) =>
        await db.StatementsOfWork.SingleOrDefaultAsync(s => s.Id == sowId, ct)
        ?? throw new DomainException("This version of the statement of work no longer exists (a draft may have been discarded). Reload the Scope tab.");

    /// <summary>Refuses a change to anything but a draft, naming what the version is now.</summary>
    public static void EnsureDraft(StatementOfWork sow, QuestionnaireMail dates)
    {
        if (sow.IsEditable) return;
        var what = sow.Status switch
        {
            SowStatus.Sent => $"was sent for approval by {sow.SentBy} on {dates.Moment(sow.SentAtUtc ?? sow.UpdatedAtUtc)}",
            SowStatus.Approved => $"was approved by {sow.DecidedByName} on {dates.Moment(sow.DecidedAtUtc ?? sow.UpdatedAtUtc)}",
            SowStatus.ChangesRequested => $"came back with changes requested by {sow.DecidedByName}",
            _ => "was superseded by a later version",
        };
        throw new DomainException($"SOW {sow.Label} {what} and can no longer be changed. Start a new version to change it.");
    }

    /// <summary>The save is refused when the page's token is older than the stored one.</summary>
    public static void EnsureCurrent(StatementOfWork sow, Guid token, QuestionnaireMail dates)
    {
        if (sow.ConcurrencyToken == token) return;
        throw new SowConflictException($"{sow.UpdatedBy} saved a newer version of this draft at {dates.Moment(sow.UpdatedAtUtc)}; reload to see it. " +
            "What you typed stays on screen until you do (copy anything you want to keep).");
    }

    public static async Task<StatementOfWork?> DraftOfAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct) =>
        await db.StatementsOfWork.AsNoTracking().FirstOrDefaultAsync(s => s.OnboardingId == onboardingId && s.Status == SowStatus.Draft, ct);

    /// <summary>"3 deliverables, 120 hours, USD 18,000.00; 2 exclusions" for the audit trail.</summary>
    public static string Describe(SowContent c) =>
        $"{Count(c.Deliverables.Count, "deliverable")}, {c.TotalHours.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} hours, {Money.Format(c.Value, Money.IsCurrencyCode(c.Currency) ? c.Currency : "XXX")}; " +
        $"{Count(c.Exclusions.Count, "exclusion")}, {Count(c.Phase2.Count, "Phase 2 candidate")}";

    public static AuditEntry Audit(StatementOfWork sow, string by, DateTime now, string action, string details) =>
        AuditEntry.OfOnboarding(sow.OnboardingId, by, now, action, details);

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
