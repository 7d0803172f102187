using Onboarding.Workflows.Engine;

namespace Onboarding.Workflows.Onboardings.Board;

/// <summary>How an onboarding is doing, from its open work items' due dates and its time in the current stage.</summary>
public enum Health { OnTrack, AtRisk, Late }

/// <summary>
/// The board's health rules, pure: <b>late</b> when any open work item is past its due date; <b>at risk</b> when an open
/// work item falls due within one business day (the firm's calendar, so a Friday item due on Monday is at risk) or the
/// onboarding has spent more than <see cref="StaleAfterDays"/> days in its current stage; else <b>on track</b>.
/// </summary>
public static class BoardHealth
{
    /// <summary>Two working weeks: the playbook's longest waits (the questionnaire's reminders) end within ten business days.</summary>
    public const int StaleAfterDays = 14;

    public static Health Of(IEnumerable<DateTime?> openDueDatesUtc, int daysInStage, DateTime nowUtc, IBusinessCalendar calendar) =>
        Of(openDueDatesUtc, daysInStage, nowUtc, calendar.AddBusinessDays(nowUtc, 1));

    /// <param name="soon">One business day from now (<see cref="IBusinessCalendar.AddBusinessDays"/>), worked out once for a whole board.</param>
    public static Health Of(IEnumerable<DateTime?> openDueDatesUtc, int daysInStage, DateTime nowUtc, DateTime soon)
    {
        var atRisk = daysInStage > StaleAfterDays;
        foreach (var due in openDueDatesUtc)
        {
            if (due is not { } at) continue;
            if (at < nowUtc) return Health.Late;
            if (at <= soon) atRisk = true;
        }
        return atRisk ? Health.AtRisk : Health.OnTrack;
    }

    /// <summary>Whole days since the stage began; never negative (a clock a little behind the database's).</summary>
    public static int DaysInStage(DateTime enteredAtUtc, DateTime nowUtc) => Math.Max(0, (int)(nowUtc - enteredAtUtc).TotalDays);

    public static string Text(Health health) => health switch
    {
        Health.OnTrack => "On track",
        Health.AtRisk => "At risk",
        Health.Late => "Late",
        _ => throw new ArgumentOutOfRangeException(nameof(health), health, null),
    };
}
