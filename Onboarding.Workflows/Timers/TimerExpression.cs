using System.Globalization;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Timers;

/// <summary>
/// A parsed BPMN timer: an ISO 8601 duration (<c>PT4H</c>, <c>P2W</c>), date-time
/// (<c>2026-12-01T09:00:00Z</c>) or cycle (<c>R3/PT1H</c>, <c>R/P1D</c>, <c>R2/2026-12-01T09:00:00Z/P1D</c>),
/// plus our business-day extension <c>P3BD</c> (three business days in the firm's calendar), usable
/// in durations and cycles (<c>R3/P2BD</c>: every 2 business days, 3 times).
/// </summary>
public sealed record TimerExpression
{
    private TimerExpression(TimerKind kind, TimerInterval? interval, DateTime? atUtc, int? repetitions)
    {
        Kind = kind;
        Interval = interval;
        AtUtc = atUtc;
        Repetitions = repetitions;
    }

    public TimerKind Kind { get; }

    /// <summary>The duration, or a cycle's period.</summary>
    public TimerInterval? Interval { get; }

    /// <summary>A date timer's instant, or a cycle's first occurrence when it names one.</summary>
    public DateTime? AtUtc { get; }

    /// <summary>How many times a cycle fires; null repeats until the activity ends.</summary>
    public int? Repetitions { get; }

    public static TimerExpression Parse(TimerDefinition definition) =>
        TryParse(definition, out var expression, out var error) ? expression! : throw new FormatException(error);

    public static bool TryParse(TimerDefinition definition, out TimerExpression? expression, out string? error)
    {
        expression = null;
        var text = definition.Expression.Trim();
        if (text.Length == 0)
        {
            error = "The timer has no value. Enter a duration such as P3BD (3 business days) or PT4H (4 hours).";
            return false;
        }
        error = definition.Kind switch
        {
            TimerKind.Duration => TimerInterval.TryParse(text, out var d, out var e) ? Ok(new(TimerKind.Duration, d, null, null), out expression) : e,
            TimerKind.Date => TryParseDate(text, out var at) ? Ok(new(TimerKind.Date, null, at, null), out expression)
                : $"'{text}' is not an ISO 8601 date-time. Write it like 2026-12-01T09:00:00Z.",
            TimerKind.Cycle => TryParseCycle(text, out expression),
            _ => "Unknown timer kind.",
        };
        return error is null;
    }

    /// <summary>When the timer first comes due if armed at <paramref name="armedAtUtc"/>.</summary>
    public DateTime FirstDue(DateTime armedAtUtc, IBusinessCalendar calendar) => Kind switch
    {
        TimerKind.Date => AtUtc!.Value,
        TimerKind.Cycle when AtUtc is { } start => start,
        _ => Interval!.AddTo(armedAtUtc, calendar),
    };

    /// <summary>The next due time of a cycle after it has fired <paramref name="firedSoFar"/> times; null when done.</summary>
    public DateTime? NextDue(DateTime previousDueUtc, int firedSoFar, IBusinessCalendar calendar)
    {
        if (Kind != TimerKind.Cycle) return null;
        if (Repetitions is { } limit && firedSoFar >= limit) return null;
        return Interval!.AddTo(previousDueUtc, calendar);
    }

    /// <summary>Plain language for people: "after 3 business days", "every 2 business days, 3 times".</summary>
    public string Describe() => Kind switch
    {
        TimerKind.Duration => $"after {Interval!.Describe()}",
        TimerKind.Date => $"on {AtUtc!.Value.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture)} UTC",
        _ => $"every {Interval!.Describe(singular: true)}"
             + (AtUtc is { } s ? $" from {s.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture)} UTC" : "")
             + (Repetitions switch { null => ", until the step is done", 1 => ", once", 2 => ", twice", var n => $", {n} times" }),
    };

    private static string? Ok(TimerExpression parsed, out TimerExpression? expression)
    {
        expression = parsed;
        return null;
    }

    private static string? TryParseCycle(string text, out TimerExpression? expression)
    {
        expression = null;
        var parts = text.Split('/');
        if (parts[0].Length == 0 || parts[0][0] is not ('R' or 'r'))
        {
            return $"'{text}' is not an ISO 8601 cycle. Write R3/P2BD (every 2 business days, 3 times) or R/PT1H (every hour). Cron expressions are not supported.";
        }
        int? repetitions = null;
        if (parts[0].Length > 1)
        {
            if (!int.TryParse(parts[0].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                return $"'{parts[0]}' in '{text}' must be R followed by a positive number of repetitions (R3), or R alone to repeat until the step is done.";
            }
            repetitions = n;
        }
        DateTime? start = null;
        string periodText;
        switch (parts.Length)
        {
            case 2:
                periodText = parts[1];
                break;
            case 3:
                if (!TryParseDate(parts[1], out var s)) return $"'{parts[1]}' in '{text}' is not an ISO 8601 start date-time.";
                start = s;
                periodText = parts[2];
                break;
            default:
                return $"'{text}' is not an ISO 8601 cycle. Write R3/P2BD or R2/2026-12-01T09:00:00Z/P1D.";
        }
        if (!TimerInterval.TryParse(periodText, out var period, out var error)) return error;
        expression = new TimerExpression(TimerKind.Cycle, period, start, repetitions);
        return null;
    }

    private static bool TryParseDate(string text, out DateTime utc)
    {
        var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                 && text.Contains('-', StringComparison.Ordinal);
        utc = ok ? at.UtcDateTime : default;
        return ok;
    }
}
