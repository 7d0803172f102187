using System.Globalization;

namespace Onboarding.Workflows.Onboardings.Kickoff;

/// <summary>Turns a wall-clock time in a zone into an instant, refusing the times a daylight-saving change makes missing or double.</summary>
public static class KickoffTimes
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Why <paramref name="local"/> cannot be a meeting start in <paramref name="zone"/>, or null when it is one clear instant.</summary>
    public static string? Problem(DateTime local, TimeZoneInfo zone)
    {
        var when = local.ToString("HH:mm 'on' d MMM yyyy", Inv);
        if (zone.IsInvalidTime(local))
            return $"{when} does not exist in {zone.Id}: the clocks jump forward that night. Choose a time after the change.";
        if (zone.IsAmbiguousTime(local))
            return $"{when} happens twice in {zone.Id}: the clocks go back that night. Choose a time outside the repeated hour so every calendar shows the same moment.";
        return null;
    }

    /// <summary>The instant a valid wall-clock time in <paramref name="zone"/> stands for.</summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone) =>
        new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone.GetUtcOffset(local));

    /// <summary>The same instant as a wall-clock time in another zone, for people reading it elsewhere.</summary>
    public static DateTime InZone(DateTime local, TimeZoneInfo from, TimeZoneInfo to) =>
        TimeZoneInfo.ConvertTime(ToInstant(local, from), to).DateTime;

    public static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
