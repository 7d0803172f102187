namespace Onboarding.Domain.Onboardings;

/// <summary>
/// The client kickoff meeting: when, in the client's time zone, where, who attends and the agenda.
/// <see cref="Sequence"/> grows on every change so that calendars update the invitation they already have.
/// </summary>
public sealed class KickoffMeeting : RecordedByStaff, IOnboardingRecord
{
    public Guid OnboardingId { get; set; }

    /// <summary>The start as a wall-clock time in <see cref="TimeZoneId"/> (kind Unspecified).</summary>
    public DateTime StartsAtLocal { get; set; }

    /// <summary>An IANA time zone id, normally the client's.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    public int DurationMinutes { get; set; } = 60;

    /// <summary>A video link or an address.</summary>
    public string Location { get; set; } = "";

    /// <summary>Attendees as a JSON array of <c>{ "name": "...", "email": "...", "side": "Firm" | "Client" }</c>.</summary>
    public string AttendeesJson { get; set; } = "[]";

    /// <summary>The agenda, one item per line.</summary>
    public string Agenda { get; set; } = "";

    public int Sequence { get; set; }
}
