namespace Onboarding.Domain.Questionnaires;

/// <summary>
/// One version of a questionnaire template: its sections and questions (<see cref="Definition"/>, JSON). A published
/// version never changes; editing starts a draft of the next version. Questionnaires keep the version they were sent with.
/// </summary>
public sealed class QuestionnaireTemplate
{
    public Guid Id { get; set; }

    /// <summary>The template's stable key; every version of one template shares it.</summary>
    public string Key { get; set; } = "";

    public int Version { get; set; }

    public string Name { get; set; } = "";

    public TemplateStatus Status { get; set; }

    /// <summary>The sections and questions as JSON (<see cref="QuestionnaireDefinition"/>).</summary>
    public string DefinitionJson { get; set; } = "{}";

    public DateTime CreatedAtUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime UpdatedAtUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    public DateTime? PublishedAtUtc { get; set; }

    public string? PublishedBy { get; set; }

    public Guid ConcurrencyToken { get; set; }

    public QuestionnaireDefinition Definition
    {
        get => QuestionnaireDefinition.FromJson(DefinitionJson);
        set => DefinitionJson = value.ToJson();
    }
}

/// <summary>Stored as text; never rename a member.</summary>
public enum TemplateStatus { Draft, Published, Retired }
