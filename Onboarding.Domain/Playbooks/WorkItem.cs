namespace Onboarding.Domain.Playbooks;

public enum WorkItemStatus { Open, Completed, Cancelled }

/// <summary>A user task of a running playbook, for a role and optionally a person, with a due date.</summary>
public sealed class WorkItem
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    /// <summary>The engine token waiting on this task.</summary>
    public int TokenId { get; set; }

    public string NodeId { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Stage { get; set; }

    public string? Role { get; set; }

    /// <summary>The staff user id it is assigned to, if any.</summary>
    public string? AssigneeId { get; set; }

    public DateTime? DueAtUtc { get; set; }

    /// <summary>Checklist items as a JSON array of <c>{ "text": "...", "done": false }</c>.</summary>
    public string ChecklistJson { get; set; } = "[]";

    public string? Form { get; set; }

    public string? Gate { get; set; }

    public WorkItemStatus Status { get; set; }

    public DateTime OpenedAtUtc { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    /// <summary>Who completed it (display name), or why it was cancelled.</summary>
    public string? ClosedBy { get; set; }
}
