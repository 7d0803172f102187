using System.Text.Json.Nodes;
using Onboarding.Workflows.Calendar;
using Onboarding.Workflows.Engine;

namespace Onboarding.Workflows.Simulation;

/// <summary>How the simulator plays the people, the client and the clock.</summary>
public enum WorkItemPace
{
    /// <summary>Each work item is completed the moment it opens: only timers move the clock.</summary>
    Immediately,

    /// <summary>Each work item is completed when it is due (<c>onboarding:dueBusinessDays</c>), as a realistic team would.</summary>
    WhenDue,
}

/// <summary>The inputs of one simulated run of a playbook.</summary>
public sealed record SimulationOptions
{
    /// <summary>The virtual instant the onboarding starts at.</summary>
    public required DateTime StartUtc { get; init; }

    /// <summary>The variables the instance starts with (read by conditions as <c>vars</c>).</summary>
    public JsonObject Variables { get; init; } = [];

    public IBusinessCalendar Calendar { get; init; } = BusinessCalendar.Default;

    /// <summary>The condition evaluator; null uses the engine's sandboxed JavaScript evaluator.</summary>
    public IConditionEvaluator? Conditions { get; init; }

    public WorkItemPace Pace { get; init; } = WorkItemPace.WhenDue;

    /// <summary>
    /// Messages that arrive late: the message is delivered this many business days after the wait for it
    /// starts. Messages not listed arrive as soon as they are awaited.
    /// </summary>
    public IReadOnlyDictionary<string, int> MessageDelays { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>Engine steps before the simulator gives up on a workflow that seems to loop forever.</summary>
    public int MaxSteps { get; init; } = 10_000;
}
