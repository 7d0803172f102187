namespace Onboarding.Workflows.Engine;

/// <summary>What the runtime must do after a step, in one transaction with the new state.</summary>
public sealed class Effects
{
    public List<WorkItemOpened> OpenedWorkItems { get; } = [];
    public List<WorkItemClosed> ClosedWorkItems { get; } = [];
    public List<ArmedTimer> ArmedTimers { get; } = [];
    public List<string> CancelledTimerKeys { get; } = [];
    public List<MessageAwaited> AwaitedMessages { get; } = [];
    /// <summary>Tokens that no longer wait for a message (delivered, or cancelled by a boundary/terminate).</summary>
    public List<int> EndedMessageWaits { get; } = [];
    /// <summary>Automations to run after the transaction commits; each reports back as a stimulus.</summary>
    public List<AutomationRequest> Automations { get; } = [];
    public List<IncidentRaised> Incidents { get; } = [];
    /// <summary>Tokens whose incident ended (retried, or the instance cancelled).</summary>
    public List<int> ResolvedIncidents { get; } = [];
    public List<JournalLine> Journal { get; } = [];
}

public sealed record WorkItemOpened(
    int TokenId,
    string NodeId,
    string Title,
    string? Stage,
    string? Role,
    DateTime? DueAtUtc,
    IReadOnlyList<string> Checklist,
    string? Form,
    string? Gate);

public enum WorkItemCloseReason { Completed, Cancelled }

public sealed record WorkItemClosed(int TokenId, string NodeId, WorkItemCloseReason Reason, string? By);

public sealed record MessageAwaited(int TokenId, string NodeId, string MessageName);

public sealed record AutomationRequest(int TokenId, string NodeId, string Automation, int Attempt, IReadOnlyDictionary<string, string> Parameters);

public sealed record IncidentRaised(int TokenId, string NodeId, string Message);

public enum JournalKind
{
    Started,
    Entered,
    Left,
    WorkItemOpened,
    WorkItemCompleted,
    WorkItemCancelled,
    MessageAwaited,
    MessageReceived,
    TimerArmed,
    TimerFired,
    AutomationRequested,
    AutomationSucceeded,
    AutomationFailed,
    ConditionTaken,
    ErrorCaught,
    IncidentRaised,
    IncidentRetried,
    VariablesSet,
    Completed,
    Terminated,
    Cancelled,
}

/// <summary>One line of the instance's journal: what happened, where, for a person to read.</summary>
public sealed record JournalLine(DateTime AtUtc, JournalKind Kind, string? NodeId, int? TokenId, string Text, string? By = null);
