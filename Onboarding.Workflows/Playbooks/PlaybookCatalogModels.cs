using Onboarding.Domain.Common;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Validation;

namespace Onboarding.Workflows.Playbooks;

public sealed record PlaybookSummary(Guid Id, string Key, string Name, string? Description, IReadOnlyList<VersionSummary> Versions);

public sealed record VersionSummary(
    Guid Id,
    int Number,
    PlaybookVersionStatus Status,
    DateTime UpdatedAtUtc,
    string UpdatedBy,
    DateTime? PublishedAtUtc,
    string? PublishedBy,
    string? Checksum,
    int RunningInstances);

/// <summary>A new playbook; its first version is a draft of <paramref name="Xml"/>.</summary>
/// <param name="ImportedFrom">The file's name when the BPMN was imported from another tool (the audit says so).</param>
public sealed record NewPlaybook(string Key, string Name, string? Description, string Xml, IReadOnlyList<PlaybookStage> Stages, string? ImportedFrom = null);

/// <summary>Publishing was refused: the findings say what to fix, each naming its element.</summary>
public sealed class PublishRefusedException(IReadOnlyList<ValidationFinding> findings)
    : DomainException($"The playbook cannot be published until {findings.Count(f => f.Severity == FindingSeverity.Error)} error(s) are fixed: "
                      + string.Join(" ", findings.Where(f => f.Severity == FindingSeverity.Error).Take(3).Select(f => f.Message)))
{
    public IReadOnlyList<ValidationFinding> Findings { get; } = findings;
}
