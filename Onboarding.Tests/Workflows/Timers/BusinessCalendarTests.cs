using Onboarding.Workflows.Calendar;

namespace Onboarding.Tests.Workflows.Timers;

public sealed class BusinessCalendarTests
{
    // 2026-11-27 is a Friday.
    private static readonly DateTime FridayAfternoon = new(2026, 11, 27, 15, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Skips_the_weekend_and_keeps_the_time_of_day()
    {
        BusinessCalendar.Default.AddBusinessDays(FridayAfternoon, 1).ShouldBe(new DateTime(2026, 11, 30, 15, 0, 0, DateTimeKind.Utc));
        BusinessCalendar.Default.AddBusinessDays(FridayAfternoon, 10).ShouldBe(new DateTime(2026, 12, 11, 15, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Skips_firm_holidays()
    {
        var calendar = new BusinessCalendar(TimeZoneInfo.Utc, [DayOfWeek.Saturday, DayOfWeek.Sunday], [new DateOnly(2026, 11, 30)]);
        calendar.AddBusinessDays(FridayAfternoon, 1).ShouldBe(new DateTime(2026, 12, 1, 15, 0, 0, DateTimeKind.Utc));
        calendar.IsBusinessDay(new DateOnly(2026, 11, 30)).ShouldBeFalse();
    }

    [Fact]
    public void Starting_on_a_weekend_counts_from_the_next_business_day()
    {
        var saturday = new DateTime(2026, 11, 28, 10, 0, 0, DateTimeKind.Utc);
        BusinessCalendar.Default.AddBusinessDays(saturday, 1).ShouldBe(new DateTime(2026, 11, 30, 10, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Counts_days_in_the_firms_time_zone()
    {
        // 23:30 UTC on Friday is already Saturday 08:30 in Tokyo: one business day later is Monday 08:30 there, Sunday 23:30 UTC.
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var calendar = new BusinessCalendar(tokyo, [DayOfWeek.Saturday, DayOfWeek.Sunday], []);
        var fridayLateUtc = new DateTime(2026, 11, 27, 23, 30, 0, DateTimeKind.Utc);
        calendar.AddBusinessDays(fridayLateUtc, 1).ShouldBe(new DateTime(2026, 11, 29, 23, 30, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Zero_days_is_now_and_negative_is_refused()
    {
        BusinessCalendar.Default.AddBusinessDays(FridayAfternoon, 0).ShouldBe(FridayAfternoon);
        Should.Throw<ArgumentOutOfRangeException>(() => BusinessCalendar.Default.AddBusinessDays(FridayAfternoon, -1));
    }
}
