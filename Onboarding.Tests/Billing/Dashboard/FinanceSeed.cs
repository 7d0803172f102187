using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Billing;

namespace Onboarding.Tests.Billing.Dashboard;

/// <summary>
/// Invoices and payments on the demo onboardings for the browser test: each onboarding bills in its own currency (USD, EUR,
/// JPY, GBP, USD), a deposit and monthly invoices over the last five months, paid, part paid, open and overdue at every age.
/// </summary>
internal static class FinanceSeed
{
    private static readonly string[] Currencies = ["USD", "EUR", "JPY", "GBP", "USD"];

    public static async Task<int> AddAsync(OnboardingDbContext db, DateOnly today, CancellationToken ct)
    {
        var onboardings = await db.Onboardings.OrderBy(o => o.StartDate).ThenBy(o => o.Id).Select(o => new { o.Id, o.ClientId }).ToListAsync(ct);
        // Numbered after the demo's own deposit invoices.
        var first = await db.Invoices.MaxAsync(i => i.Sequence, ct) ?? 0;
        var sequence = first;
        for (var o = 0; o < onboardings.Count; o++)
        {
            var currency = Currencies[o % Currencies.Length];
            var unit = currency == "JPY" ? 150_000m : 1_200m + o * 350m;
            for (var month = 0; month < 6; month++)
            {
                var issued = today.AddDays(-(150 - month * 28) - o * 3 - 2);
                var number = ++sequence;
                var invoice = new Invoice
                {
                    Id = Guid.NewGuid(), OnboardingId = onboardings[o].Id, ClientId = onboardings[o].ClientId,
                    Kind = month == 0 ? InvoiceKind.Deposit : InvoiceKind.Retainer, ScheduleKey = $"seed:{month}", Currency = currency,
                    Title = month == 0 ? "Deposit: 30% of the fixed fee" : $"Retainer {issued:MMMM yyyy}", Status = InvoiceStatus.Issued,
                    Sequence = number, Number = InvoiceIssuer.FormatNumber(number), IssuedOn = issued, DueOn = issued.AddDays(30),
                    IssuedAtUtc = issued.ToDateTime(new TimeOnly(10, 0)), CreatedBy = "seed", UpdatedBy = "seed", ConcurrencyToken = Guid.NewGuid(),
                };
                invoice.AddLine(invoice.Title, 1, month == 0 ? unit * 2 : unit);
                // Older invoices are mostly paid; the newest are open; one client (the third) pays late.
                var paid = (month + o) % 3 == 0 || o == 2 && month > 1 ? 0m : month < 3 ? invoice.Total : Math.Round(invoice.Total / 2, 0);
                invoice.AmountPaid = paid;
                InvoiceStatuses.Refresh(invoice, today);
                db.Invoices.Add(invoice);
                if (paid > 0) db.Payments.Add(Payment(invoice, paid, issued.AddDays(20)));
            }
        }
        await db.SaveChangesAsync(ct);
        return sequence - first;
    }

    private static Payment Payment(Invoice invoice, decimal amount, DateOnly on) => new()
    {
        Id = Guid.NewGuid(), OnboardingId = invoice.OnboardingId, ClientId = invoice.ClientId, Currency = invoice.Currency, Amount = amount,
        ReceivedOn = on, Method = PaymentMethod.BankTransfer, Reference = $"BT-{invoice.Sequence:D5}", RecordedAtUtc = on.ToDateTime(new TimeOnly(12, 0)),
        RecordedBy = "Jordan Lee", ConcurrencyToken = Guid.NewGuid(),
        Allocations = [new PaymentAllocation { InvoiceId = invoice.Id, Amount = amount, AllocatedAtUtc = on.ToDateTime(new TimeOnly(12, 0)), AllocatedBy = "Jordan Lee" }],
    };
}
