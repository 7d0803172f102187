using Onboarding.Workflows.Calendar;
using Onboarding.Workflows.Onboardings.Board;

namespace Onboarding.Tests.Board;

public sealed class BoardHealthTests
{
    // A Friday afternoon: one business day later is Monday afternoon.
    private static readonly DateTime Friday = new(2026, 11, 27, 15, 0, 0, DateTimeKind.Utc);
    private static readonly BusinessCalendar Calendar = BusinessCalendar.Default;

    [Fact]
    public void Of_AnOpenItemPastDue_IsLate()
    {
        BoardHealth.Of([Friday.AddDays(3), Friday.AddMinutes(-1)], 0, Friday, Calendar).ShouldBe(Health.Late);
    }

    [Fact]
    public void Of_DueOnMondayMorning_IsAtRiskOverTheWeekend()
    {
        BoardHealth.Of([new DateTime(2026, 11, 30, 10, 0, 0, DateTimeKind.Utc)], 0, Friday, Calendar).ShouldBe(Health.AtRisk);
    }

    [Fact]
    public void Of_DueAfterTheNextBusinessDay_IsOnTrack()
    {
        BoardHealth.Of([new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc), null], 0, Friday, Calendar).ShouldBe(Health.OnTrack);
    }

    [Fact]
    public void Of_LongerThanTwoWeeksInTheStage_IsAtRiskEvenWithNothingDue()
    {
        BoardHealth.Of([], BoardHealth.StaleAfterDays, Friday, Calendar).ShouldBe(Health.OnTrack);
        BoardHealth.Of([], BoardHealth.StaleAfterDays + 1, Friday, Calendar).ShouldBe(Health.AtRisk);
    }

    [Fact]
    public void DaysInStage_CountsWholeDays_AndNeverGoesNegative()
    {
        BoardHealth.DaysInStage(Friday.AddDays(-2).AddHours(-23), Friday).ShouldBe(2);
        BoardHealth.DaysInStage(Friday.AddMinutes(5), Friday).ShouldBe(0);
    }
}
