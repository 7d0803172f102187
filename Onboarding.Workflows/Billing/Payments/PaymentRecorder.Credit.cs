using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;

namespace Onboarding.Workflows.Billing.Payments;

/// <summary>What applying credit did.</summary>
public sealed record AppliedCredit(string InvoiceNumber, decimal Applied, decimal BalanceLeft, string Currency, bool DepositPaid, bool FollowUpPassed);

public sealed partial class PaymentRecorder
{
    /// <summary>
    /// Pays an open invoice from the client's credit in its currency: the oldest payments' credit first, until the
    /// balance is paid or the credit used up. The payments' tokens change too, so two invoices cannot spend the same credit.
    /// </summary>
    public async Task<AppliedCredit> ApplyCreditAsync(Guid invoiceId, Guid invoiceToken, BillingActor actor, CancellationToken ct = default)
    {
        BillingAccess.EnsureFinance(actor, "apply credit");
        var now = firm.UtcNow;
        var today = firm.DayOf(now);
        var (applied, deposit) = await databases.InTransactionAsync(async db =>
        {
            var onboardingId = await db.Invoices.AsNoTracking().Where(i => i.Id == invoiceId).Select(i => (Guid?)i.OnboardingId).SingleOrDefaultAsync(ct)
                ?? throw new DomainException("That invoice no longer exists; reload the page.");
            var invoice = await PaymentLedger.OpenInvoiceAsync(db, onboardingId, invoiceId, invoiceToken, ct);
            var payments = await CreditOf(db, invoice.ClientId, invoice.Currency).ToListAsync(ct);
            var before = invoice.Status;
            var total = 0m;
            var used = new List<string>();
            foreach (var payment in payments.Where(p => p.Unallocated > 0))
            {
                var amount = Math.Min(payment.Unallocated, invoice.Balance - total);
                if (amount <= 0) break;
                PaymentLedger.Allocate(db, payment, invoice, amount, actor.Name, now);
                payment.ConcurrencyToken = Guid.NewGuid();
                total += amount;
                used.Add(payment.Reference.Length == 0 ? $"{payment.ReceivedOn:d MMM yyyy}" : $"ref {payment.Reference}");
            }
            if (total == 0) throw new DomainException($"The client has no {invoice.Currency} credit to apply to {invoice.Number}.");
            await PaymentLedger.SettleAsync(db, invoice, today, actor.Name, now, ct);
            db.AuditEntries.Add(AuditEntry.OfOnboarding(invoice.OnboardingId, actor.Name, now, "Credit applied",
                $"{Money.Format(total, invoice.Currency)} of the client's credit on {invoice.Number} (from the payment{(used.Count == 1 ? "" : "s")} {string.Join(", ", used)}). {PaymentLedger.Outcome(invoice)}"));
            await PaymentLedger.SaveAsync(databases, db, invoice, ct);
            var paid = DepositGate.BecamePaid(invoice, before);
            return (new AppliedCredit(invoice.Number!, total, invoice.Balance, invoice.Currency, paid, FollowUpPassed: true), paid ? invoice : null);
        }, ct);
        if (deposit is null) return applied;
        return applied with { FollowUpPassed = await deposits.AfterPaidAsync(deposit, actor.Name, CancellationToken.None) };
    }

    /// <summary>The client's live payments in a currency with their allocations (tracked), oldest first: where credit is taken from.</summary>
    internal static IQueryable<Payment> CreditOf(OnboardingDbContext db, int clientId, string currency) =>
        db.Payments.Include(p => p.Allocations)
            .Where(p => p.ClientId == clientId && p.Currency == currency && p.VoidedAtUtc == null)
            .OrderBy(p => p.ReceivedOn).ThenBy(p => p.RecordedAtUtc);
}
