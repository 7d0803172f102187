using System.Text.Json.Nodes;

namespace Onboarding.Workflows.Engine;

/// <summary>Everything outside the state that a step may read. The core reads time only from here.</summary>
public sealed record StepEnvironment(DateTime NowUtc, IBusinessCalendar Calendar, IConditionEvaluator Conditions)
{
    /// <summary>Automation attempts before an incident is raised (the first attempt included).</summary>
    public int MaxAutomationAttempts { get; init; } = 3;

    /// <summary>Back-off before retry n (1-based): <c>AutomationBackoff * 2^(n-1)</c>.</summary>
    public TimeSpan AutomationBackoff { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Element transitions allowed in one step before the engine assumes a loop without a wait state
    /// (e.g. a cycle of exclusive gateways and no-op tasks) and raises an incident naming the element.
    /// </summary>
    public int MaxTransitionsPerStep { get; init; } = 100_000;
}

/// <summary>The firm's working days: weekends and holidays do not count as business days.</summary>
public interface IBusinessCalendar
{
    /// <summary>The instant <paramref name="days"/> business days after <paramref name="fromUtc"/>, at the same local time of day.</summary>
    DateTime AddBusinessDays(DateTime fromUtc, int days);

    bool IsBusinessDay(DateOnly localDate);
}

/// <summary>Evaluates a sequence flow's condition over the instance's variables (<c>vars</c>).</summary>
public interface IConditionEvaluator
{
    /// <summary>True when the condition holds. Throws <see cref="ConditionException"/> with a message for a person.</summary>
    bool Evaluate(string flowId, string expression, JsonObject variables);
}

public sealed class ConditionException(string message, Exception? inner = null) : Exception(message, inner);
