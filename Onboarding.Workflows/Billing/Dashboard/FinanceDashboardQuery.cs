using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Calendar;

namespace Onboarding.Workflows.Billing.Dashboard;

/// <summary>
/// The finance dashboard's read side, for finance and admins only: receivables by currency and aging bucket, days sales
/// outstanding, the oldest overdue invoices, deposits awaited, one page of the filtered invoice list and the filters'
/// choices, in a fixed number of set-based queries however many invoices there are.
/// </summary>
/// <remarks>
/// Money sums run in the database: EF Core's SQLite provider (9 and later) translates <c>Sum</c> over a decimal to its
/// <c>ef_sum</c> aggregate, a function it registers on each connection that adds the TEXT-stored decimals exactly in .NET
/// (SQLite's own SUM would add them as doubles). Aging groups by currency and due day, so only a few hundred sums come
/// back, and the day → bucket rule stays in one place (<see cref="Receivables.BucketOf"/>) instead of a CASE in SQL.
/// The sums, the overdue pick and the filters' choices read the invoices' table with EXISTS lookups rather than joining
/// client, onboarding and user rows to every invoice: joined, they cost several times more at 20,000 invoices
/// (FinanceDashboardBenchmarks; AgingInMemory there sums the same aging in .NET over a narrow projection to compare).
/// </remarks>
public sealed class FinanceDashboardQuery(IDbContextFactory<OnboardingDbContext> databases, FirmClock firm)
{
    /// <summary>The overdue list shows the longest-late invoices; the rest are one click away in the filtered list.</summary>
    public const int OverdueShown = 25;

    public async Task<FinanceDashboard> LoadAsync(FinanceFilter filter, BillingActor actor, CancellationToken ct = default)
    {
        BillingAccess.EnsureFinance(actor, "see the finance dashboard");
        filter.Validate();
        var today = firm.Today();
        await using var db = await databases.CreateDbContextAsync(ct);
        var invoices = FinanceInvoices.All(db);

        var currencies = await ReceivablesAsync(FinanceInvoices.ForParties(db, filter), today, ct);
        // The names of the few shown are looked up after the oldest are picked, not joined to every overdue invoice.
        var overdue = await FinanceInvoices.ForParties(db, filter).Open().Where(i => i.DueOn < today)
            .OrderBy(i => i.DueOn).ThenBy(i => i.Sequence).Take(OverdueShown)
            .Select(i => new
            {
                i.Id, i.OnboardingId, i.ClientId, i.Number, i.DueOn, i.Currency, i.Total, i.AmountPaid,
                ClientName = db.Clients.Where(c => c.Id == i.ClientId).Select(c => c.CompanyName).First(),
                AccountManager = db.Onboardings.Where(o => o.Id == i.OnboardingId)
                    .Select(o => db.Users.Where(u => u.Id == o.AccountManagerId).Select(u => u.DisplayName).FirstOrDefault()).FirstOrDefault() ?? "",
            })
            .ToListAsync(ct);
        var deposits = await DepositsAwaited.LoadAsync(db, filter, today, firm, ct);
        var page = await PageAsync(invoices.ForList(filter), filter, ct);
        var choices = await ChoicesAsync(db, ct);

        return new FinanceDashboard(
            today,
            currencies,
            [.. overdue.Select(o => new OverdueInvoice(o.Id, o.OnboardingId, o.ClientId, o.ClientName, o.Number ?? "", o.DueOn!.Value,
                Receivables.DaysPastDue(o.DueOn.Value, today), o.Currency, o.Total - o.AmountPaid, o.AccountManager))],
            currencies.Sum(c => c.Aging.Where(a => a.Key != AgingBucket.Current).Sum(a => a.Value.Count)),
            deposits,
            page,
            choices);
    }

