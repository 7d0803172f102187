using Onboarding.Domain.Billing;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Billing;

namespace Onboarding.Benchmarks;

/// <summary>
/// Invoices for the finance dashboard's benchmark, as rows of the real schema: <see cref="PerOnboarding"/> per onboarding in
/// the onboarding's currency (USD, EUR, GBP, JPY, CHF), issued over the past year and due 21 to 60 days later; every second
/// one paid by a payment with its allocation (some in part), every 25th void, every 40th a draft.
/// </summary>
internal static class FinanceRows
{
    public const int PerOnboarding = 10;
    private static readonly string[] Currencies = ["USD", "EUR", "GBP", "JPY", "USD", "CHF"];
    private static readonly int[] TermDays = [21, 30, 60];

    public static async Task<int> AddAsync(OnboardingDbContext db, IReadOnlyList<(Guid OnboardingId, int ClientId)> onboardings, DateOnly today, DateTime now)
    {
        var sequence = 0;
        var n = 0;
        for (var o = 0; o < onboardings.Count; o++)
        {
            var (onboardingId, clientId) = onboardings[o];
            var currency = Currencies[o % Currencies.Length];
            for (var k = 0; k < PerOnboarding; k++, n++)
            {
                var issued = today.AddDays(-((n * 37) % 365));
                var total = currency == "JPY" ? 50_000m + (n % 40) * 12_500m : 400m + (n % 97) * 37.25m;
                var draft = n % 40 == 39;
                var invoice = new Invoice
                {
                    Id = Guid.NewGuid(), OnboardingId = onboardingId, ClientId = clientId, Kind = k == 0 ? InvoiceKind.Deposit : InvoiceKind.Retainer,
                    ScheduleKey = $"bench:{k}", Title = k == 0 ? "Deposit: 30% of the fixed fee" : $"Retainer month {k}", Currency = currency,
                    Status = draft ? InvoiceStatus.Draft : InvoiceStatus.Issued, CreatedAtUtc = now, CreatedBy = "bench", UpdatedAtUtc = now, UpdatedBy = "bench",
                    ConcurrencyToken = Guid.NewGuid(),
                };
                invoice.AddLine(invoice.Title, 1, total);
                if (!draft)
                {
                    invoice.Sequence = ++sequence;
                    invoice.Number = InvoiceIssuer.FormatNumber(sequence);
                    invoice.IssuedOn = issued;
                    invoice.DueOn = issued.AddDays(TermDays[n % TermDays.Length]);
                    invoice.IssuedAtUtc = issued.ToDateTime(new TimeOnly(9, 0));
                }
                if (!draft && n % 2 == 0)
                {
                    var paid = n % 6 == 0 ? Money(invoice.Total / 3, currency) : invoice.Total;
                    invoice.AmountPaid = paid;
                    db.Payments.Add(Payment(invoice, paid, issued.AddDays(n % 45)));
                }
                if (n % 25 == 24 && !draft) (invoice.Status, invoice.VoidedAtUtc, invoice.VoidedBy, invoice.VoidReason) = (InvoiceStatus.Void, now, "bench", "Issued twice");
                InvoiceStatuses.Refresh(invoice, today);
                db.Invoices.Add(invoice);
            }
            if (n % 2_000 == 0) await SaveAsync(db);
        }
        await SaveAsync(db);
        return n;
    }

    private static decimal Money(decimal amount, string currency) => Domain.Common.Money.Round(amount, currency);

    private static Payment Payment(Invoice invoice, decimal amount, DateOnly on) => new()
    {
        Id = Guid.NewGuid(), OnboardingId = invoice.OnboardingId, ClientId = invoice.ClientId, Currency = invoice.Currency, Amount = amount,
        ReceivedOn = on, Method = PaymentMethod.BankTransfer, Reference = $"BT-{invoice.Sequence}", RecordedAtUtc = on.ToDateTime(new TimeOnly(12, 0)),
        RecordedBy = "bench", ConcurrencyToken = Guid.NewGuid(),
        Allocations = [new PaymentAllocation { InvoiceId = invoice.Id, Amount = amount, AllocatedAtUtc = on.ToDateTime(new TimeOnly(12, 0)), AllocatedBy = "bench" }],
    };

    private static async Task SaveAsync(OnboardingDbContext db)
    {
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
