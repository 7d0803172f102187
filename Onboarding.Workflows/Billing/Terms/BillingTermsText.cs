using System.Globalization;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;

namespace Onboarding.Workflows.Billing.Terms;

/// <summary>Billing terms in words, one line per part: the section's summary and the audit line's "what changed" read the same.</summary>
public static class BillingTermsText
{
    /// <summary>(label, text) for each part of the terms, in the order the summary shows them.</summary>
    public static IReadOnlyList<(string Label, string Text)> Parts(BillingTerms terms) =>
    [
        ("Currency", terms.Currency),
        ("Billing model", Model(terms)),
        ("Deposit", Deposit(terms)),
        ("Milestones", Milestones(terms)),
        ("Payment terms", $"Net {terms.PaymentTermDays}"),
        ("Late fee", LateFee(terms)),
        ("Payment methods", Methods(terms.PaymentMethods)),
    ];

    /// <summary>"Deposit: 30% = USD 7,200.00 → 40% = USD 9,600.00; Payment terms: Net 30 → Net 21", or "" when nothing changed.</summary>
    public static string Changes(BillingTerms before, BillingTerms after) => string.Join("; ",
        Parts(before).Zip(Parts(after)).Where(p => p.First.Text != p.Second.Text).Select(p => $"{p.First.Label}: {p.First.Text} → {p.Second.Text}"));

    public static string Summary(BillingTerms terms) => string.Join("; ", Parts(terms).Where(p => p.Text != "None").Select(p => $"{p.Label}: {p.Text}"));

    public static string Model(BillingTerms t) => t.Model switch
    {
        BillingModel.FixedFee => $"Fixed fee of {Money.Format(t.ContractValue, t.Currency)} in milestones",
        BillingModel.MonthlyRetainer =>
            $"Monthly retainer of {Money.Format(t.MonthlyFee, t.Currency)} for {t.RetainerMonths} month{(t.RetainerMonths == 1 ? "" : "s")}"
            + (t.FirstRetainerOn is { } first ? $", the first on {Date(first)}" : ""),
        BillingModel.Hourly => $"Hourly at {Money.Format(t.HourlyRate, t.Currency)}"
            + (t.ContractValue > 0 ? $" (estimate {Money.Format(t.ContractValue, t.Currency)})" : ""),
        _ => t.Model.ToString(),
    };

    public static string Deposit(BillingTerms t)
    {
        var amount = BillingTermsRules.DepositAmount(t);
        if (amount <= 0) return "None";
        return t.DepositKind == DepositKind.Percentage ? $"{BillingTermsRules.Percent(t.DepositValue)} = {Money.Format(amount, t.Currency)}" : Money.Format(amount, t.Currency);
    }

    public static string Milestones(BillingTerms t)
    {
        var milestones = BillingMilestone.Read(t.MilestonesJson);
        return milestones.Count == 0 ? "None" : string.Join(", ", milestones.Select(m => $"{m.Name} {BillingTermsRules.Percent(m.Percent)} at {m.Stage}"));
    }

    public static string LateFee(BillingTerms t) => t.LateFeeKind switch
    {
        LateFeeKind.PercentPerMonth => $"{BillingTermsRules.Percent(t.LateFeeValue)} a month{Grace(t)}",
        LateFeeKind.Flat => $"{Money.Format(t.LateFeeValue, t.Currency)} flat{Grace(t)}",
        _ => "None",
    };

    public static string Methods(string stored) => string.Join(", ", BillingTermsForm.Methods(stored).Select(Method));

    public static string Method(PaymentMethod method) => method switch
    {
        PaymentMethod.BankTransfer => "Bank transfer",
        PaymentMethod.Card => "Card",
        PaymentMethod.Cheque => "Cheque",
        PaymentMethod.Online => "Online",
        _ => method.ToString(),
    };

    public static string ModelName(BillingModel model) => model switch
    {
        BillingModel.FixedFee => "Fixed fee by milestones",
        BillingModel.MonthlyRetainer => "Monthly retainer",
        BillingModel.Hourly => "Hourly",
        _ => model.ToString(),
    };

    public static string Date(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Grace(BillingTerms t) => t.LateFeeGraceDays == 0 ? ", from the due date" : $", after {t.LateFeeGraceDays} grace day{(t.LateFeeGraceDays == 1 ? "" : "s")}";
}
