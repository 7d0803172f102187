using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;

namespace Onboarding.Workflows.Billing.Overdue;

/// <summary>Billing terms as a client reads them, one way for the invoice PDF, the reminder e-mail and the overdue section.</summary>
public static class BillingWords
{
    /// <summary>The accepted methods of the terms' comma-separated list, in the enum's order (unknown names are skipped).</summary>
    public static IReadOnlyList<PaymentMethod> Methods(string? csv) =>
        (csv ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Enum.TryParse<PaymentMethod>(name, ignoreCase: true, out var method) ? method : (PaymentMethod?)null)
            .OfType<PaymentMethod>().Distinct().Order().ToList();

    public static string Describe(PaymentMethod method) => method switch
    {
        PaymentMethod.BankTransfer => "bank transfer",
        PaymentMethod.Card => "card",
        PaymentMethod.Cheque => "cheque",
        PaymentMethod.Online => "online payment",
        _ => method.ToString(),
    };

    /// <summary>"bank transfer, card or cheque" (bank transfer when the list is empty).</summary>
    public static string MethodsInWords(string? csv)
    {
        var names = Methods(csv).Select(Describe).ToList();
        return names.Count switch
        {
            0 => Describe(PaymentMethod.BankTransfer),
            1 => names[0],
            _ => $"{string.Join(", ", names[..^1])} or {names[^1]}",
        };
    }

    /// <summary>"Net 30: due 30 days after the invoice date."</summary>
    public static string PaymentTerms(int netDays) => $"Net {netDays}: due {netDays} days after the invoice date.";

    /// <summary>"1.5% of the unpaid balance for each started 30 days after 10 grace days past the due date."</summary>
    public static string LateFeeTerms(BillingTerms? terms)
    {
        if (terms is null || terms.LateFeeKind == LateFeeKind.None || terms.LateFeeValue <= 0) return "No late fee.";
        var grace = terms.LateFeeGraceDays <= 0 ? "from the day after the due date" : $"after {terms.LateFeeGraceDays} grace {(terms.LateFeeGraceDays == 1 ? "day" : "days")} past the due date";
        return terms.LateFeeKind == LateFeeKind.Flat
            ? $"A one-time late fee of {Money.Format(terms.LateFeeValue, terms.Currency)} {grace}."
            : $"{LateFeeCalculator.Percent(terms.LateFeeValue)} of the unpaid balance for each started {LateFeeCalculator.PeriodDays} days, {grace} (simple interest, not compounded).";
    }

    /// <summary>"3 days", "1 day".</summary>
    public static string Days(int days) => $"{days} {(days == 1 ? "day" : "days")}";
}
