using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Engine;

/// <summary>
/// The engine's one door to timer arithmetic. Provisional: a minimal reading of ISO 8601 durations,
/// dates, cycles and business days (<c>P3BD</c>) until <c>Timers.TimerExpression</c> lands on main;
/// then this class only forwards to it.
/// </summary>
internal static partial class EngineTimers
{
    /// <summary>When a timer armed at <paramref name="armedAtUtc"/> first comes due; null when it never does.</summary>
    public static DateTime? FirstDue(TimerDefinition timer, DateTime armedAtUtc, IBusinessCalendar calendar)
    {
        switch (timer.Kind)
        {
            case TimerKind.Duration:
                return Add(armedAtUtc, timer.Expression.Trim(), calendar);
            case TimerKind.Date:
                return ParseDate(timer.Expression.Trim());
            case TimerKind.Cycle:
                var cycle = ParseCycle(timer.Expression);
                if (cycle.Repetitions == 0)
                {
                    return null;
                }

                return cycle.Start is { } start ? start : Add(armedAtUtc, cycle.Period, calendar);
            default:
                throw new FormatException($"Unknown timer kind {timer.Kind}.");
        }
    }

    /// <summary>The next due time of a cycle after it fired <paramref name="firedSoFar"/> times; null when exhausted (or not a cycle).</summary>
    public static DateTime? NextDue(TimerDefinition timer, DateTime previousDueUtc, int firedSoFar, IBusinessCalendar calendar)
    {
        if (timer.Kind != TimerKind.Cycle)
        {
            return null;
        }

        var cycle = ParseCycle(timer.Expression);
        if (cycle.Repetitions is { } repetitions && firedSoFar >= repetitions)
        {
            return null;
        }

        return Add(previousDueUtc, cycle.Period, calendar);
    }

    private static DateTime Add(DateTime fromUtc, string duration, IBusinessCalendar calendar)
    {
        var businessDays = BusinessDays().Match(duration);
        if (businessDays.Success)
        {
            return calendar.AddBusinessDays(fromUtc, int.Parse(businessDays.Groups[1].Value, CultureInfo.InvariantCulture));
        }

        return fromUtc + XmlConvert.ToTimeSpan(duration);
    }

    private static DateTime ParseDate(string text) =>
        DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    private static (int? Repetitions, DateTime? Start, string Period) ParseCycle(string expression)
    {
        var parts = expression.Trim().Split('/');
        if (parts.Length is < 2 or > 3 || !parts[0].StartsWith('R'))
        {
            throw new FormatException($"'{expression}' is not an ISO 8601 cycle such as R3/P2BD.");
        }

        int? repetitions = parts[0].Length == 1 ? null : int.Parse(parts[0][1..], CultureInfo.InvariantCulture);
        return parts.Length == 3 ? (repetitions, ParseDate(parts[1]), parts[2]) : (repetitions, null, parts[1]);
    }

    [GeneratedRegex(@"^P(\d+)BD$")]
    private static partial Regex BusinessDays();
}
