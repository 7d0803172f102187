namespace Onboarding.Workflows.Model;

public enum NodeKind
{
    StartEvent,
    EndEvent,
    /// <summary>A user task: becomes a work item for a role.</summary>
    UserTask,
    /// <summary>A service task: runs an automation from the registry by its stable name.</summary>
    ServiceTask,
    /// <summary>An untyped or manual task: passes the token straight on (a no-op step).</summary>
    Task,
    ExclusiveGateway,
    ParallelGateway,
    /// <summary>Intermediate message catch event: waits for <c>DeliverMessage(name, correlationKey)</c>.</summary>
    MessageCatch,
    /// <summary>Intermediate timer catch event.</summary>
    TimerCatch,
    BoundaryEvent,
    SubProcess,
}

public enum BoundaryKind { Timer, Error }

/// <summary>A supported BPMN node with our <c>onboarding:</c> attributes already read.</summary>
public sealed record FlowNode
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public required NodeKind Kind { get; init; }

    /// <summary>The id of the enclosing subprocess, or null at the process level.</summary>
    public string? ParentId { get; init; }

    /// <summary>Incoming and outgoing sequence flow ids, in document order of the flows.</summary>
    public IReadOnlyList<string> Incoming { get; init; } = [];
    public IReadOnlyList<string> Outgoing { get; init; } = [];

    /// <summary>The <c>default</c> attribute of a gateway or activity.</summary>
    public string? DefaultFlowId { get; init; }

    /// <summary>Boundary events attached to this activity, in document order.</summary>
    public IReadOnlyList<string> BoundaryEventIds { get; init; } = [];

    // --- onboarding: attributes -------------------------------------------------------------

    /// <summary><c>onboarding:stage</c>: the playbook stage this element belongs to.</summary>
    public string? Stage { get; init; }

    /// <summary><c>onboarding:role</c>, or the name of the lane the task sits in.</summary>
    public string? Role { get; init; }

    /// <summary><c>onboarding:dueBusinessDays</c>: the work item is due this many business days after it opens.</summary>
    public int? DueBusinessDays { get; init; }

    /// <summary><c>onboarding:checklist</c>: items separated by '|' in the XML.</summary>
    public IReadOnlyList<string> Checklist { get; init; } = [];

    /// <summary><c>onboarding:automation</c>: the stable name of a registered automation (service tasks).</summary>
    public string? Automation { get; init; }

    /// <summary>Automation parameters from <c>onboarding:parameters</c> (<c>name=value;name=value</c>).</summary>
    public IReadOnlyDictionary<string, string> AutomationParameters { get; init; } = new Dictionary<string, string>();

    /// <summary><c>onboarding:form</c>: the form a work item shows (e.g. <c>questionnaire</c>).</summary>
    public string? Form { get; init; }

    /// <summary><c>onboarding:gate</c>: the prerequisites checked before the work item can complete.</summary>
    public string? Gate { get; init; }

    // --- events -----------------------------------------------------------------------------

    /// <summary>Message catch events: the referenced message's name (e.g. <c>DepositPaid</c>).</summary>
    public string? MessageName { get; init; }

    /// <summary>Timer catch and timer boundary events.</summary>
    public TimerDefinition? Timer { get; init; }

    /// <summary>End events with a terminateEventDefinition.</summary>
    public bool Terminate { get; init; }

    /// <summary>End events with an errorEventDefinition throw this code (the error's errorCode, else its name, else its id).</summary>
    public string? ThrowsErrorCode { get; init; }

    /// <summary>Boundary events: the activity they are attached to.</summary>
    public string? AttachedToId { get; init; }

    public BoundaryKind? Boundary { get; init; }

    /// <summary>Boundary events: true unless <c>cancelActivity="false"</c>.</summary>
    public bool CancelActivity { get; init; } = true;

    /// <summary>Error boundaries: the code caught; null catches every error.</summary>
    public string? CatchesErrorCode { get; init; }

    public bool IsActivity => Kind is NodeKind.UserTask or NodeKind.ServiceTask or NodeKind.Task or NodeKind.SubProcess;

    /// <summary>A label for people: the name, else the id.</summary>
    public string Label => string.IsNullOrWhiteSpace(Name) ? Id : Name;
}

/// <summary>A sequence flow. <see cref="Condition"/> is the raw text of the conditionExpression, if any.</summary>
public sealed record SequenceFlow(string Id, string? Name, string SourceId, string TargetId, string? Condition, string? ConditionLanguage)
{
    public bool HasCondition => !string.IsNullOrWhiteSpace(Condition);
}

public enum TimerKind
{
    /// <summary>timeDuration: ISO 8601 duration (<c>PT4H</c>, <c>P2D</c>) or business days (<c>P3BD</c>).</summary>
    Duration,
    /// <summary>timeDate: an ISO 8601 date-time.</summary>
    Date,
    /// <summary>timeCycle: <c>R3/P2BD</c>, <c>R/PT1H</c>, <c>R2/2026-12-01T09:00:00Z/P1D</c>.</summary>
    Cycle,
}

/// <summary>A timer as written in the XML; <c>Timers.TimerSchedule</c> parses and computes due times.</summary>
public sealed record TimerDefinition(TimerKind Kind, string Expression);
