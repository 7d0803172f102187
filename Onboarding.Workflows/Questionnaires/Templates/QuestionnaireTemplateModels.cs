using Onboarding.Domain.Common;
using Onboarding.Domain.Questionnaires;

namespace Onboarding.Workflows.Questionnaires.Templates;

/// <summary>One template (all versions sharing a key): its latest published version, its draft if any, and every version.</summary>
public sealed record TemplateSummary(string Key, string Name, TemplateVersionSummary? LatestPublished, TemplateVersionSummary? Draft, IReadOnlyList<TemplateVersionSummary> Versions)
{
    /// <summary>Questionnaires sent with any version of the template.</summary>
    public int QuestionnairesSent => Versions.Sum(v => v.QuestionnairesSent);
}

public sealed record TemplateVersionSummary(
    Guid Id,
    int Version,
    string Name,
    TemplateStatus Status,
    int Questions,
    DateTime UpdatedAtUtc,
    string UpdatedBy,
    DateTime? PublishedAtUtc,
    string? PublishedBy,
    int QuestionnairesSent);

/// <summary>
/// One version as the editor needs it: the row, the previous published definition its keys must stay compatible with,
/// how many questionnaires were sent with it, and the key's open draft (if another version is the draft).
/// </summary>
public sealed record TemplateVersionDetail(
    QuestionnaireTemplate Template,
    QuestionnaireDefinition? PreviousPublished,
    int? PreviousPublishedVersion,
    int QuestionnairesSent,
    TemplateVersionSummary? OpenDraft,
    int? LatestPublishedVersion)
{
    public IReadOnlyList<TemplateFinding> Findings() => QuestionnaireRules.Check(Template.Name, Template.Definition, PreviousPublished);
}

/// <summary>The template was refused: the findings say what to fix, each naming its section and question.</summary>
public sealed class TemplateRefusedException(string action, IReadOnlyList<TemplateFinding> findings)
    : DomainException($"The template cannot be {action} until {findings.Count} problem(s) are fixed: {string.Join(" ", findings.Take(3).Select(f => f.Message))}")
{
    public IReadOnlyList<TemplateFinding> Findings { get; } = findings;
}
