using System.Globalization;
using System.Security.Claims;
using Onboarding.Domain.Billing;
using Onboarding.Workflows.Billing;
using Onboarding.Workflows.Billing.Dashboard;

namespace Onboarding.Web.Finance;

/// <summary>
/// The dashboard's filters in the URL (client, am, currency, status, from, to, q, sort, desc, page), read the same way by the
/// page and the CSV endpoint, so the CSV button exports exactly what the page lists. Values that do not parse are ignored.
/// </summary>
public static class FinanceQueryString
{
    public static FinanceFilter Parse(Func<string, string?> get) => new(
        ClientId: int.TryParse(get("client"), NumberStyles.None, CultureInfo.InvariantCulture, out var client) ? client : null,
        AccountManagerId: Blank(get("am")),
        Currency: Blank(get("currency"))?.ToUpperInvariant(),
        Status: Enum.TryParse<InvoiceStatus>(get("status"), ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null,
        IssuedFrom: Day(get("from")),
        IssuedTo: Day(get("to")),
        Search: Blank(get("q")),
        Sort: Enum.TryParse<InvoiceSort>(get("sort"), ignoreCase: true, out var sort) && Enum.IsDefined(sort) ? sort : InvoiceSort.Issued,
        Descending: get("sort") is null || get("desc") == "true",
        Page: int.TryParse(get("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1);

    public static FinanceFilter Parse(IQueryCollection query) => Parse(name => query.TryGetValue(name, out var v) ? v.ToString() : null);

    /// <summary>Every parameter of the filter (null for the defaults, which leaves them out of the URL).</summary>
    public static Dictionary<string, object?> Of(FinanceFilter filter) => new()
    {
        ["client"] = filter.ClientId,
        ["am"] = filter.AccountManagerId,
        ["currency"] = filter.Currency,
        ["status"] = filter.Status?.ToString().ToLowerInvariant(),
        ["from"] = filter.IssuedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = filter.IssuedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["q"] = filter.Search,
        ["sort"] = filter.Sort == InvoiceSort.Issued && filter.Descending ? null : filter.Sort.ToString().ToLowerInvariant(),
        ["desc"] = filter.Sort == InvoiceSort.Issued || !filter.Descending ? null : "true",
        ["page"] = filter.Page > 1 ? filter.Page : null,
    };

    /// <summary>"?currency=USD&amp;status=overdue": the filter as a query string ("" without any), for links and the CSV button.</summary>
    public static string QueryOf(FinanceFilter filter)
    {
        var pairs = Of(filter with { Page = 1 }).Where(p => p.Value is not null)
            .Select(p => $"{p.Key}={Uri.EscapeDataString(Convert.ToString(p.Value, CultureInfo.InvariantCulture)!)}");
        var query = string.Join("&", pairs);
        return query.Length == 0 ? "" : "?" + query;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
