using System.Text.Json.Nodes;

namespace Onboarding.Workflows.Engine;

public enum InstanceStatus { Running, Completed, Terminated, Cancelled }

/// <summary>What a token is waiting for. <see cref="None"/> only exists while a step runs.</summary>
public enum TokenWait { None, WorkItem, Message, Timer, Automation, AutomationRetry, Incident, Join, SubProcess }

/// <summary>
/// The whole durable state of one workflow instance. The engine core never mutates the state it
/// is given: <see cref="WorkflowEngine.Step"/> works on a <see cref="Clone"/> and returns it.
/// Serialised as JSON by the runtime (System.Text.Json, public get/set properties).
/// </summary>
public sealed class InstanceState
{
    public InstanceStatus Status { get; set; } = InstanceStatus.Running;

    public List<Token> Tokens { get; set; } = [];

    public List<ArmedTimer> Timers { get; set; } = [];

    /// <summary>The instance's variables, read by conditions as <c>vars</c>.</summary>
    public JsonObject Variables { get; set; } = [];

    public int NextTokenId { get; set; } = 1;

    public int NextTimerId { get; set; } = 1;

    public DateTime StartedAtUtc { get; set; }

    public DateTime? EndedAtUtc { get; set; }

    /// <summary>Why it ended when terminated or cancelled (a terminate end event's id, the reason given).</summary>
    public string? EndReason { get; set; }

    public InstanceState Clone() => new()
    {
        Status = Status,
        Tokens = Tokens.Select(t => t with { }).ToList(),
        Timers = Timers.Select(t => t with { }).ToList(),
        Variables = (JsonObject)Variables.DeepClone(),
        NextTokenId = NextTokenId,
        NextTimerId = NextTimerId,
        StartedAtUtc = StartedAtUtc,
        EndedAtUtc = EndedAtUtc,
        EndReason = EndReason,
    };
}

/// <summary>A token resting on a node.</summary>
public sealed record Token
{
    public int Id { get; set; }
    public string NodeId { get; set; } = "";

    /// <summary>The token of the subprocess this token runs inside; null at the process level.</summary>
    public int? ScopeTokenId { get; set; }

    public TokenWait Wait { get; set; }

    /// <summary>For <see cref="TokenWait.Join"/>: the inbound flow it arrived on.</summary>
    public string? ArrivedViaFlowId { get; set; }

    /// <summary>Automation attempts made so far on this token.</summary>
    public int Attempt { get; set; }

    /// <summary>For <see cref="TokenWait.Incident"/>: what went wrong, for a person.</summary>
    public string? IncidentMessage { get; set; }

    /// <summary>For <see cref="TokenWait.Incident"/>: what <see cref="RetryIncident"/> does (added by the engine core).</summary>
    public IncidentRetry IncidentRetry { get; set; }

    public DateTime EnteredAtUtc { get; set; }
}

public enum TimerPurpose
{
    /// <summary>An intermediate timer catch event the token waits on.</summary>
    CatchEvent,
    /// <summary>A boundary timer on the activity the token is in.</summary>
    Boundary,
    /// <summary>The back-off before the next attempt of a failed automation.</summary>
    AutomationRetry,
}

/// <summary>A timer armed by the instance. <see cref="Key"/> is unique within the instance.</summary>
public sealed record ArmedTimer
{
    public string Key { get; set; } = "";
    public int TokenId { get; set; }

    /// <summary>The timer event (catch or boundary), or the service task for a retry.</summary>
    public string NodeId { get; set; } = "";

    public TimerPurpose Purpose { get; set; }
    public DateTime DueAtUtc { get; set; }

    /// <summary>How many times a cycle timer has fired.</summary>
    public int Fired { get; set; }
}
