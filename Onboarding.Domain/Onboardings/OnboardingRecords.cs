namespace Onboarding.Domain.Onboardings;

/// <summary>
/// A row that belongs to one onboarding. Saving one tells <see cref="OnboardingChanges"/> so that open
/// pages of that onboarding refresh without a reload.
/// </summary>
public interface IOnboardingRecord
{
    Guid OnboardingId { get; }
}

/// <summary>Who last changed a record kept per onboarding, and when.</summary>
public abstract class RecordedByStaff
{
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>The display name of who saved it last.</summary>
    public string UpdatedBy { get; set; } = "";
}
