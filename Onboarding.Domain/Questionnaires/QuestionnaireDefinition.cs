using System.Text.Json;
using System.Text.Json.Serialization;

namespace Onboarding.Domain.Questionnaires;

/// <summary>The sections and questions of a questionnaire template version.</summary>
public sealed record QuestionnaireDefinition(IReadOnlyList<QuestionSection> Sections)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static QuestionnaireDefinition Empty { get; } = new([]);

    public IEnumerable<Question> Questions => Sections.SelectMany(s => s.Questions);

    public Question? Find(string key) => Questions.FirstOrDefault(q => q.Key == key);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static QuestionnaireDefinition FromJson(string? json) =>
        string.IsNullOrWhiteSpace(json) || json == "{}" ? Empty : JsonSerializer.Deserialize<QuestionnaireDefinition>(json, Json) ?? Empty;
}

public sealed record QuestionSection(string Title, string? Intro, IReadOnlyList<Question> Questions);

/// <summary>
/// One question. <see cref="Key"/> is stable across versions (answers are stored by it); <see cref="Options"/> are
/// the choices of a single or multiple choice question; <see cref="Fills"/> says what the answer fills in the onboarding.
/// </summary>
public sealed record Question(
    string Key,
    string Text,
    QuestionType Type,
    bool Required = false,
    string? Help = null,
    IReadOnlyList<string>? Options = null,
    QuestionFills Fills = QuestionFills.Nothing);

/// <summary>
/// Stored as text in template JSON; never rename a member. Answers are JSON: text kinds, URL, single choice and
/// date (yyyy-MM-dd) a string; number a number; multiple choice an array of strings; contacts an array of
/// <c>{ name, role, email, phone }</c>; file upload has no value (its files are <see cref="QuestionnaireFile"/> rows).
/// </summary>
public enum QuestionType { ShortText, LongText, SingleChoice, MultipleChoice, Number, Date, Url, FileUpload, Contacts }

/// <summary>What an answer fills in the onboarding once the questionnaire is submitted. Stored as text; never rename.</summary>
public enum QuestionFills { Nothing, Goals, Contacts, Platforms, BrandFiles }
