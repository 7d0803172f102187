using Onboarding.Domain.Common;

namespace Onboarding.Workflows.Scope.ChangeRequests;

/// <summary>
/// The currency of change requests raised before any SOW is approved (<c>Scope:Currency</c>, USD when unset or not a
/// three-letter code). Once a SOW is approved, its currency is used.
/// </summary>
public sealed class ChangeRequestDefaults(string? currency = null)
{
    public string Currency { get; } = Money.IsCurrencyCode(currency?.Trim().ToUpperInvariant()) ? currency!.Trim().ToUpperInvariant() : "USD";
}
