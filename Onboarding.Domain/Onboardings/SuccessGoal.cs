namespace Onboarding.Domain.Onboardings;

/// <summary>
/// Success defined as a measurable goal: a metric, where it stands today, the target and the date it is
/// due by ("organic sessions a month: 4,200 to 6,000 by 31 Mar"), never a wish like "more traffic".
/// </summary>
public sealed class SuccessGoal : RecordedByStaff, IOnboardingRecord
{
    public int Id { get; set; }

    public Guid OnboardingId { get; set; }

    public string Metric { get; set; } = "";

    public string Baseline { get; set; } = "";

    public string Target { get; set; } = "";

    public DateOnly TargetDate { get; set; }

    /// <summary>Order on the page.</summary>
    public int Position { get; set; }
}
