using Onboarding.Workflows.Engine;

namespace Onboarding.Workflows.Calendar;

/// <summary>
/// The firm's working days in its time zone: weekends and holidays are skipped when counting
/// business days; the local time of day is kept (a task opened at 15:00 on Friday and due in one
/// business day is due at 15:00 on Monday).
/// </summary>
public sealed class BusinessCalendar : IBusinessCalendar
{
    private readonly HashSet<DayOfWeek> weekend;
    private readonly HashSet<DateOnly> holidays;

    public BusinessCalendar(TimeZoneInfo zone, IEnumerable<DayOfWeek> weekend, IEnumerable<DateOnly> holidays)
    {
        Zone = zone;
        this.weekend = [.. weekend];
        this.holidays = [.. holidays];
        if (this.weekend.Count >= 7) throw new ArgumentException("A week needs at least one working day.", nameof(weekend));
    }

    /// <summary>Monday to Friday in UTC, no holidays.</summary>
    public static BusinessCalendar Default { get; } = new(TimeZoneInfo.Utc, [DayOfWeek.Saturday, DayOfWeek.Sunday], []);

    public TimeZoneInfo Zone { get; }

    public IReadOnlyCollection<DateOnly> Holidays => holidays;

    public IReadOnlyCollection<DayOfWeek> Weekend => weekend;

    public bool IsBusinessDay(DateOnly localDate) => !weekend.Contains(localDate.DayOfWeek) && !holidays.Contains(localDate);

    public DateTime AddBusinessDays(DateTime fromUtc, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days == 0) return fromUtc;
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(fromUtc, DateTimeKind.Utc), Zone);
        var date = DateOnly.FromDateTime(local);
        for (var counted = 0; counted < days;)
        {
            date = date.AddDays(1);
            if (IsBusinessDay(date)) counted++;
        }
        return ToUtc(date.ToDateTime(TimeOnly.FromDateTime(local)));
    }

    private DateTime ToUtc(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // A local time skipped by a daylight-saving change does not exist: take the first valid time after it.
        while (Zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddMinutes(30);
        return TimeZoneInfo.ConvertTimeToUtc(unspecified, Zone);
    }
}
