using System.Globalization;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Web.ClientPortal;

/// <summary>Times on the client's page, in the firm's time zone (the one its deadlines are counted in).</summary>
public static class ClientTime
{
    public static string Format(DateTime utc, WorkflowOptions options)
    {
        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            zone = TimeZoneInfo.Utc;
        }
        return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("HH:mm", CultureInfo.InvariantCulture);
    }
}
