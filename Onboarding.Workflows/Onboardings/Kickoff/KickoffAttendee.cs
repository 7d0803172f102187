using System.Text.Json;
using System.Text.Json.Serialization;

namespace Onboarding.Workflows.Onboardings.Kickoff;

/// <summary>Which side of the engagement an attendee is on. Stored as text in the meeting's attendees; never rename a member.</summary>
public enum AttendeeSide
{
    Firm,
    Client,
}

/// <summary>Someone invited to the kickoff meeting.</summary>
public sealed record KickoffAttendee(string Name, string Email, AttendeeSide Side);

/// <summary>Reads and writes <see cref="Domain.Onboardings.KickoffMeeting.AttendeesJson"/>.</summary>
public static class KickoffAttendees
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static IReadOnlyList<KickoffAttendee> Read(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<KickoffAttendee>>(json, Json) ?? [];

    public static string Write(IEnumerable<KickoffAttendee> attendees) => JsonSerializer.Serialize(attendees, Json);
}
