using System.Globalization;
using Onboarding.Domain.Scope;
using static Onboarding.Workflows.Scope.CheckIns.ScopeHealthAdvisor;

namespace Onboarding.Workflows.Scope.CheckIns;

/// <summary>The audit lines of check-ins: what was recorded, and for a correction each value before and after.</summary>
internal static class CheckInAudit
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>A check-in's values as people read them, by label, in a stable order.</summary>
    public static IReadOnlyList<(string Label, string Value)> Snapshot(ScopeCheckIn checkIn) =>
    [
        ("Held on", CheckInRules.Day(checkIn.HeldOn)),
        ("Health", ScopeHealthAdvisor.Describe(checkIn.Health)),
        .. checkIn.ReadDelivered().Select(d => (d.Deliverable, Numbers(d))),
        ("Notes", checkIn.Notes.Length == 0 ? "(none)" : $"\"{checkIn.Notes}\""),
    ];

    public static string Describe(ScopeCheckIn checkIn, ApprovedScope scope, HealthSuggestion suggested)
    {
        var health = checkIn.Health == suggested.Health
            ? ScopeHealthAdvisor.Describe(checkIn.Health)
            : $"{ScopeHealthAdvisor.Describe(checkIn.Health)} (the numbers suggest {ScopeHealthAdvisor.Describe(suggested.Health).ToLowerInvariant()})";
        var delivered = checkIn.ReadDelivered();
        var lines = scope.Lines.Select(l => (l, done: l.FindIn(delivered))).Select(x => x.l.HasQuantity
            ? $"{x.l.Name}: {Number(x.done?.QuantityDelivered ?? 0)} of {Number(x.l.QuantityPlanned)} {x.l.Unit}, {Number(x.done?.HoursUsed ?? 0)} of {Hours(x.l.HoursBudgeted)}."
            : $"{x.l.Name}: {Number(x.done?.HoursUsed ?? 0)} of {Hours(x.l.HoursBudgeted)}.");
        var notes = checkIn.Notes.Length == 0 ? "" : $" Notes: \"{checkIn.Notes}\"";
        return $"Held on {CheckInRules.Day(checkIn.HeldOn)} against SOW {scope.Label}. Health: {health}. {string.Join(" ", lines)}{notes}";
    }

    /// <summary>"Health: On track → At risk." per value that differs.</summary>
    public static List<string> Changes(IReadOnlyList<(string Label, string Value)> before, IReadOnlyList<(string Label, string Value)> after)
    {
        var old = before.GroupBy(b => b.Label).ToDictionary(g => g.Key, g => g.First().Value);
        return [.. after.Where(a => old.GetValueOrDefault(a.Label) != a.Value).Select(a => $"{a.Label}: {old.GetValueOrDefault(a.Label) ?? "(none)"} → {a.Value}.")];
    }

    private static string Numbers(DeliveredWork d) => d.ChangeRequestId is null
        ? $"{Number(d.QuantityDelivered)} delivered, {Hours(d.HoursUsed)}"
        : Hours(d.HoursUsed);

    public static string Utc(DateTime utc) => utc.ToString("d MMM yyyy HH:mm", Inv) + " UTC";
}
