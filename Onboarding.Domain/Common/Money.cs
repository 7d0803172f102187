using System.Globalization;

namespace Onboarding.Domain.Common;

/// <summary>
/// Amounts are <c>decimal</c> with an ISO 4217 currency code. Each currency has its minor units (USD 2, JPY and KRW 0,
/// BHD 3); rounding to them is explicit and half away from zero, as invoices print.
/// </summary>
public static class Money
{
    private static readonly Dictionary<string, int> MinorUnitsByCurrency = new(StringComparer.OrdinalIgnoreCase)
    {
        ["JPY"] = 0, ["KRW"] = 0, ["VND"] = 0, ["CLP"] = 0, ["ISK"] = 0, ["XOF"] = 0, ["XAF"] = 0, ["UGX"] = 0, ["PYG"] = 0,
        ["BHD"] = 3, ["KWD"] = 3, ["OMR"] = 3, ["JOD"] = 3, ["TND"] = 3, ["IQD"] = 3, ["LYD"] = 3,
    };

    /// <summary>Currencies the forms offer first; any three-letter code is accepted.</summary>
    public static IReadOnlyList<string> CommonCurrencies { get; } = ["USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY", "KRW", "CNY", "SEK", "NOK", "DKK", "PLN", "SGD"];

    /// <summary>Digits after the decimal point for <paramref name="currency"/> (2 unless listed otherwise).</summary>
    public static int MinorUnits(string currency) => MinorUnitsByCurrency.GetValueOrDefault(currency ?? "", 2);

    /// <summary><paramref name="amount"/> rounded to the currency's minor units, half away from zero.</summary>
    public static decimal Round(decimal amount, string currency) => Math.Round(amount, MinorUnits(currency), MidpointRounding.AwayFromZero);

    /// <summary>A three-letter upper-case code (not checked against the ISO list, so a new currency needs no release).</summary>
    public static bool IsCurrencyCode(string? code) => code is { Length: 3 } && code.All(c => c is >= 'A' and <= 'Z');

    /// <summary>"USD 2,400.00", "KRW 1,500,000": the code, then the amount with its minor units and group separators.</summary>
    public static string Format(decimal amount, string currency)
    {
        var digits = MinorUnits(currency);
        return $"{currency.ToUpperInvariant()} {Round(amount, currency).ToString("N" + digits, CultureInfo.InvariantCulture)}";
    }
}
