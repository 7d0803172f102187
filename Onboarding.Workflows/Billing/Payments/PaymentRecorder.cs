using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Calendar;

namespace Onboarding.Workflows.Billing.Payments;

/// <summary>What a recording did: how much went on the invoice, how much stayed as credit, whether it paid the deposit.</summary>
/// <param name="FollowUpPassed">False when the deposit was paid but telling the workflow failed (written on the trail).</param>
public sealed record RecordedPayment(Guid PaymentId, string? InvoiceNumber, decimal Allocated, decimal Credit, string Currency, bool DepositPaid, bool FollowUpPassed);

/// <summary>
/// Finance records money received: against one open invoice of the onboarding (or none: all of it is credit). The invoice
/// gets min(amount, balance); the rest stays on the payment as the client's credit. The invoice's token is checked, so
/// two people paying the same invoice at once cannot both allocate to it. Paying the deposit invoice in full tells the
/// workflow (<see cref="DepositGate"/>) once the payment is committed.
/// </summary>
public sealed partial class PaymentRecorder(IDbContextFactory<OnboardingDbContext> databases, FirmClock firm, DepositGate deposits)
{
    public async Task<RecordedPayment> RecordAsync(Guid onboardingId, PaymentForm form, BillingActor actor, CancellationToken ct = default)
    {
        BillingAccess.EnsureFinance(actor, "record payments");
        var now = firm.UtcNow;
        var today = firm.DayOf(now);
        var (recorded, deposit) = await databases.InTransactionAsync(async db =>
        {
            var clientId = await db.Onboardings.AsNoTracking().Where(o => o.Id == onboardingId).Select(o => (int?)o.ClientId).SingleOrDefaultAsync(ct)
                ?? throw new DomainException("That onboarding no longer exists.");
            var terms = await db.BillingTerms.AsNoTracking().SingleOrDefaultAsync(t => t.OnboardingId == onboardingId, ct);
            var invoice = form.InvoiceId is { } invoiceId ? await PaymentLedger.OpenInvoiceAsync(db, onboardingId, invoiceId, form.InvoiceToken, ct) : null;
            var currency = invoice?.Currency ?? terms?.Currency
                ?? throw new DomainException("Agree the billing terms first: a payment without an invoice is kept in the terms' currency.");
            var values = PaymentRules.Normalize(form, currency, PaymentRules.Accepted(terms), today);
            var payment = new Payment
            {
                Id = Guid.NewGuid(), OnboardingId = onboardingId, ClientId = clientId, Currency = values.Currency, Amount = values.Amount,
                ReceivedOn = values.ReceivedOn, Method = values.Method, Reference = values.Reference, RecordedAtUtc = now, RecordedBy = actor.Name,
                ConcurrencyToken = Guid.NewGuid(),
            };
            db.Payments.Add(payment);
            var allocated = 0m;
            var depositPaid = false;
            if (invoice is not null)
            {
                var before = invoice.Status;
                allocated = Math.Min(values.Amount, invoice.Balance);
                PaymentLedger.Allocate(db, payment, invoice, allocated, actor.Name, now);
                await PaymentLedger.SettleAsync(db, invoice, today, actor.Name, now, ct);
                depositPaid = DepositGate.BecamePaid(invoice, before);
            }
            var credit = values.Amount - allocated;
            db.AuditEntries.Add(AuditEntry.OfOnboarding(onboardingId, actor.Name, now, "Payment recorded", RecordedLine(payment, invoice, credit)));
            await PaymentLedger.SaveAsync(databases, db, invoice, ct);
            var result = new RecordedPayment(payment.Id, invoice?.Number, allocated, credit, payment.Currency, depositPaid, FollowUpPassed: true);
            return (result, depositPaid ? invoice : null);
        }, ct);
        if (deposit is null) return recorded;
        // After the commit: the payment stands whatever happens to the workflow.
        return recorded with { FollowUpPassed = await deposits.AfterPaidAsync(deposit, actor.Name, CancellationToken.None) };
    }

    /// <summary>"USD 5,000.00 by bank transfer, ref X, received 24 Nov 2026, on INV-000001; USD 200.00 kept as credit. INV-000001 is now paid."</summary>
    private static string RecordedLine(Payment payment, Invoice? invoice, decimal credit)
    {
        var line = PaymentLedger.Describe(payment);
        if (invoice is null) return $"{line}, kept as credit (no invoice).";
        line += $", on {invoice.Number}";
        if (credit > 0) line += $"; {Money.Format(credit, payment.Currency)} kept as credit";
        return $"{line}. {PaymentLedger.Outcome(invoice)}";
    }
}
