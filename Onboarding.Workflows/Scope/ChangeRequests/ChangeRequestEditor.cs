using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Scope;

namespace Onboarding.Workflows.Scope.ChangeRequests;

/// <summary>
/// Staff raise change requests (numbered CR-001, CR-002... per onboarding), edit them while draft or submitted, submit
/// drafts for pricing and review, and delete drafts. A change request is linked to the SOW version approved at the time
/// (while it can still be edited, to the one approved now). Every action is audited on the onboarding.
/// </summary>
public sealed class ChangeRequestEditor(IDbContextFactory<OnboardingDbContext> databases, ScopeOptions defaults, ScopeMail mail, TimeProvider clock)
{
    public async Task<ChangeRequest> RaiseAsync(Guid onboardingId, ChangeRequestDraft draft, string by, CancellationToken ct = default)
    {
        await using (var check = await databases.CreateDbContextAsync(ct))
        {
            if (!await check.Onboardings.AnyAsync(o => o.Id == onboardingId, ct)) throw new NotFoundException("The onboarding");
        }
        return await ChangeRequestStore.InsertAsync(databases, onboardingId, async (db, number) =>
        {
            var sow = await ChangeRequestStore.ApprovedSowAsync(db, onboardingId, ct);
            var values = ChangeRequestRules.Normalize(draft, CurrencyFor(draft, sow), Today);
            var now = Now;
            var change = new ChangeRequest
            {
                Id = Guid.NewGuid(), OnboardingId = onboardingId, Number = number, StatementOfWorkId = sow?.Id, Status = ChangeRequestStatus.Draft,
                RaisedFrom = ChangeRequestOrigin.Firm, CreatedAtUtc = now, CreatedBy = by, ConcurrencyToken = Guid.NewGuid(),
            };
            Apply(change, values, by, now);
            db.ChangeRequests.Add(change);
            db.AuditEntries.Add(AuditEntry.OfOnboarding(onboardingId, by, now, "Change request raised",
                $"{change.Reference} \"{change.Title}\" (draft), requested by {change.RequestedBy} on {change.RequestedOn:d MMM yyyy}: {Describe(change)}."));
            return change;
        }, ct);
    }

    /// <summary>Saves new values on a draft or submitted change request, as the caller last saw it.</summary>
    public async Task<ChangeRequest> UpdateAsync(Guid changeRequestId, Guid concurrencyToken, ChangeRequestDraft draft, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var change = await ChangeRequestStore.LoadAsync(db, changeRequestId, concurrencyToken, ct);
        ChangeRequestTransitions.Ensure(change, ChangeRequestAction.Edit);
        var sow = await ChangeRequestStore.ApprovedSowAsync(db, change.OnboardingId, ct);
        var values = ChangeRequestRules.Normalize(draft, CurrencyFor(draft, sow), Today);
        var before = Describe(change);
        var title = change.Title;
        var now = Now;
        Apply(change, values, by, now);
        change.StatementOfWorkId = sow?.Id ?? change.StatementOfWorkId;
        change.ConcurrencyToken = Guid.NewGuid();
        var after = Describe(change);
        db.AuditEntries.Add(AuditEntry.OfOnboarding(change.OnboardingId, by, now, "Change request edited",
            $"{change.Reference} \"{change.Title}\"" + (title == change.Title ? "" : $" (was \"{title}\")")
            + (before == after ? ": description, reason or requester edited." : $": {before} → {after}.")));
        await ChangeRequestStore.SaveAsync(databases, db, change, ct);
        return change;
    }

    /// <summary>Draft → Submitted: ready to be priced and reviewed (still editable).</summary>
    public async Task<ChangeRequest> SubmitAsync(Guid changeRequestId, Guid concurrencyToken, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var change = await ChangeRequestStore.LoadAsync(db, changeRequestId, concurrencyToken, ct);
        ChangeRequestTransitions.Ensure(change, ChangeRequestAction.Submit);
        if (change.Description.Length == 0)
            throw new ValidationFailedException([new ValidationResult($"Describe what {change.Reference} changes before submitting it (edit it, then submit).", [nameof(ChangeRequestDraft.Description)])]);
        var now = Now;
        change.Status = ChangeRequestStatus.Submitted;
        change.SubmittedAtUtc = now;
        Touch(change, by, now);
        db.AuditEntries.Add(AuditEntry.OfOnboarding(change.OnboardingId, by, now, "Change request submitted", $"{change.Reference} \"{change.Title}\": {Describe(change)}."));
        await ChangeRequestStore.SaveAsync(databases, db, change, ct);
        return change;
    }

    /// <summary>Deletes a draft (after the page's confirmation); the audit trail keeps what it was.</summary>
    public async Task DeleteAsync(Guid changeRequestId, Guid concurrencyToken, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var change = await ChangeRequestStore.LoadAsync(db, changeRequestId, concurrencyToken, ct);
        ChangeRequestTransitions.Ensure(change, ChangeRequestAction.Delete);
        db.ChangeRequests.Remove(change);
        db.AuditEntries.Add(AuditEntry.OfOnboarding(change.OnboardingId, by, Now, "Change request deleted",
            $"Draft {change.Reference} \"{change.Title}\" deleted (it was: {Describe(change)})."));
        await ChangeRequestStore.SaveAsync(databases, db, change, ct);
    }

    /// <summary>"+16 hours, +USD 2,400.00, 3 business days later; outside the scope, billable, priority high".</summary>
    public static string Describe(ChangeRequest change) =>
        $"{ScopeMail.ImpactSummary(change)}; {(change.WithinScope ? "within the scope" : "outside the scope")}, "
        + $"{(change.Billable ? "billable" : "not billable")}, priority {change.Priority.ToString().ToLowerInvariant()}";

    /// <summary>The approved SOW's currency once there is one (its changes are priced alike), else the typed one or the default.</summary>
    private string CurrencyFor(ChangeRequestDraft draft, StatementOfWork? sow)
    {
        var typed = string.IsNullOrWhiteSpace(draft.Currency) ? null : draft.Currency.Trim().ToUpperInvariant();
        if (sow is null) return typed ?? defaults.Currency;
        var currency = sow.ReadContent().Currency.ToUpperInvariant();
        if (typed is not null && typed != currency)
            throw new ValidationFailedException([new ValidationResult($"Changes to SOW {sow.Label} are priced in its currency, {currency}.", [nameof(ChangeRequestDraft.Currency)])]);
        return currency;
    }

    private static void Apply(ChangeRequest change, NormalizedChangeRequest values, string by, DateTime now)
    {
        change.Title = values.Title;
        change.RequestedBy = values.RequestedBy;
        change.RequestedOn = values.RequestedOn;
        change.Description = values.Description;
        change.Reason = values.Reason;
        change.ImpactHours = values.ImpactHours;
        change.ImpactCost = values.ImpactCost;
        change.ImpactDays = values.ImpactDays;
        change.Currency = values.Currency;
        change.WithinScope = values.WithinScope;
        change.Billable = values.Billable;
        change.Priority = values.Priority;
        change.UpdatedAtUtc = now;
        change.UpdatedBy = by;
    }

    internal static void Touch(ChangeRequest change, string by, DateTime now)
    {
        change.UpdatedAtUtc = now;
        change.UpdatedBy = by;
        change.ConcurrencyToken = Guid.NewGuid();
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => mail.Dates.LocalDate(Now);
}
