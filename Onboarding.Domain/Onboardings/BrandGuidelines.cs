namespace Onboarding.Domain.Onboardings;

/// <summary>The client's brand guidelines were received: when, and where the team finds them.</summary>
public sealed class BrandGuidelines : RecordedByStaff, IOnboardingRecord
{
    public Guid OnboardingId { get; set; }

    public DateOnly ReceivedOn { get; set; }

    /// <summary>Where they are kept (a link or a note such as "PDF in the shared drive, /Brand").</summary>
    public string Location { get; set; } = "";
}