    /// <summary>Every open invoice's balance by currency and due day (summed in SQL), bucketed here; and DSO's denominator.</summary>
    private static async Task<IReadOnlyList<CurrencyReceivables>> ReceivablesAsync(IQueryable<Invoice> parties, DateOnly today, CancellationToken ct)
    {
        var byDueDay = await parties.Open()
            .GroupBy(i => new { i.Currency, i.DueOn })
            .Select(g => new { g.Key.Currency, g.Key.DueOn, Count = g.Count(), Total = g.Sum(i => i.Total), Paid = g.Sum(i => i.AmountPaid) })
            .ToListAsync(ct);
        var windowStart = Receivables.WindowStart(today);
        var invoiced = await parties
            .Where(i => i.Status != InvoiceStatus.Draft && i.Status != InvoiceStatus.Void && i.IssuedOn >= windowStart && i.IssuedOn <= today)
            .GroupBy(i => i.Currency)
            .Select(g => new { Currency = g.Key, Total = g.Sum(i => i.Total) })
            .ToDictionaryAsync(g => g.Currency, g => g.Total, ct);

        return [.. byDueDay.Select(r => r.Currency).Concat(invoiced.Keys).Distinct().Order(StringComparer.Ordinal).Select(currency =>
        {
            var aging = byDueDay.Where(r => r.Currency == currency)
                .GroupBy(r => Receivables.BucketOf(r.DueOn is { } due ? Receivables.DaysPastDue(due, today) : 0))
                .ToDictionary(g => g.Key, g => new AgingCell(g.Sum(r => r.Count), g.Sum(r => r.Total - r.Paid)));
            var cells = Receivables.Buckets.ToDictionary(b => b, b => aging.GetValueOrDefault(b, AgingCell.Empty));
            var inWindow = invoiced.GetValueOrDefault(currency);
            return new CurrencyReceivables(currency, cells, inWindow, Receivables.DaysSalesOutstanding(cells.Values.Sum(c => c.Balance), inWindow));
        })];
    }

    private static async Task<InvoicePage> PageAsync(IQueryable<InvoiceFacts> listed, FinanceFilter filter, CancellationToken ct)
    {
        var count = await listed.CountAsync(ct);
        var pages = Math.Max(1, (count + FinanceFilter.PageSize - 1) / FinanceFilter.PageSize);
        var page = Math.Clamp(filter.Page, 1, pages);
        var rows = await listed.Sorted(filter).Skip((page - 1) * FinanceFilter.PageSize).Take(FinanceFilter.PageSize).Rows().ToListAsync(ct);
        return new InvoicePage(rows, count, page, FinanceFilter.PageSize);
    }

    /// <summary>Clients and account managers with at least one invoice (EXISTS lookups on the invoices' indexes), the currencies invoiced.</summary>
    private static async Task<FinanceChoices> ChoicesAsync(OnboardingDbContext db, CancellationToken ct)
    {
        var clients = await db.Clients.AsNoTracking().Where(c => db.Invoices.Any(i => i.ClientId == c.Id))
            .Select(c => new { ClientId = c.Id, ClientName = c.CompanyName }).ToListAsync(ct);
        var managers = await db.Users.AsNoTracking()
            .Where(u => db.Onboardings.Any(o => o.AccountManagerId == u.Id && db.Invoices.Any(i => i.OnboardingId == o.Id)))
            .Select(u => new { AccountManagerId = u.Id, AccountManager = u.DisplayName }).ToListAsync(ct);
        var currencies = await db.Invoices.AsNoTracking().Select(i => i.Currency).Distinct().ToListAsync(ct);
        return new FinanceChoices(
            [.. clients.OrderBy(c => c.ClientName, StringComparer.CurrentCultureIgnoreCase).Select(c => new FilterChoice<int>(c.ClientId, c.ClientName))],
            [.. managers.OrderBy(m => m.AccountManager, StringComparer.CurrentCultureIgnoreCase).Select(m => new FilterChoice<string>(m.AccountManagerId, m.AccountManager))],
            [.. currencies.Order(StringComparer.Ordinal)]);
    }
}
