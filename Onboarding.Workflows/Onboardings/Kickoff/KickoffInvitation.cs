using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Onboarding.Workflows.Onboardings.Kickoff;

/// <summary>What an invitation says about a saved kickoff meeting.</summary>
public sealed record KickoffInvitationFacts(
    Guid OnboardingId, string ClientName, string FirmName, KickoffAttendee Organizer, KickoffDraft Meeting, int Sequence, DateTime StampUtc);

/// <summary>A file people download.</summary>
public sealed record DownloadFile(string FileName, string ContentType, string Text);

/// <summary>
/// The kickoff meeting as an iCalendar file (RFC 5545): one VEVENT whose UID stays the same for the onboarding and
/// whose SEQUENCE grows with each change, so that a calendar updates the event it already has instead of adding one.
/// The start carries the meeting's time zone (TZID with its VTIMEZONE), so calendars show it in each reader's own zone.
/// </summary>
public static class KickoffInvitation
{
    public const string ContentType = "text/calendar";

    public static string Uid(Guid onboardingId) => $"kickoff-{onboardingId:N}@onboarding";

    /// <summary><c>kickoff-&lt;client&gt;.ics</c> with the client's name reduced to letters, digits and dashes.</summary>
    public static string FileName(string clientName)
    {
        var slug = new StringBuilder();
        foreach (var c in clientName.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var name = slug.ToString().Trim('-');
        return $"kickoff-{(name.Length == 0 ? "client" : name)}.ics";
    }

    public static DownloadFile Build(KickoffInvitationFacts facts)
    {
        var meeting = facts.Meeting;
        var start = meeting.Date!.Value.ToDateTime(meeting.Time!.Value);
        var calendar = new Ical.Net.Calendar { Method = "PUBLISH" };
        // The zone's rules around the meeting (standard and daylight time), so calendars without the IANA database place it right.
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(meeting.TimeZoneId, start.AddYears(-1), includeHistoricalData: false));
        var kickoff = new CalendarEvent
        {
            Uid = Uid(facts.OnboardingId),
            Sequence = facts.Sequence,
            DtStamp = new CalDateTime(DateTime.SpecifyKind(facts.StampUtc, DateTimeKind.Utc)),
            Start = new CalDateTime(start, meeting.TimeZoneId),
            End = new CalDateTime(start.AddMinutes(meeting.DurationMinutes), meeting.TimeZoneId),
            Summary = $"Kickoff: {facts.ClientName} and {facts.FirmName}",
            Location = meeting.Location,
            Description = meeting.Agenda,
            Organizer = new Organizer($"mailto:{facts.Organizer.Email}") { CommonName = facts.Organizer.Name },
        };
        foreach (var attendee in meeting.Attendees)
        {
            kickoff.Attendees.Add(new Attendee($"mailto:{attendee.Email}")
            {
                CommonName = attendee.Name,
                Role = "REQ-PARTICIPANT",
                ParticipationStatus = "NEEDS-ACTION",
            });
        }
        calendar.Events.Add(kickoff);
        return new DownloadFile(FileName(facts.ClientName), ContentType, new CalendarSerializer().SerializeToString(calendar)!);
    }
}
