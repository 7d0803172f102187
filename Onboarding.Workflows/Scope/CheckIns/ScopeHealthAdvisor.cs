using System.Globalization;
using Onboarding.Domain.Scope;

namespace Onboarding.Workflows.Scope.CheckIns;

/// <summary>The health the numbers point to, and why (one sentence per line that is over or at risk).</summary>
public sealed record HealthSuggestion(ScopeHealth Health, IReadOnlyList<string> Reasons)
{
    public string Explanation => string.Join(" ", Reasons);
}

/// <summary>
/// Suggests a check-in's health from its numbers. The person recording it decides: the suggestion is shown beside
/// their choice, never forced on it.
/// </summary>
public static class ScopeHealthAdvisor
{
    /// <summary>Share of a line's hours used from which an unfinished line is at risk.</summary>
    public const decimal AtRiskShare = 0.9m;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static HealthSuggestion Suggest(IReadOnlyList<ScopeLine> lines, IEnumerable<DeliveredWork> delivered)
    {
        var numbers = delivered.ToList();
        var over = new List<string>();
        var atRisk = new List<string>();
        foreach (var line in lines)
        {
            var done = line.FindIn(numbers);
            var hours = done?.HoursUsed ?? 0;
            var quantity = done?.QuantityDelivered ?? 0;
            if (hours > line.HoursBudgeted)
            {
                over.Add($"{line.Name}: {Hours(hours)} used of {Hours(line.HoursBudgeted)} budgeted ({Hours(hours - line.HoursBudgeted, signed: true)} over).");
            }
            else if (line.HasQuantity && quantity > line.QuantityPlanned)
            {
                over.Add($"{line.Name}: {Number(quantity)} of {Number(line.QuantityPlanned)} {line.Unit} delivered, more than the SOW plans.");
            }
            else if (line.HoursBudgeted > 0 && hours >= line.HoursBudgeted * AtRiskShare && line.HasQuantity && quantity < line.QuantityPlanned)
            {
                atRisk.Add($"{line.Name}: {Percent(hours, line.HoursBudgeted)} of the hours used with {Number(quantity)} of {Number(line.QuantityPlanned)} {line.Unit} delivered.");
            }
        }
        if (over.Count > 0) return new HealthSuggestion(ScopeHealth.OverScope, over);
        if (atRisk.Count > 0) return new HealthSuggestion(ScopeHealth.AtRisk, atRisk);
        return new HealthSuggestion(ScopeHealth.OnTrack, ["Hours and quantities are within the approved scope."]);
    }

    public static string Describe(ScopeHealth health) => health switch
    {
        ScopeHealth.OnTrack => "On track",
        ScopeHealth.AtRisk => "At risk",
        ScopeHealth.OverScope => "Over scope",
        _ => health.ToString(),
    };

    /// <summary>"12 h", "7.5 h"; signed: "+12 h".</summary>
    public static string Hours(decimal hours, bool signed = false) => $"{(signed && hours > 0 ? "+" : "")}{Number(hours)} h";

    public static string Number(decimal value) => value.ToString("#,0.##", Inv);

    /// <summary>"92%"; a line with nothing budgeted reads as 0%, or 100% once anything is used.</summary>
    public static string Percent(decimal part, decimal whole) => $"{Math.Round(Share(part, whole) * 100, MidpointRounding.AwayFromZero).ToString("0", Inv)}%";

    public static decimal Share(decimal part, decimal whole) => whole > 0 ? part / whole : part > 0 ? 1 : 0;
}
