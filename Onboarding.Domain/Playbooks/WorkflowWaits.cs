namespace Onboarding.Domain.Playbooks;

/// <summary>
/// A durable timer: a row with a due time. The scheduler claims due rows with a lease
/// (<see cref="LeaseOwner"/> until <see cref="LeaseExpiresAtUtc"/>) so that each fires once
/// even with several app instances on one database.
/// </summary>
public sealed class WorkflowTimer
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    /// <summary>The engine's key of the timer, unique within the instance.</summary>
    public string TimerKey { get; set; } = "";

    public string NodeId { get; set; } = "";

    public string Purpose { get; set; } = "";

    public DateTime DueAtUtc { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseExpiresAtUtc { get; set; }
}

/// <summary>An instance waiting for a message by name, correlated by the instance's key.</summary>
public sealed class MessageSubscription
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public int TokenId { get; set; }

    public string NodeId { get; set; } = "";

    public string MessageName { get; set; } = "";

    public string CorrelationKey { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>
/// An automation the engine asked for, stored with the step that asked so that it is never lost;
/// run after commit and, if the app stopped first, by the scheduler (claimed with a lease).
/// </summary>
public sealed class AutomationJob
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public int TokenId { get; set; }

    public string NodeId { get; set; } = "";

    public string Automation { get; set; } = "";

    public int Attempt { get; set; }

    public string ParametersJson { get; set; } = "{}";

    public DateTime CreatedAtUtc { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseExpiresAtUtc { get; set; }
}

public enum IncidentStatus { Open, Resolved }

/// <summary>A step that could not go on (an automation failing after its retries, a gateway with no way out).</summary>
public sealed class WorkflowIncident
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public int TokenId { get; set; }

    public string NodeId { get; set; } = "";

    public string Message { get; set; } = "";

    public IncidentStatus Status { get; set; }

    public DateTime RaisedAtUtc { get; set; }

    public DateTime? ResolvedAtUtc { get; set; }

    public string? ResolvedBy { get; set; }
}

/// <summary>One line of an instance's journal.</summary>
public sealed class JournalEntry
{
    public long Id { get; set; }

    public Guid InstanceId { get; set; }

    public DateTime AtUtc { get; set; }

    public string Kind { get; set; } = "";

    public string? NodeId { get; set; }

    public int? TokenId { get; set; }

    public string Text { get; set; } = "";

    public string? By { get; set; }
}

/// <summary>
/// A message that arrived before any instance waited for it (a deposit paid before the contract
/// step ended). Delivered when an instance with its correlation key starts waiting for it.
/// </summary>
public sealed class BufferedMessage
{
    public Guid Id { get; set; }

    public string MessageName { get; set; } = "";

    public string CorrelationKey { get; set; } = "";

    public string PayloadJson { get; set; } = "{}";

    public DateTime ReceivedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public string? By { get; set; }
}
