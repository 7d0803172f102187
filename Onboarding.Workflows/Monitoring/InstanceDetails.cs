using Onboarding.Domain.Playbooks;

namespace Onboarding.Workflows.Monitoring;

/// <summary>Everything the ops view shows about one instance.</summary>
public sealed record InstanceDetails(
    InstanceListItem Summary,
    Guid VersionId,
    IReadOnlyList<ActiveElement> ActiveElements,
    string VariablesJson,
    IReadOnlyList<WorkItem> WorkItems,
    IReadOnlyList<WorkflowIncident> Incidents,
    IReadOnlyList<JournalEntry> Journal,
    IReadOnlyList<WorkflowTimer> Timers,
    string? StuckOn);

/// <summary>An element a token rests on: what it waits for and in which stage.</summary>
public sealed record ActiveElement(int TokenId, string NodeId, string Label, string Kind, string? Stage, string Waiting, DateTime EnteredAtUtc, string? Incident);
