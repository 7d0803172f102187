namespace Onboarding.Domain.Onboardings;

/// <summary>A comment on a work item of an onboarding.</summary>
public sealed class WorkItemComment : IOnboardingRecord
{
    public long Id { get; set; }

    public Guid OnboardingId { get; set; }

    public Guid WorkItemId { get; set; }

    public string AuthorId { get; set; } = "";

    public string AuthorName { get; set; } = "";

    public string Text { get; set; } = "";

    public DateTime AtUtc { get; set; }
}
