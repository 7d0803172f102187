using Onboarding.Workflows.Calendar;
using Onboarding.Workflows.Model;
using Onboarding.Workflows.Timers;

namespace Onboarding.Tests.Workflows.Timers;

public sealed class TimerExpressionTests
{
    private static readonly DateTime Monday = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
    private static readonly BusinessCalendar Calendar = BusinessCalendar.Default;

    [Theory]
    [InlineData("PT4H", 0, 4, "after 4 hours")]
    [InlineData("P2D", 2, 0, "after 2 days")]
    [InlineData("P1DT2H30M", 1, 2, "after 1 day 2 hours 30 minutes")]
    [InlineData("P1W", 7, 0, "after 7 days")]
    public void Durations_come_due_after_their_length(string text, int days, int hours, string description)
    {
        var timer = TimerExpression.Parse(new TimerDefinition(TimerKind.Duration, text));
        timer.FirstDue(Monday, Calendar).ShouldBe(Monday.AddDays(days).AddHours(hours), tolerance: TimeSpan.FromMinutes(30));
        timer.NextDue(Monday, 1, Calendar).ShouldBeNull();
        timer.Describe().ShouldBe(description);
    }

    [Fact]
    public void Business_days_go_through_the_calendar()
    {
        var timer = TimerExpression.Parse(new TimerDefinition(TimerKind.Duration, "P10BD"));
        timer.FirstDue(Monday, Calendar).ShouldBe(new DateTime(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc));
        timer.Describe().ShouldBe("after 10 business days");
    }

    [Fact]
    public void A_business_day_cycle_is_a_reminder_ladder()
    {
        var timer = TimerExpression.Parse(new TimerDefinition(TimerKind.Cycle, "R3/P2BD"));
        var first = timer.FirstDue(Monday, Calendar);
        first.ShouldBe(Monday.AddDays(2));
        var second = timer.NextDue(first, 1, Calendar);
        second.ShouldBe(Monday.AddDays(4));
        var third = timer.NextDue(second!.Value, 2, Calendar);
        third.ShouldBe(Monday.AddDays(8)); // Friday + 2 business days = Tuesday
        timer.NextDue(third!.Value, 3, Calendar).ShouldBeNull();
        timer.Describe().ShouldBe("every 2 business days, 3 times");
    }

    [Fact]
    public void Cycles_with_a_start_and_without_an_end()
    {
        var timer = TimerExpression.Parse(new TimerDefinition(TimerKind.Cycle, "R/2026-12-01T09:00:00Z/P1D"));
        timer.FirstDue(Monday, Calendar).ShouldBe(new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc));
        timer.NextDue(Monday, 500, Calendar).ShouldNotBeNull();
        timer.Describe().ShouldBe("every day from 1 Dec 2026 09:00 UTC, until the step is done");
    }

    [Fact]
    public void Dates_are_absolute_and_default_to_utc()
    {
        var timer = TimerExpression.Parse(new TimerDefinition(TimerKind.Date, "2026-12-01T09:00:00"));
        timer.FirstDue(Monday, Calendar).ShouldBe(new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc));
        TimerExpression.Parse(new TimerDefinition(TimerKind.Date, "2026-12-01T10:00:00+01:00")).FirstDue(Monday, Calendar)
            .ShouldBe(new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData(TimerKind.Duration, "", "no value")]
    [InlineData(TimerKind.Duration, "4 hours", "not an ISO 8601 duration")]
    [InlineData(TimerKind.Duration, "P0D", "empty or negative")]
    [InlineData(TimerKind.Duration, "P0BD", "business days")]
    [InlineData(TimerKind.Date, "next monday", "not an ISO 8601 date-time")]
    [InlineData(TimerKind.Cycle, "0 0 9 * * ?", "Cron expressions are not supported")]
    [InlineData(TimerKind.Cycle, "R0/PT1H", "positive number of repetitions")]
    [InlineData(TimerKind.Cycle, "R3/tomorrow/P1D", "start date-time")]
    public void Bad_timers_are_explained(TimerKind kind, string text, string explanation)
    {
        TimerExpression.TryParse(new TimerDefinition(kind, text), out var timer, out var error).ShouldBeFalse();
        timer.ShouldBeNull();
        error.ShouldNotBeNull().ShouldContain(explanation);
    }
}
