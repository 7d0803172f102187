using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;

namespace Onboarding.Workflows.Billing.Dashboard;

/// <summary>How the invoice list is ordered.</summary>
public enum InvoiceSort { Issued, Number, Client, Due, Total, Balance, Status }

/// <summary>
/// What the finance dashboard and its CSV show. The parties (<paramref name="ClientId"/>, <paramref name="AccountManagerId"/>,
/// <paramref name="Currency"/>, <paramref name="Search"/> on the invoice number or the client's name) narrow everything: tiles,
/// aging, overdue, deposits awaited, DSO and the list. <paramref name="Status"/> and the issue dates narrow the invoice list
/// and the CSV only: receivables and DSO are measured on fixed windows, and a date filter would make them say something else.
/// Without a status the list shows every issued invoice (drafts only when asked for).
/// </summary>
public sealed record FinanceFilter(
    int? ClientId = null,
    string? AccountManagerId = null,
    string? Currency = null,
    InvoiceStatus? Status = null,
    DateOnly? IssuedFrom = null,
    DateOnly? IssuedTo = null,
    string? Search = null,
    InvoiceSort Sort = InvoiceSort.Issued,
    bool Descending = true,
    int Page = 1)
{
    public const int PageSize = 50;

    public bool NarrowsParties => ClientId is not null || !string.IsNullOrEmpty(AccountManagerId) || !string.IsNullOrEmpty(Currency) || !string.IsNullOrWhiteSpace(Search);

    public bool IsEmpty => !NarrowsParties && Status is null && IssuedFrom is null && IssuedTo is null;

    /// <summary>Refuses a filter no query can answer, with what to change.</summary>
    public void Validate()
    {
        if (IssuedFrom is { } from && IssuedTo is { } to && from > to)
            throw new DomainException($"\"Issued from\" ({from:yyyy-MM-dd}) is after \"issued to\" ({to:yyyy-MM-dd}); swap them or clear one.");
        if (!string.IsNullOrEmpty(Currency) && !Money.IsCurrencyCode(Currency))
            throw new DomainException($"\"{Currency}\" is not a currency code: use three capital letters such as USD.");
        if (Search is { Length: > 100 })
            throw new DomainException("Search for at most 100 characters of an invoice number or client name.");
    }
}
