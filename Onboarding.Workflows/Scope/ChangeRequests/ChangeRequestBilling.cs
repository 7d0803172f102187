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
/// <see cref="ReadyToInvoice"/> is what invoicing picks from; issuing an invoice with an item's line bills it through
/// <see cref="Bill"/> too.
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
        if (item.InvoiceId is { } invoiceId)
        {
            var on = await db.Invoices.AsNoTracking().Where(i => i.Id == invoiceId).Select(i => i.Number ?? $"draft \"{i.Title}\"").SingleOrDefaultAsync(ct);
            throw new DomainException($"{change.Reference} is on invoice {on}: issuing that invoice bills it. Take it off the draft to bill it by hand.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        Bill(db, change, item, by, now, invoice.Length == 0 ? $"on {mail.Dates.Date(now)}" : $"on invoice {invoice}");
        await ChangeRequestStore.SaveAsync(databases, db, change, ct);
        return change;
    }

    /// <summary>
    /// The one way a change request becomes billed, by hand or by the invoice it is on being issued: Approved → Billed, its
    /// billable item billed at the same time by the same person, one audit line saying where (<paramref name="where"/>:
    /// "on invoice INV-000042"). Changes <paramref name="db"/> only; the caller saves. Returns the audit line.
    /// </summary>
    public static AuditEntry Bill(OnboardingDbContext db, ChangeRequest change, BillableItem item, string by, DateTime now, string where)
    {
        ChangeRequestTransitions.Ensure(change, ChangeRequestAction.MarkBilled);
        change.Status = ChangeRequestStatus.Billed;
        change.BilledAtUtc = item.BilledAtUtc = now;
        change.BilledBy = item.BilledBy = by;
        ChangeRequestEditor.Touch(change, by, now);
        var entry = AuditEntry.OfOnboarding(change.OnboardingId, by, now, "Change request billed", BilledDetails(change, item, where));
        db.AuditEntries.Add(entry);
        return entry;
    }

    public static string BilledDetails(ChangeRequest change, BillableItem item, string where) =>
        $"{change.Reference} \"{change.Title}\": {Money.Format(item.Amount, item.Currency)} billed {where}.";

    /// <summary>
    /// Undoes <see cref="Bill"/> when the invoice that billed the change request is voided: Billed → Approved, the item
    /// unbilled and off the invoice (ready to invoice again), audited with <paramref name="why"/>.
    /// </summary>
    public static void Unbill(OnboardingDbContext db, ChangeRequest change, BillableItem item, string by, DateTime now, string why)
    {
        if (change.Status == ChangeRequestStatus.Billed)
        {
            change.Status = ChangeRequestStatus.Approved;
            change.BilledAtUtc = null;
            change.BilledBy = null;
            ChangeRequestEditor.Touch(change, by, now);
        }
        item.BilledAtUtc = null;
        item.BilledBy = null;
        item.InvoiceId = null;
        db.AuditEntries.Add(AuditEntry.OfOnboarding(change.OnboardingId, by, now, "Change request unbilled",
            $"{change.Reference} \"{change.Title}\": {Money.Format(item.Amount, item.Currency)} back to approved and ready to invoice: {why}."));
    }

    /// <summary>The unbilled items on no invoice yet (not even a draft): what finance can add to an invoice.</summary>
    public static IQueryable<BillableItem> ReadyToInvoice(OnboardingDbContext db, Guid onboardingId) => Unbilled(db, onboardingId).Where(i => i.InvoiceId == null);

    /// <summary>The onboarding's billable items not yet on an invoice, oldest first: what finance has still to bill.</summary>
    public static IQueryable<BillableItem> Unbilled(OnboardingDbContext db, Guid onboardingId) =>
        db.BillableItems.AsNoTracking().Where(i => i.OnboardingId == onboardingId && i.BilledAtUtc == null).OrderBy(i => i.CreatedAtUtc);

    public async Task<IReadOnlyList<BillableItem>> UnbilledAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await Unbilled(db, onboardingId).ToListAsync(ct);
    }
}
