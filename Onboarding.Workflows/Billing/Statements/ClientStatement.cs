using Onboarding.Domain.Billing;

namespace Onboarding.Workflows.Billing.Statements;

/// <summary>A client's account from <see cref="From"/> to <see cref="To"/> (firm days, both included), one section per currency.</summary>
public sealed record ClientStatement(int ClientId, string ClientName, DateOnly From, DateOnly To, DateOnly Today, IReadOnlyList<StatementSection> Sections)
{
    public bool IsEmpty => Sections.Count == 0;
}

/// <summary>
/// One currency: the balance owed before the period, the period's invoices and payments in date order each with the running
/// balance after it, and the closing balance (negative: the client is in credit). <see cref="UnappliedCredit"/> is what the
/// payments received by the end of the period had not yet paid off on any invoice then.
/// </summary>
public sealed record StatementSection(string Currency, decimal Opening, IReadOnlyList<StatementLine> Lines, decimal Closing, decimal UnappliedCredit)
{
    public decimal Invoiced => Lines.Sum(l => l.Charge);

    public decimal Received => Lines.Sum(l => l.Payment);
}

public enum StatementEntry { Invoice, Payment }

/// <summary>An invoice (a charge) or a payment received, and the client's balance after it.</summary>
public sealed record StatementLine(
    DateOnly Date, StatementEntry Entry, string Reference, string Description, DateOnly? DueOn, decimal Charge, decimal Payment, decimal Balance);

/// <summary>How a statement line describes a payment: "Bank transfer", "Card"...</summary>
public static class PaymentMethodNames
{
    public static string Of(PaymentMethod method) => method switch
    {
        PaymentMethod.BankTransfer => "Bank transfer",
        PaymentMethod.Card => "Card",
        PaymentMethod.Cheque => "Cheque",
        PaymentMethod.Online => "Online",
    };
}
