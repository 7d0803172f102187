using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Calendar;

/// <summary>The firm's calendar day now and of any instant: due dates, overdue and aging count in the firm's days.</summary>
public sealed class FirmClock(TimeProvider clock, WorkflowOptions options)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);

    public DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public DateOnly Today() => DayOf(UtcNow);

    public DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone));
}
