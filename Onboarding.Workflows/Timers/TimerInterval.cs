using System.Globalization;
using System.Text;
using System.Xml;
using Onboarding.Workflows.Engine;

namespace Onboarding.Workflows.Timers;

/// <summary>A length of time: an ISO 8601 duration, or a number of business days (<c>P3BD</c>).</summary>
public sealed record TimerInterval
{
    private TimerInterval(TimeSpan? span, int? businessDays)
    {
        Span = span;
        BusinessDays = businessDays;
    }

    public TimeSpan? Span { get; }

    public int? BusinessDays { get; }

    public static TimerInterval OfBusinessDays(int days) => new(null, days);

    public static bool TryParse(string text, out TimerInterval? interval, out string? error)
    {
        interval = null;
        error = null;
        var t = text.Trim().ToUpperInvariant();
        if (t.StartsWith('P') && t.EndsWith("BD", StringComparison.Ordinal))
        {
            if (int.TryParse(t.AsSpan(1, t.Length - 3), NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is > 0 and <= 250)
            {
                interval = new(null, days);
                return true;
            }
            error = $"'{text}' is not a number of business days. Write P followed by 1 to 250 and BD, such as P3BD.";
            return false;
        }
        if (t.StartsWith('P') && t.EndsWith('W') && int.TryParse(t.AsSpan(1, t.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var weeks) && weeks > 0)
        {
            interval = new(TimeSpan.FromDays(7 * weeks), null);
            return true;
        }
        try
        {
            var span = XmlConvert.ToTimeSpan(t);
            if (span > TimeSpan.Zero)
            {
                interval = new(span, null);
                return true;
            }
            error = $"'{text}' is an empty or negative duration. Write a positive duration such as PT4H or P2D.";
        }
        catch (FormatException)
        {
            error = $"'{text}' is not an ISO 8601 duration. Write PT4H (4 hours), P2D (2 days), P1W (a week) or P3BD (3 business days).";
        }
        return false;
    }

    public DateTime AddTo(DateTime utc, IBusinessCalendar calendar) =>
        BusinessDays is { } days ? calendar.AddBusinessDays(utc, days) : utc + Span!.Value;

    /// <summary>"3 business days", "4 hours 30 minutes"; with <paramref name="singular"/> "business day" for one ("every business day").</summary>
    public string Describe(bool singular = false)
    {
        if (BusinessDays is { } days) return days == 1 ? (singular ? "business day" : "1 business day") : $"{days} business days";
        var span = Span!.Value;
        var parts = new List<string>();
        Add(parts, span.Days, "day");
        Add(parts, span.Hours, "hour");
        Add(parts, span.Minutes, "minute");
        Add(parts, span.Seconds + (span.Milliseconds > 0 ? 1 : 0), "second");
        if (singular && parts.Count == 1 && parts[0].StartsWith("1 ", StringComparison.Ordinal)) return parts[0][2..];
        var text = new StringBuilder();
        foreach (var part in parts) text.Append(text.Length > 0 ? " " : "").Append(part);
        return text.ToString();
    }

    private static void Add(List<string> parts, int value, string unit)
    {
        if (value > 0) parts.Add(value == 1 ? $"1 {unit}" : $"{value} {unit}s");
    }
}
