using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Data;

namespace Onboarding.Workflows.Billing.Dashboard;

/// <summary>An invoice with its client's name and account manager, as one row the dashboard's queries filter and project.</summary>
internal sealed class InvoiceFacts
{
    public Guid Id { get; init; }
    public Guid OnboardingId { get; init; }
    public int ClientId { get; init; }
    public string ClientName { get; init; } = "";
    public string AccountManagerId { get; init; } = "";
    public string AccountManager { get; init; } = "";
    public InvoiceKind Kind { get; init; }
    public InvoiceStatus Status { get; init; }
    public string Title { get; init; } = "";
    public string Currency { get; init; } = "";
    public int? Sequence { get; init; }
    public string? Number { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public DateOnly? DueOn { get; init; }
    public decimal Total { get; init; }
    public decimal AmountPaid { get; init; }
}

/// <summary>The invoice queries the dashboard and the CSV share, so the page and its export always agree.</summary>
internal static class FinanceInvoices
{
    public static IQueryable<InvoiceFacts> All(OnboardingDbContext db) =>
        from i in db.Invoices.AsNoTracking()
        join o in db.Onboardings on i.OnboardingId equals o.Id
        join c in db.Clients on i.ClientId equals c.Id
        join u in db.Users on o.AccountManagerId equals u.Id into managers
        from u in managers.DefaultIfEmpty()
        select new InvoiceFacts
        {
            Id = i.Id, OnboardingId = i.OnboardingId, ClientId = i.ClientId, ClientName = c.CompanyName,
            AccountManagerId = o.AccountManagerId, AccountManager = u == null ? "" : u.DisplayName,
            Kind = i.Kind, Status = i.Status, Title = i.Title, Currency = i.Currency, Sequence = i.Sequence, Number = i.Number,
            IssuedOn = i.IssuedOn, DueOn = i.DueOn, Total = i.Total, AmountPaid = i.AmountPaid,
        };

    /// <summary>
    /// The invoices the parties filter keeps, without joining names in (the account manager and client name as EXISTS
    /// lookups): what the sums read, so summing 20,000 invoices touches the invoices' table alone.
    /// </summary>
    public static IQueryable<Invoice> ForParties(OnboardingDbContext db, FinanceFilter filter)
    {
        var invoices = db.Invoices.AsNoTracking();
        if (filter.ClientId is { } clientId) invoices = invoices.Where(i => i.ClientId == clientId);
        if (!string.IsNullOrEmpty(filter.AccountManagerId))
            invoices = invoices.Where(i => db.Onboardings.Any(o => o.Id == i.OnboardingId && o.AccountManagerId == filter.AccountManagerId));
        if (!string.IsNullOrEmpty(filter.Currency)) invoices = invoices.Where(i => i.Currency == filter.Currency);
        if (LikePattern(filter.Search) is { } pattern)
        {
            invoices = invoices.Where(i => EF.Functions.Like(i.Number!, pattern, "\\")
                || db.Clients.Any(c => c.Id == i.ClientId && EF.Functions.Like(c.CompanyName, pattern, "\\")));
        }
        return invoices;
    }

    public static IQueryable<Invoice> Open(this IQueryable<Invoice> invoices) =>
        invoices.Where(i => i.Status == InvoiceStatus.Issued || i.Status == InvoiceStatus.PartiallyPaid || i.Status == InvoiceStatus.Overdue);

    /// <summary>Issued and not settled (the status rule keeps paid invoices out, so each has a balance).</summary>
    public static IQueryable<InvoiceFacts> Open(this IQueryable<InvoiceFacts> invoices) =>
        invoices.Where(i => i.Status == InvoiceStatus.Issued || i.Status == InvoiceStatus.PartiallyPaid || i.Status == InvoiceStatus.Overdue);

    public static IQueryable<InvoiceFacts> ForParties(this IQueryable<InvoiceFacts> invoices, FinanceFilter filter)
    {
        if (filter.ClientId is { } clientId) invoices = invoices.Where(i => i.ClientId == clientId);
        if (!string.IsNullOrEmpty(filter.AccountManagerId)) invoices = invoices.Where(i => i.AccountManagerId == filter.AccountManagerId);
        if (!string.IsNullOrEmpty(filter.Currency)) invoices = invoices.Where(i => i.Currency == filter.Currency);
        if (LikePattern(filter.Search) is { } pattern)
            invoices = invoices.Where(i => EF.Functions.Like(i.Number!, pattern, "\\") || EF.Functions.Like(i.ClientName, pattern, "\\"));
        return invoices;
    }

    /// <summary>The parties, then the status (every issued invoice without one) and the issue days.</summary>
    public static IQueryable<InvoiceFacts> ForList(this IQueryable<InvoiceFacts> invoices, FinanceFilter filter)
    {
        invoices = invoices.ForParties(filter);
        invoices = filter.Status is { } status ? invoices.Where(i => i.Status == status) : invoices.Where(i => i.Status != InvoiceStatus.Draft);
        if (filter.IssuedFrom is { } from) invoices = invoices.Where(i => i.IssuedOn >= from);
        if (filter.IssuedTo is { } to) invoices = invoices.Where(i => i.IssuedOn <= to);
        return invoices;
    }

    /// <summary>
    /// In the filter's order, ties broken by the sequence so that pages never overlap. Amounts sort as REAL: SQLite keeps
    /// decimals as TEXT, and EF Core orders them through its EF_DECIMAL collation, a .NET callback for every comparison of
    /// the sort; a double is ordered by SQLite itself and exact enough to order money amounts of this size.
    /// </summary>
    public static IQueryable<InvoiceFacts> Sorted(this IQueryable<InvoiceFacts> invoices, FinanceFilter filter)
    {
        var d = filter.Descending;
        var sorted = filter.Sort switch
        {
            InvoiceSort.Number => d ? invoices.OrderByDescending(i => i.Sequence) : invoices.OrderBy(i => i.Sequence),
            InvoiceSort.Client => d ? invoices.OrderByDescending(i => i.ClientName) : invoices.OrderBy(i => i.ClientName),
            InvoiceSort.Due => d ? invoices.OrderByDescending(i => i.DueOn) : invoices.OrderBy(i => i.DueOn),
            InvoiceSort.Total => d ? invoices.OrderByDescending(i => (double)i.Total) : invoices.OrderBy(i => (double)i.Total),
            InvoiceSort.Balance => d ? invoices.OrderByDescending(i => (double)i.Total - (double)i.AmountPaid) : invoices.OrderBy(i => (double)i.Total - (double)i.AmountPaid),
            InvoiceSort.Status => d ? invoices.OrderByDescending(i => i.Status) : invoices.OrderBy(i => i.Status),
            InvoiceSort.Issued => d ? invoices.OrderByDescending(i => i.IssuedOn) : invoices.OrderBy(i => i.IssuedOn),
        };
        return d ? sorted.ThenByDescending(i => i.Sequence).ThenBy(i => i.Id) : sorted.ThenBy(i => i.Sequence).ThenBy(i => i.Id);
    }

    public static IQueryable<InvoiceRow> Rows(this IQueryable<InvoiceFacts> invoices) =>
        invoices.Select(i => new InvoiceRow(
            i.Id, i.OnboardingId, i.ClientId, i.ClientName, i.AccountManager, i.Number, i.Kind, i.Title, i.Status, i.Currency,
            i.IssuedOn, i.DueOn, i.Total, i.AmountPaid));

    /// <summary>"%text%" with LIKE's wildcards escaped, so searching "50%" finds "50%" (null for no search).</summary>
    internal static string? LikePattern(string? search)
    {
        var text = search?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        return "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
    }
}
