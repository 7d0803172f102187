using Onboarding.Domain.Onboardings;

namespace Onboarding.Workflows.Onboardings.Kickoff;

/// <summary>The kickoff meeting as the form edits it: a wall-clock date and time in <see cref="TimeZoneId"/>.</summary>
public sealed class KickoffDraft
{
    public DateOnly? Date { get; set; }

    public TimeOnly? Time { get; set; }

    /// <summary>An IANA time zone id; the client's unless someone changed it.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    public int DurationMinutes { get; set; } = 60;

    /// <summary>A video link or an address.</summary>
    public string Location { get; set; } = "";

    public List<KickoffAttendee> Attendees { get; set; } = [];

    /// <summary>One agenda item per line.</summary>
    public string Agenda { get; set; } = "";

    /// <summary>The invitation version this draft was loaded from; null for a meeting not saved yet. A save based on an older one is refused.</summary>
    public int? BasedOnSequence { get; set; }

    public static KickoffDraft From(KickoffMeeting meeting) => new()
    {
        Date = DateOnly.FromDateTime(meeting.StartsAtLocal),
        Time = TimeOnly.FromDateTime(meeting.StartsAtLocal),
        TimeZoneId = meeting.TimeZoneId,
        DurationMinutes = meeting.DurationMinutes,
        Location = meeting.Location,
        Attendees = [.. KickoffAttendees.Read(meeting.AttendeesJson)],
        Agenda = meeting.Agenda,
        BasedOnSequence = meeting.Sequence,
    };
}
