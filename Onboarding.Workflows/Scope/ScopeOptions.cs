using System.Globalization;
using Microsoft.Extensions.Configuration;
using Onboarding.Domain.Common;

namespace Onboarding.Workflows.Scope;

/// <summary>
/// The firm's scope defaults: <c>Scope:Currency</c> (ISO 4217, default USD) for a new statement of work and for change
/// requests raised before any SOW is approved (after that, the SOW's currency), and <c>Scope:HourlyRate</c> (default 150).
/// </summary>
public sealed class ScopeOptions
{
    public string Currency { get; init; } = "USD";

    public decimal HourlyRate { get; init; } = 150m;

    /// <summary>Reads the <c>Scope</c> section; a missing or unreadable value keeps its default (a test host has no configuration at all).</summary>
    public static ScopeOptions From(IConfiguration? configuration)
    {
        var defaults = new ScopeOptions();
        var currency = configuration?["Scope:Currency"]?.Trim().ToUpperInvariant();
        var rate = configuration?["Scope:HourlyRate"];
        return new ScopeOptions
        {
            Currency = Money.IsCurrencyCode(currency) ? currency! : defaults.Currency,
            HourlyRate = decimal.TryParse(rate, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) && parsed >= 0 ? parsed : defaults.HourlyRate,
        };
    }
}
