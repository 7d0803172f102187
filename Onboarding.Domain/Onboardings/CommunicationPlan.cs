namespace Onboarding.Domain.Onboardings;

/// <summary>How the firm and the client talk: the agreed channel, how often reports come, how fast questions are answered, and the urgent path.</summary>
public sealed class CommunicationPlan : RecordedByStaff, IOnboardingRecord
{
    public Guid OnboardingId { get; set; }

    public CommunicationChannel Channel { get; set; }

    public ReportCadence ReportCadence { get; set; }

    /// <summary>Business hours within which a normal question is answered.</summary>
    public int ResponseTimeHours { get; set; }

    /// <summary>How to reach the firm when something is urgent (who, and by which means).</summary>
    public string UrgentPath { get; set; } = "";

    /// <summary>Tools the client uses with the firm and how (optional).</summary>
    public string? Notes { get; set; }
}

/// <summary>Stored as text; never rename a member.</summary>
public enum CommunicationChannel { Email, Chat, WeeklyCall, VideoCall, Phone }

/// <summary>Stored as text; never rename a member.</summary>
public enum ReportCadence { Weekly, BiWeekly, Monthly }

public static class CommunicationNames
{
    public static string DisplayName(this CommunicationChannel channel) => channel switch
    {
        CommunicationChannel.Email => "E-mail",
        CommunicationChannel.Chat => "Chat",
        CommunicationChannel.WeeklyCall => "Weekly call",
        CommunicationChannel.VideoCall => "Video call",
        CommunicationChannel.Phone => "Phone",
    };

    public static string DisplayName(this ReportCadence cadence) => cadence switch
    {
        ReportCadence.Weekly => "Weekly",
        ReportCadence.BiWeekly => "Every two weeks",
        ReportCadence.Monthly => "Monthly",
    };
}
