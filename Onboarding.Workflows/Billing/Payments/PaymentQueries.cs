using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Calendar;

namespace Onboarding.Workflows.Billing.Payments;

/// <summary>Read side of payments, for whoever may see the onboarding's invoices (<see cref="BillingAccess"/>).</summary>
public sealed class PaymentQueries(IDbContextFactory<OnboardingDbContext> databases, FirmClock firm)
{
    public async Task<PaymentsOverview> OverviewAsync(Guid onboardingId, BillingActor actor, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        await BillingAccess.EnsureCanViewAsync(db, onboardingId, actor, ct);
        var clientId = await db.Onboardings.AsNoTracking().Where(o => o.Id == onboardingId).Select(o => o.ClientId).SingleAsync(ct);
        var terms = await db.BillingTerms.AsNoTracking().SingleOrDefaultAsync(t => t.OnboardingId == onboardingId, ct);
        // The client's payments (credit is the client's, whichever onboarding it was recorded on); this onboarding's are listed.
        var payments = await db.Payments.AsNoTracking().Include(p => p.Allocations).Where(p => p.ClientId == clientId)
            .OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.RecordedAtUtc).ToListAsync(ct);
        var invoiceIds = payments.SelectMany(p => p.Allocations).Select(a => a.InvoiceId).Distinct().ToList();
        var numbers = await db.Invoices.AsNoTracking().Where(i => invoiceIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Number, i.Kind, i.Status }).ToDictionaryAsync(i => i.Id, ct);
        var open = await db.Invoices.AsNoTracking().Where(i => i.OnboardingId == onboardingId
                && (i.Status == InvoiceStatus.Issued || i.Status == InvoiceStatus.PartiallyPaid || i.Status == InvoiceStatus.Overdue))
            .OrderBy(i => i.Sequence).ToListAsync(ct);
        var rows = payments.Where(p => p.OnboardingId == onboardingId).Select(p => new PaymentRow(
            p.Id, p.ReceivedOn, p.Amount, p.Currency, p.Method, p.Reference,
            [.. p.Allocations.OrderBy(a => a.AllocatedAtUtc).Select(a => Paid(numbers[a.InvoiceId].Number, numbers[a.InvoiceId].Kind, numbers[a.InvoiceId].Status, a.Amount))],
            p.Unallocated, p.RecordedBy, p.RecordedAtUtc, p.VoidedAtUtc, p.VoidedBy, p.VoidReason, p.ConcurrencyToken)).ToList();
        var credit = payments.Where(p => p.Unallocated > 0).GroupBy(p => p.Currency)
            .Select(g => new ClientCredit(g.Key, g.Sum(p => p.Unallocated))).OrderBy(c => c.Currency, StringComparer.Ordinal).ToList();
        return new PaymentsOverview(
            terms?.Currency, PaymentRules.Accepted(terms), rows, credit,
            [.. open.Select(i => new PayableInvoice(i.Id, i.Number!, i.Title, i.Kind, i.Status, i.Currency, i.Total, i.Balance, i.DueOn, i.ConcurrencyToken))],
            actor.IsFinance, await DepositGate.IsStuckAsync(db, onboardingId, ct), firm.Today());
    }

    private static PaidInvoice Paid(string? number, InvoiceKind kind, InvoiceStatus status, decimal amount) => new(number ?? "(draft)", kind, status, amount);
}
