using System.ComponentModel.DataAnnotations;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;

namespace Onboarding.Workflows.Billing.Payments;

/// <summary>
/// The checks of a payment form, each naming its field: a positive amount with no more decimals than the currency has
/// (KRW 10.5 is not money, BHD 1.234 is), received today or earlier, by a method the terms accept, a reference that fits.
/// </summary>
public static class PaymentRules
{
    public const int ReferenceMax = 200;
    public const int VoidReasonMax = 1000;

    /// <summary>Above this an amount is a typo (and would not fit the money columns).</summary>
    public const decimal AmountMax = 1_000_000_000_000m;

    public static NormalizedPayment Normalize(PaymentForm form, string currency, IReadOnlyCollection<PaymentMethod> accepted, DateOnly today)
    {
        var errors = new List<ValidationResult>();
        var code = currency.ToUpperInvariant();
        var reference = (form.Reference ?? "").ReplaceLineEndings(" ").Trim();
        if (form.Amount <= 0) Add(errors, nameof(form.Amount), "Enter the amount received: more than zero.");
        else if (form.Amount > AmountMax) Add(errors, nameof(form.Amount), $"{Money.Format(form.Amount, code)} looks like a typo; check the amount.");
        else if (!HasCurrencyDecimals(form.Amount, code)) Add(errors, nameof(form.Amount), DecimalsMessage(code));
        if (form.ReceivedOn == default) Add(errors, nameof(form.ReceivedOn), "Say on which day the money arrived.");
        else if (form.ReceivedOn > today) Add(errors, nameof(form.ReceivedOn), $"The money cannot arrive after today ({today:d MMM yyyy}); record it once it is there.");
        if (form.Method is not { } method || !accepted.Contains(method))
        {
            Add(errors, nameof(form.Method), form.Method is null
                ? $"Pick how the client paid: {Describe(accepted)}."
                : $"The billing terms accept {Describe(accepted)}, not {Describe(form.Method.Value)}; change the terms first if the client may pay that way.");
        }
        if (reference.Length > ReferenceMax) Add(errors, nameof(form.Reference), $"Keep the reference under {ReferenceMax} characters (it has {reference.Length}).");
        DraftValidation.ThrowIfInvalid(errors);
        return new NormalizedPayment(form.Amount, code, form.ReceivedOn, form.Method!.Value, reference);
    }

    /// <summary>The reason a payment is voided: required, one paragraph.</summary>
    public static string VoidReason(string? typed)
    {
        var reason = (typed ?? "").Trim();
        if (reason.Length == 0) throw new ValidationFailedException([new("Say why the payment is voided (e.g. \"the cheque bounced\"); it goes on the trail.", ["Reason"])]);
        if (reason.Length > VoidReasonMax) throw new ValidationFailedException([new($"Keep the reason under {VoidReasonMax:N0} characters.", ["Reason"])]);
        return reason;
    }

    /// <summary>True when <paramref name="amount"/> has no more decimals than the currency's minor units.</summary>
    public static bool HasCurrencyDecimals(decimal amount, string currency) => Money.Round(amount, currency) == amount;

    public static string DecimalsMessage(string currency) => Money.MinorUnits(currency) switch
    {
        0 => $"{currency} has no decimals: enter a whole amount.",
        1 => $"{currency} has one decimal at most.",
        var n => $"{currency} has {n} decimals at most.",
    };

    /// <summary>The methods the terms accept; every method while the onboarding has no terms yet.</summary>
    public static IReadOnlyList<PaymentMethod> Accepted(BillingTerms? terms)
    {
        if (terms is null) return Enum.GetValues<PaymentMethod>();
        var methods = terms.PaymentMethods.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Enum.TryParse<PaymentMethod>(name, out var m) ? m : (PaymentMethod?)null).OfType<PaymentMethod>().Distinct().ToList();
        return methods.Count == 0 ? Enum.GetValues<PaymentMethod>() : methods;
    }

    /// <summary>"bank transfer", "card", "cheque", "online".</summary>
    public static string Describe(PaymentMethod method) => method switch
    {
        PaymentMethod.BankTransfer => "bank transfer",
        PaymentMethod.Card => "card",
        PaymentMethod.Cheque => "cheque",
        PaymentMethod.Online => "online",
        _ => method.ToString(),
    };

    /// <summary>"bank transfer, card or cheque".</summary>
    public static string Describe(IReadOnlyCollection<PaymentMethod> methods)
    {
        var names = methods.Select(Describe).ToList();
        return names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} or {names[^1]}";
    }

    private static void Add(List<ValidationResult> errors, string field, string message) => errors.Add(new ValidationResult(message, [field]));
}
