using Onboarding.Workflows.Model;
using Onboarding.Workflows.Timers;

namespace Onboarding.Workflows.Engine;

/// <summary>The engine's one door to timer arithmetic: forwards to <see cref="TimerExpression"/>.</summary>
internal static class EngineTimers
{
    /// <summary>When a timer armed at <paramref name="armedAtUtc"/> first comes due. Throws <see cref="FormatException"/> for an unreadable timer.</summary>
    public static DateTime? FirstDue(TimerDefinition timer, DateTime armedAtUtc, IBusinessCalendar calendar) =>
        TimerExpression.Parse(timer).FirstDue(armedAtUtc, calendar);

    /// <summary>The next due time of a cycle after it fired <paramref name="firedSoFar"/> times; null when exhausted (or not a cycle).</summary>
    public static DateTime? NextDue(TimerDefinition timer, DateTime previousDueUtc, int firedSoFar, IBusinessCalendar calendar) =>
        TimerExpression.Parse(timer).NextDue(previousDueUtc, firedSoFar, calendar);
}
