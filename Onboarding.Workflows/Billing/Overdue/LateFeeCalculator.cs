using System.Globalization;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;

namespace Onboarding.Workflows.Billing.Overdue;

/// <summary>
/// A late fee worked out for one invoice on one day: what the terms charge in all so far (<see cref="Computed"/>), what
/// earlier late-fee invoices already charged, and what is left to apply (<see cref="Due"/>, never negative), with the
/// sentence finance reads before applying it.
/// </summary>
public sealed record LateFeeQuote(string Currency, int DaysLate, int Periods, decimal Computed, decimal AlreadyCharged, decimal Due, string Explanation, string Basis = "")
{
    public bool HasFee => Due > 0;

    /// <summary>What the fee is for, as its invoice line says: "Late fee on INV-000012, 45 days overdue: 2 periods × 1.5% of USD 4,000.00, less USD 60.00 already charged".</summary>
    public string LineFor(string? number) =>
        $"Late fee on {number}, {BillingWords.Days(DaysLate)} overdue: {Basis}{(AlreadyCharged > 0 ? $", less {Money.Format(AlreadyCharged, Currency)} already charged" : "")}";
}

/// <summary>
/// The late-fee arithmetic, pure so that every rule is a table test. Percent per month: after the grace days each started
/// 30-day period charges the percentage of the outstanding balance, simple (not compounded), rounded once to the
/// currency: round(balance × rate × periods) − already charged. Flat: the amount once, after the grace days. No fee on a
/// late fee, on a settled, void or not yet overdue invoice.
/// </summary>
public static class LateFeeCalculator
{
    public const int PeriodDays = 30;

    public static LateFeeQuote Quote(BillingTerms? terms, Invoice invoice, DateOnly today, decimal alreadyCharged)
    {
        var currency = invoice.Currency;
        var days = InvoiceStatuses.DaysOverdue(invoice, today);
        LateFeeQuote Nothing(string why) => new(currency, days, 0, 0, alreadyCharged, 0, why);

        if (invoice.Kind == InvoiceKind.LateFee) return Nothing("A late-fee invoice is not charged a late fee of its own.");
        var status = InvoiceStatuses.For(invoice, today);
        if (status is InvoiceStatus.Draft or InvoiceStatus.Void) return Nothing($"A {status.ToString().ToLowerInvariant()} invoice is not charged a late fee.");
        if (invoice.Balance <= 0) return Nothing($"Nothing is left to pay on {invoice.Number}, so no late fee applies.");
        if (status != InvoiceStatus.Overdue) return Nothing($"{invoice.Number} is not overdue yet (due {Day(invoice.DueOn)}).");
        if (terms is null || terms.LateFeeKind == LateFeeKind.None || terms.LateFeeValue <= 0) return Nothing("The billing terms charge no late fee.");
        var grace = Math.Max(0, terms.LateFeeGraceDays);
        if (days <= grace)
            return Nothing($"{Plural(days, "day")} late, within the {Plural(grace, "grace day")}: a late fee applies from {Day(invoice.DueOn!.Value.AddDays(grace + 1))}.");

        int periods;
        decimal computed;
        string basis;
        if (terms.LateFeeKind == LateFeeKind.Flat)
        {
            periods = 1;
            computed = Money.Round(terms.LateFeeValue, currency);
            basis = $"flat fee after {Plural(grace, "grace day")}";
        }
        else
        {
            periods = (days - grace + PeriodDays - 1) / PeriodDays;
            computed = Money.Round(invoice.Balance * terms.LateFeeValue / 100m * periods, currency);
            basis = $"{Plural(periods, "period")} × {Percent(terms.LateFeeValue)} of {Money.Format(invoice.Balance, currency)}";
        }
        var due = Math.Max(0, computed - alreadyCharged);
        var charged = alreadyCharged > 0 ? $"; {Money.Format(alreadyCharged, currency)} already charged" : "";
        var verdict = due > 0 ? $"{Money.Format(due, currency)} to apply" : "nothing more to apply";
        var how = $"{char.ToUpperInvariant(basis[0])}{basis[1..]} = {Money.Format(computed, currency)}";
        return new(currency, days, periods, computed, alreadyCharged, due, $"{how}{charged}; {verdict}", basis);
    }

    /// <summary>"1.5%", "2%".</summary>
    public static string Percent(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture) + "%";

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static string Day(DateOnly? day) => day?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "no date";
}
