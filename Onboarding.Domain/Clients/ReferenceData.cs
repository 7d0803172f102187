namespace Onboarding.Domain.Clients;

/// <summary>Choices offered on the client form.</summary>
public static class ReferenceData
{
    /// <summary>ISO 4217 codes a firm bills in most often; any valid three-letter code is accepted.</summary>
    public static IReadOnlyList<string> Currencies { get; } =
    [
        "USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK",
        "JPY", "KRW", "CNY", "HKD", "SGD", "INR", "AED", "ZAR", "BRL", "MXN",
    ];

    public static IReadOnlyList<string> Industries { get; } =
    [
        "Agency", "B2B SaaS", "E-commerce", "Education", "Finance", "Healthcare", "Hospitality",
        "Legal", "Manufacturing", "Non-profit", "Professional services", "Real estate", "Retail",
        "Technology", "Travel",
    ];

    /// <summary>IANA time zones known to this machine, sorted.</summary>
    public static IReadOnlyList<string> TimeZones { get; } = TimeZoneInfo.GetSystemTimeZones()
        .Select(z => z.Id)
        .Where(id => id.Contains('/', StringComparison.Ordinal) || id == "UTC")
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static bool IsTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}

/// <summary>The ISO 4217 codes known to the machine's culture data, plus the common list.</summary>
public static class CurrencyCodes
{
    private static readonly HashSet<string> Known = BuildKnown();

    public static bool IsKnown(string? code) => code is { Length: 3 } && Known.Contains(code);

    private static HashSet<string> BuildKnown()
    {
        var codes = new HashSet<string>(ReferenceData.Currencies, StringComparer.Ordinal);
        foreach (var culture in System.Globalization.CultureInfo.GetCultures(System.Globalization.CultureTypes.SpecificCultures))
        {
            try
            {
                codes.Add(new System.Globalization.RegionInfo(culture.Name).ISOCurrencySymbol);
            }
            catch (ArgumentException)
            {
                // A culture without a region has no currency.
            }
        }
        return codes;
    }
}
