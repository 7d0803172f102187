using Onboarding.Domain.Billing;

namespace Onboarding.Workflows.Billing.Payments;

/// <summary>The Billing tab's payments part: the onboarding's payments, the client's credit, the invoices one can pay.</summary>
/// <param name="Currency">The terms' currency (null before terms): a payment without an invoice is in it.</param>
/// <param name="CanAct">Finance or admin: may record, void and apply credit (the services check it again).</param>
/// <param name="DepositStuck">The deposit is paid but the workflow still waits for it: offer to move the onboarding on.</param>
public sealed record PaymentsOverview(
    string? Currency, IReadOnlyList<PaymentMethod> AcceptedMethods, IReadOnlyList<PaymentRow> Payments, IReadOnlyList<ClientCredit> Credit,
    IReadOnlyList<PayableInvoice> OpenInvoices, bool CanAct, bool DepositStuck, DateOnly Today)
{
    /// <summary>The client's credit in <paramref name="currency"/> (0 when none).</summary>
    public decimal CreditIn(string currency) => Credit.FirstOrDefault(c => c.Currency == currency)?.Amount ?? 0;
}

/// <summary>One payment: what it paid (invoice numbers and amounts) and the credit left on it.</summary>
public sealed record PaymentRow(
    Guid Id, DateOnly ReceivedOn, decimal Amount, string Currency, PaymentMethod Method, string Reference, IReadOnlyList<PaidInvoice> Applied,
    decimal Credit, string RecordedBy, DateTime RecordedAtUtc, DateTime? VoidedAtUtc, string? VoidedBy, string? VoidReason, Guid ConcurrencyToken)
{
    public bool IsVoid => VoidedAtUtc is not null;

    /// <summary>It is on the paid deposit: voiding it cannot take the workflow's "deposit paid" back.</summary>
    public bool PaidDeposit => Applied.Any(a => a.Kind == InvoiceKind.Deposit && a.Status == InvoiceStatus.Paid);
}

/// <summary>Part of a payment on one invoice.</summary>
public sealed record PaidInvoice(string Number, InvoiceKind Kind, InvoiceStatus Status, decimal Amount);

/// <summary>The client's unallocated money in one currency, over all its onboardings.</summary>
public sealed record ClientCredit(string Currency, decimal Amount);

/// <summary>An open invoice of the onboarding, as the payment dialog and "Apply credit" offer it.</summary>
public sealed record PayableInvoice(Guid Id, string Number, string Title, InvoiceKind Kind, InvoiceStatus Status, string Currency, decimal Total, decimal Balance, DateOnly? DueOn, Guid ConcurrencyToken)
{
    public string Label => $"{Number} · {Title}";
}
