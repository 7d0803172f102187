namespace Onboarding.Workflows.Monitoring;

/// <summary>Filters of the ops view's instance list. Empty filters match everything.</summary>
public sealed record InstanceListQuery
{
    public string? PlaybookKey { get; init; }
    public Guid? VersionId { get; init; }

    /// <summary>Running, Completed, Terminated, Cancelled; or <see cref="NeedsAttention"/> for running instances with an incident.</summary>
    public string? Status { get; init; }

    /// <summary>Title or correlation key contains this text.</summary>
    public string? Search { get; init; }

    public int Page { get; init; }
    public int PageSize { get; init; } = 25;

    public const string NeedsAttention = "NeedsAttention";
}

public sealed record InstanceListItem(
    Guid Id,
    string Title,
    string CorrelationKey,
    string PlaybookKey,
    string PlaybookName,
    int VersionNumber,
    string Status,
    IReadOnlyList<string> CurrentStages,
    bool HasIncident,
    DateTime StartedAtUtc,
    DateTime UpdatedAtUtc,
    DateTime? EndedAtUtc);

public sealed record InstancePage(IReadOnlyList<InstanceListItem> Items, int Total);

/// <summary>A playbook version as the filters offer it, with how many instances run on it.</summary>
public sealed record VersionOption(Guid VersionId, string PlaybookKey, string PlaybookName, int Number, string Status, int Running);
