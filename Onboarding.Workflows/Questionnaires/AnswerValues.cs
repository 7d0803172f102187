using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Questionnaires;

namespace Onboarding.Workflows.Questionnaires;

/// <summary>One person from a contacts-list answer.</summary>
public sealed record ContactAnswer(string Name, string Role, string Email, string? Phone);

/// <summary>
/// Reads stored answers (<see cref="QuestionnaireAnswer.ValueJson"/>) the one way every part of the product reads them:
/// whether a question counts as answered, and the answer as text for staff.
/// </summary>
public static class AnswerValues
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static JsonNode? Parse(string? valueJson) =>
        string.IsNullOrWhiteSpace(valueJson) ? null : JsonNode.Parse(valueJson);

    /// <summary>Answered: a non-blank text, a number, at least one choice, a contact with a name and e-mail, or a file.</summary>
    public static bool IsAnswered(Question question, JsonNode? value, int files) => question.Type switch
    {
        QuestionType.FileUpload => files > 0,
        QuestionType.MultipleChoice => Choices(value).Count > 0,
        QuestionType.Contacts => Contacts(value).Any(c => c.Name.Length > 0 && c.Email.Length > 0),
        QuestionType.Number => value is JsonValue v && v.TryGetValue<decimal>(out _),
        _ => Text(value).Length > 0,
    };

    public static string Text(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var text) ? text.Trim() : "";

    public static decimal? Number(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<decimal>(out var number) ? number : null;

    public static IReadOnlyList<string> Choices(JsonNode? value) =>
        value is JsonArray array ? array.Select(Text).Where(t => t.Length > 0).ToList() : [];

    public static IReadOnlyList<ContactAnswer> Contacts(JsonNode? value)
    {
        if (value is not JsonArray array) return [];
        return array.OfType<JsonObject>().Select(c => new ContactAnswer(
            Text(c["name"]), Text(c["role"]), Text(c["email"]), Text(c["phone"]) is { Length: > 0 } phone ? phone : null)).ToList();
    }

    public static JsonNode ContactsNode(IEnumerable<ContactAnswer> contacts) =>
        JsonSerializer.SerializeToNode(contacts.Select(c => new { name = c.Name, role = c.Role, email = c.Email, phone = c.Phone }), Json)!;

    /// <summary>The answer as staff read it; empty when not answered (file answers are listed as files, not here).</summary>
    public static string Display(Question question, JsonNode? value) => question.Type switch
    {
        QuestionType.MultipleChoice => string.Join(", ", Choices(value)),
        QuestionType.Contacts => string.Join("\n", Contacts(value).Select(c =>
            string.Join(", ", new[] { c.Name, c.Role, c.Email, c.Phone }.Where(p => !string.IsNullOrWhiteSpace(p))))),
        QuestionType.Number => Number(value)?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "",
        QuestionType.Date => DateOnly.TryParseExact(Text(value), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : Text(value),
        QuestionType.FileUpload => "",
        _ => Text(value),
    };
}

/// <summary>How far a questionnaire is: questions answered out of all, and the required ones still missing.</summary>
public sealed record QuestionnaireProgress(int Answered, int Total, IReadOnlyList<Question> MissingRequired)
{
    public int Percent => Total == 0 ? 100 : (int)Math.Floor(100.0 * Answered / Total);

    public bool CanSubmit => MissingRequired.Count == 0;

    public static QuestionnaireProgress Of(QuestionnaireDefinition definition, IReadOnlyDictionary<string, JsonNode?> answers, IReadOnlyDictionary<string, int> fileCounts)
    {
        var answered = 0;
        var missing = new List<Question>();
        foreach (var question in definition.Questions)
        {
            var isAnswered = AnswerValues.IsAnswered(question, answers.GetValueOrDefault(question.Key), fileCounts.GetValueOrDefault(question.Key));
            if (isAnswered) answered++;
            else if (question.Required) missing.Add(question);
        }
        return new(answered, definition.Questions.Count(), missing);
    }
}

/// <summary>A questionnaire's stored answers and file counts, read the one way the client page, staff view and e-mails read them.</summary>
public static class StoredAnswers
{
    public static async Task<Dictionary<string, JsonNode?>> AnswersAsync(Domain.Data.OnboardingDbContext db, Guid questionnaireId, CancellationToken ct) =>
        (await db.QuestionnaireAnswers.AsNoTracking().Where(a => a.QuestionnaireId == questionnaireId)
            .Select(a => new { a.QuestionKey, a.ValueJson }).ToListAsync(ct))
        .ToDictionary(a => a.QuestionKey, a => AnswerValues.Parse(a.ValueJson));

    public static Task<Dictionary<string, int>> FileCountsAsync(Domain.Data.OnboardingDbContext db, Guid questionnaireId, CancellationToken ct) =>
        db.QuestionnaireFiles.AsNoTracking().Where(f => f.QuestionnaireId == questionnaireId)
            .GroupBy(f => f.QuestionKey).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    public static async Task<QuestionnaireProgress> ProgressAsync(Domain.Data.OnboardingDbContext db, Guid questionnaireId, QuestionnaireDefinition definition, CancellationToken ct) =>
        QuestionnaireProgress.Of(definition, await AnswersAsync(db, questionnaireId, ct), await FileCountsAsync(db, questionnaireId, ct));
}
