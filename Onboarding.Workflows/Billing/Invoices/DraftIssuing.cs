using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Calendar;
using Onboarding.Workflows.Scope.ChangeRequests;

namespace Onboarding.Workflows.Billing.Invoices;

/// <summary>
/// Issues a draft through <see cref="InvoiceIssuer"/>: finance by hand (from the version they saw) or the schedule's duty.
/// In the same transaction as the number, every change request on the invoice becomes billed (<see cref="ChangeRequestBilling.Bill"/>).
/// </summary>
public sealed class DraftIssuing(InvoiceIssuer issuer, FirmClock firm)
{
    /// <summary>The name the schedule's own issues are audited under.</summary>
    public const string ScheduleActor = "Billing schedule";

    public Task<Invoice> IssueAsync(Guid invoiceId, Guid concurrencyToken, BillingActor actor, CancellationToken ct = default)
    {
        BillingAccess.EnsureFinance(actor, "issue invoices");
        return issuer.IssueAsync((db, token) => PrepareAsync(db, invoiceId, concurrencyToken, actor.Name, token), actor.Name, ct);
    }

    /// <summary>The schedule issues a draft that is due (no user saw it, so no token to compare).</summary>
    internal Task<Invoice> IssueScheduledAsync(Guid invoiceId, CancellationToken ct) =>
        issuer.IssueAsync((db, token) => PrepareAsync(db, invoiceId, null, ScheduleActor, token), ScheduleActor, ct);

    private async Task<Invoice> PrepareAsync(OnboardingDbContext db, Guid invoiceId, Guid? seen, string by, CancellationToken ct)
    {
        var invoice = seen is { } token
            ? await InvoiceStore.LoadAsync(db, invoiceId, token, ct)
            : await db.Invoices.Include(i => i.Lines).SingleOrDefaultAsync(i => i.Id == invoiceId, ct) ?? throw new DomainException("That invoice no longer exists.");
        var itemIds = invoice.Lines.OrderBy(l => l.Position).Select(l => l.BillableItemId).OfType<Guid>().ToList();
        if (itemIds.Count == 0 || invoice.Status != InvoiceStatus.Draft) return invoice;
        // In the invoice's line order, so the audit lines read like the invoice.
        var items = (await db.BillableItems.Where(i => itemIds.Contains(i.Id)).ToListAsync(ct)).OrderBy(i => itemIds.IndexOf(i.Id)).ToList();
        var changeIds = items.Select(i => i.ChangeRequestId).ToList();
        var changes = await db.ChangeRequests.Where(c => changeIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var now = firm.UtcNow;
        var lines = new List<(Domain.Audit.AuditEntry Entry, Domain.Scope.ChangeRequest Change, BillableItem Item)>();
        foreach (var item in items)
        {
            item.InvoiceId = invoice.Id;
            lines.Add((ChangeRequestBilling.Bill(db, changes[item.ChangeRequestId], item, by, now, "on this invoice"), changes[item.ChangeRequestId], item));
        }
        // The number is taken after this runs, just before the save: name it in the audit lines then, still in the same transaction.
        db.SavingChanges += (_, _) =>
        {
            foreach (var (entry, change, item) in lines) entry.Details = ChangeRequestBilling.BilledDetails(change, item, $"on invoice {invoice.Number}");
        };
        return invoice;
    }
}
