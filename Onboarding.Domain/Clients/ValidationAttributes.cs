using System.ComponentModel.DataAnnotations;

namespace Onboarding.Domain.Clients;

/// <summary>An absolute http(s) address; "acme.com" is accepted and read as https://acme.com.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class WebAddressAttribute : ValidationAttribute
{
    public WebAddressAttribute() : base("Enter a web address like https://example.com.") { }

    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || WebAddress.TryNormalize(text, out _);
}

[AttributeUsage(AttributeTargets.Property)]
public sealed class CurrencyCodeAttribute : ValidationAttribute
{
    public CurrencyCodeAttribute() : base("Use a three-letter ISO 4217 currency code such as USD or EUR.") { }

    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || CurrencyCodes.IsKnown(text.Trim().ToUpperInvariant());
}

[AttributeUsage(AttributeTargets.Property)]
public sealed class TimeZoneIdAttribute : ValidationAttribute
{
    public TimeZoneIdAttribute() : base("Choose a time zone from the list, e.g. Europe/London.") { }

    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || ReferenceData.IsTimeZone(text.Trim());
}

public static class WebAddress
{
    public static bool TryNormalize(string text, out string normalized)
    {
        normalized = "";
        var candidate = text.Trim();
        if (!candidate.Contains("://", StringComparison.Ordinal)) candidate = "https://" + candidate;
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri)) return false;
        if (uri.Scheme is not ("http" or "https")) return false;
        if (!uri.Host.Contains('.', StringComparison.Ordinal) && uri.Host != "localhost") return false;
        normalized = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return true;
    }
}
