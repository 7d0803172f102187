using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.People;
using Onboarding.Domain.Scope;

namespace Onboarding.Workflows.Scope.ChangeRequests;

/// <summary>
/// Finance bills approved billable change requests: the change request becomes Billed and its <see cref="BillableItem"/>
/// records when and by whom, together. Only Finance and Admin may (checked here, not only by hiding the button).
/// <see cref="Unbilled"/> is what invoicing (issue 9) picks from.
/// </summary>
public sealed class ChangeRequestBilling(IDbContextFactory<OnboardingDbContext> databases, ScopeMail mail, TimeProvider clock)
{
    public const int InvoiceReferenceMax = 100;

    public static bool CanBill(IEnumerable<string> roles) => roles.Any(r => r is Roles.Finance or Roles.Admin);

    /// <summary>Approved → Billed, with the invoice it went on (optional, e.g. "INV-2026-014").</summary>
    public async Task<ChangeRequest> MarkBilledAsync(Guid changeRequestId, Guid concurrencyToken, string? invoiceReference, string by, IEnumerable<string> roles,
        CancellationToken ct = default)
    {
        if (!CanBill(roles)) throw new DomainException("Only finance or an admin can mark a change request billed.");
        var invoice = (invoiceReference ?? "").ReplaceLineEndings(" ").Trim();
        if (invoice.Length > InvoiceReferenceMax)
            throw new ValidationFailedException([new ValidationResult($"Keep the invoice reference under {InvoiceReferenceMax} characters.", ["InvoiceReference"])]);
        await using var db = await databases.CreateDbContextAsync(ct);
        var change = await ChangeRequestStore.LoadAsync(db, changeRequestId, concurrencyToken, ct);
        ChangeRequestTransitions.Ensure(change, ChangeRequestAction.MarkBilled);
        var item = await db.BillableItems.SingleOrDefaultAsync(i => i.ChangeRequestId == change.Id, ct)
            ?? throw new DomainException($"{change.Reference} has no billable item to bill (it was approved before billable items existed); bill it by hand.");
        var now = clock.GetUtcNow().UtcDateTime;
        change.Status = ChangeRequestStatus.Billed;
        change.BilledAtUtc = item.BilledAtUtc = now;
        change.BilledBy = item.BilledBy = by;
        ChangeRequestEditor.Touch(change, by, now);
        db.AuditEntries.Add(AuditEntry.OfOnboarding(change.OnboardingId, by, now, "Change request billed",
            $"{change.Reference} \"{change.Title}\": {Money.Format(item.Amount, item.Currency)} billed"
            + (invoice.Length == 0 ? $" on {mail.Dates.Date(now)}." : $" on invoice {invoice}.")));
        await ChangeRequestStore.SaveAsync(databases, db, change, ct);
        return change;
    }

    /// <summary>The onboarding's billable items not yet on an invoice, oldest first: what finance has still to bill.</summary>
    public static IQueryable<BillableItem> Unbilled(OnboardingDbContext db, Guid onboardingId) =>
        db.BillableItems.AsNoTracking().Where(i => i.OnboardingId == onboardingId && i.BilledAtUtc == null).OrderBy(i => i.CreatedAtUtc);

    public async Task<IReadOnlyList<BillableItem>> UnbilledAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await Unbilled(db, onboardingId).ToListAsync(ct);
    }
}
