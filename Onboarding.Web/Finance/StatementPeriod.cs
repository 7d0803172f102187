using System.Globalization;

namespace Onboarding.Web.Finance;

/// <summary>A statement's period from the URL: by default from the first day of the month three months back to today.</summary>
public static class StatementPeriod
{
    public static (DateOnly From, DateOnly To) Of(string? from, string? to, DateOnly today)
    {
        var end = Day(to) ?? today;
        var start = Day(from) ?? new DateOnly(end.Year, end.Month, 1).AddMonths(-3);
        return (start, end);
    }

    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
