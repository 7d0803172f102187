using Onboarding.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;

namespace Onboarding.Workflows.Billing.Payments;

public sealed partial class PaymentRecorder
{
    /// <summary>
    /// Voids a payment with a reason: its allocations go, the invoices it paid are recomputed (one past its due date is
    /// overdue again), its credit is gone. A deposit it paid stays told to the workflow: the trail says so.
    /// </summary>
    public async Task<Payment> VoidAsync(Guid paymentId, Guid paymentToken, string? reason, BillingActor actor, CancellationToken ct = default)
    {
        BillingAccess.EnsureFinance(actor, "void payments");
        var why = PaymentRules.VoidReason(reason);
        var now = firm.UtcNow;
        var today = firm.DayOf(now);
        return await databases.InTransactionAsync(async db =>
        {
            var payment = await db.Payments.Include(p => p.Allocations).SingleOrDefaultAsync(p => p.Id == paymentId, ct)
                ?? throw new DomainException("That payment no longer exists; reload the page.");
            if (payment.ConcurrencyToken != paymentToken || payment.IsVoid)
            {
                throw new PaymentConflictException(payment.IsVoid
                    ? $"{payment.VoidedBy} already voided this payment ({payment.VoidReason}). Reload; nothing was saved."
                    : "Someone applied or changed this payment meanwhile. Reload and check it; nothing was saved.");
            }
            var invoiceIds = payment.Allocations.Select(a => a.InvoiceId).Distinct().ToList();
            var invoices = await db.Invoices.Where(i => invoiceIds.Contains(i.Id)).OrderBy(i => i.Sequence).ToListAsync(ct);
            var depositWasPaid = invoices.Any(i => i.Kind == InvoiceKind.Deposit && i.Status == InvoiceStatus.Paid);
            db.PaymentAllocations.RemoveRange(payment.Allocations);
            payment.Allocations.Clear();
            var outcomes = new List<string>();
            foreach (var invoice in invoices)
            {
                await PaymentLedger.SettleAsync(db, invoice, today, actor.Name, now, ct);
                outcomes.Add(PaymentLedger.Outcome(invoice));
            }
            payment.VoidedAtUtc = now;
            payment.VoidedBy = actor.Name;
            payment.VoidReason = why;
            payment.ConcurrencyToken = Guid.NewGuid();
            var line = $"{PaymentLedger.Describe(payment)}: {why}." + string.Concat(outcomes.Select(o => " " + o));
            if (depositWasPaid) line += " " + DepositGate.VoidCannotUntell;
            db.AuditEntries.Add(AuditEntry.OfOnboarding(payment.OnboardingId, actor.Name, now, "Payment voided", line));
            await PaymentLedger.SaveAsync(databases, db, invoices.FirstOrDefault(), ct);
            return payment;
        }, ct);
    }
}
