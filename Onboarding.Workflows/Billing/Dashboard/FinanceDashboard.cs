using Onboarding.Domain.Billing;

namespace Onboarding.Workflows.Billing.Dashboard;

/// <summary>Days past due, grouped as finance reads receivables: not yet due, then 1-30, 31-60, 61-90 and over 90 days late.</summary>
public enum AgingBucket { Current, Days1To30, Days31To60, Days61To90, Over90 }

/// <summary>What the finance dashboard shows on the firm's day <see cref="Today"/> for a <see cref="FinanceFilter"/>.</summary>
public sealed record FinanceDashboard(
    DateOnly Today,
    IReadOnlyList<CurrencyReceivables> Currencies,
    IReadOnlyList<OverdueInvoice> Overdue,
    int OverdueCount,
    IReadOnlyList<DepositAwaited> Deposits,
    InvoicePage Invoices,
    FinanceChoices Choices)
{
    /// <summary>No invoice was ever issued or drafted at all: the dashboard explains where invoices come from.</summary>
    public bool NothingInvoicedYet => Choices.Currencies.Count == 0;
}

/// <summary>
/// One currency's receivables: the balance of its open invoices by <see cref="AgingBucket"/>, what was invoiced in the DSO
/// window and the days sales outstanding (null when nothing was invoiced in the window: no ratio to take).
/// </summary>
public sealed record CurrencyReceivables(string Currency, IReadOnlyDictionary<AgingBucket, AgingCell> Aging, decimal InvoicedInWindow, decimal? DaysSalesOutstanding)
{
    public decimal Outstanding => Aging.Values.Sum(c => c.Balance);

    public int OpenCount => Aging.Values.Sum(c => c.Count);

    public decimal Overdue => Aging.Where(a => a.Key != AgingBucket.Current).Sum(a => a.Value.Balance);
}

/// <summary>How many open invoices fall in a bucket and their balance.</summary>
public sealed record AgingCell(int Count, decimal Balance)
{
    public static AgingCell Empty { get; } = new(0, 0);
}

/// <summary>An open invoice past its due date.</summary>
public sealed record OverdueInvoice(
    Guid InvoiceId, Guid OnboardingId, int ClientId, string ClientName, string Number, DateOnly DueOn, int DaysLate,
    string Currency, decimal Balance, string AccountManager);

/// <summary>
/// An onboarding held at the deposit gate: its workflow waits for <c>DepositPaid</c>, or its deposit invoice is issued and
/// unpaid. <see cref="Amount"/> is the deposit invoice's balance, else the deposit the terms ask for, else null (no terms yet);
/// <see cref="DueOn"/> is null until the deposit invoice is issued.
/// </summary>
public sealed record DepositAwaited(
    Guid OnboardingId, int ClientId, string ClientName, string AccountManager, string? Currency, decimal? Amount, string? InvoiceNumber,
    DateOnly? DueOn, DateOnly WaitingSince, int DaysWaiting);

/// <summary>One page of the invoice list and how many invoices match in all.</summary>
public sealed record InvoicePage(IReadOnlyList<InvoiceRow> Rows, int TotalCount, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}

/// <summary>An invoice as the list and the CSV show it.</summary>
public sealed record InvoiceRow(
    Guid InvoiceId, Guid OnboardingId, int ClientId, string ClientName, string AccountManager, string? Number, InvoiceKind Kind,
    string Title, InvoiceStatus Status, string Currency, DateOnly? IssuedOn, DateOnly? DueOn, decimal Total, decimal AmountPaid)
{
    public decimal Balance => Total - AmountPaid;
}

/// <summary>What the filters offer: clients and account managers that have invoices, and the currencies invoiced.</summary>
public sealed record FinanceChoices(IReadOnlyList<FilterChoice<int>> Clients, IReadOnlyList<FilterChoice<string>> AccountManagers, IReadOnlyList<string> Currencies);

public sealed record FilterChoice<T>(T Value, string Label);
