using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Calendar;
using Onboarding.Workflows.Scope.ChangeRequests;

namespace Onboarding.Workflows.Billing.Invoices;

/// <summary>
/// Voids an issued invoice with a reason: it keeps its number (the sequence has no gaps) and stays on the list; nothing
/// paid may hang on it (its live payment allocations are voided or moved first). The change requests it billed go back
/// to approved and ready to invoice. Finance and admins only, audited.
/// </summary>
public sealed class InvoiceVoiding(IDbContextFactory<OnboardingDbContext> databases, FirmClock firm)
{
    public const int ReasonMax = 1000;

    public async Task<Invoice> VoidAsync(Guid invoiceId, Guid concurrencyToken, string? reason, BillingActor actor, CancellationToken ct = default)
    {
        BillingAccess.EnsureFinance(actor, "void invoices");
        var why = (reason ?? "").ReplaceLineEndings(" ").Trim();
        if (why.Length == 0) throw Invalid("Say why the invoice is void (e.g. \"Wrong amount, reissued\"): the reason stays with it.");
        if (why.Length > ReasonMax) throw Invalid($"Keep the reason under {ReasonMax} characters.");
        return await databases.InTransactionAsync(async db =>
        {
            var invoice = await InvoiceStore.LoadAsync(db, invoiceId, concurrencyToken, ct);
            if (invoice.Status == InvoiceStatus.Draft) throw new DomainException($"\"{invoice.Title}\" is a draft: it has no number to keep, so delete it instead.");
            if (invoice.Status == InvoiceStatus.Void) throw new DomainException($"{invoice.Number} is void already (by {invoice.VoidedBy}: {invoice.VoidReason}).");
            var paid = await db.PaymentAllocations.Where(a => a.InvoiceId == invoice.Id)
                .Join(db.Payments.Where(p => p.VoidedAtUtc == null), a => a.PaymentId, p => p.Id, (a, p) => a.Amount).ToListAsync(ct);
            if (paid.Count > 0)
                throw new DomainException($"{invoice.Number} has {Money.Format(paid.Sum(), invoice.Currency)} of payments on it: void or move its payments first.");
            var now = firm.UtcNow;
            invoice.Status = InvoiceStatus.Void;
            invoice.VoidedAtUtc = now;
            invoice.VoidedBy = actor.Name;
            invoice.VoidReason = why;
            invoice.UpdatedAtUtc = now;
            invoice.UpdatedBy = actor.Name;
            invoice.ConcurrencyToken = Guid.NewGuid();
            db.AuditEntries.Add(AuditEntry.OfOnboarding(invoice.OnboardingId, actor.Name, now, "Invoice voided",
                $"{invoice.Number} \"{invoice.Title}\" ({Money.Format(invoice.Total, invoice.Currency)}) voided: {why}"));
            var items = await db.BillableItems.Where(i => i.InvoiceId == invoice.Id).ToListAsync(ct);
            var changeIds = items.Select(i => i.ChangeRequestId).ToList();
            var changes = await db.ChangeRequests.Where(c => changeIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
            foreach (var item in items) ChangeRequestBilling.Unbill(db, changes[item.ChangeRequestId], item, actor.Name, now, $"invoice {invoice.Number} was voided");
            await InvoiceStore.SaveAsync(db, invoice.Number!, ct);
            return invoice;
        }, ct);
    }

    private static ValidationFailedException Invalid(string message) => new([new ValidationResult(message, ["Reason"])]);
}
