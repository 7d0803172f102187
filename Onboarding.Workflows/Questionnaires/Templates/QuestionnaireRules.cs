using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Onboarding.Domain.Questionnaires;

namespace Onboarding.Workflows.Questionnaires.Templates;

/// <summary>
/// One thing to fix in a template: where (section, question) and how. <see cref="StopsSave"/> findings would store
/// something unusable (a bad or duplicate key, a key changing type, text over the limits) and refuse even a draft save;
/// the others only refuse publishing.
/// </summary>
public sealed record TemplateFinding(string? Section, string? QuestionKey, string Message, bool StopsSave = false)
{
    /// <summary>"Section 'Brand', question 'logos': ..." as one line.</summary>
    public override string ToString() => Message;
}

/// <summary>
/// The rules a questionnaire template must keep before it is published (pure; no database). Question keys are stable:
/// answers are stored by key, so a key that existed in the previous published version keeps its type.
/// </summary>
public static partial class QuestionnaireRules
{
    public const int MaxNameLength = 200;
    public const int MaxTitleLength = 200;
    public const int MaxIntroLength = 1000;
    public const int MaxQuestionTextLength = 500;
    public const int MaxHelpLength = 1000;
    public const int MaxOptionLength = 200;
    public const int MaxOptions = 50;
    public const int MaxKeyLength = 100;
    public const int MaxSections = 30;
    public const int MaxQuestions = 200;

    public static bool IsChoice(QuestionType type) => type is QuestionType.SingleChoice or QuestionType.MultipleChoice;

    public static bool IsValidKey(string? key) => key is { Length: >= 1 and <= MaxKeyLength } && KeyPattern().IsMatch(key);

    /// <summary>Every finding for a template's name and definition; <paramref name="previous"/> is the previous published version, if any.</summary>
    public static IReadOnlyList<TemplateFinding> Check(string? name, QuestionnaireDefinition definition, QuestionnaireDefinition? previous = null)
    {
        var findings = new List<TemplateFinding>();
        if (string.IsNullOrWhiteSpace(name)) findings.Add(new(null, null, "The template has no name. Give it a name staff will recognise, like \"Client onboarding questionnaire\".", true));
        else if (name.Trim().Length > MaxNameLength) findings.Add(new(null, null, $"The template's name is {name.Trim().Length} characters long. Shorten it to {MaxNameLength} or fewer.", true));

        if (definition.Sections.Count == 0 || !definition.Questions.Any())
        {
            findings.Add(new(null, null, "The questionnaire has no questions. Add a section with at least one question."));
        }
        if (definition.Sections.Count > MaxSections) findings.Add(new(null, null, $"The questionnaire has {definition.Sections.Count} sections. Merge some: at most {MaxSections}.", true));
        var questionCount = definition.Questions.Count();
        if (questionCount > MaxQuestions) findings.Add(new(null, null, $"The questionnaire has {questionCount} questions. Remove some: at most {MaxQuestions}.", true));

        var previousTypes = previous?.Questions.GroupBy(q => q.Key).ToDictionary(g => g.Key, g => g.First().Type) ?? [];
        var seenKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var s = 0; s < definition.Sections.Count; s++)
        {
            var section = definition.Sections[s];
            var sectionName = SectionLabel(section, s);
            if (string.IsNullOrWhiteSpace(section.Title)) findings.Add(new(sectionName, null, $"{sectionName} has no title. Give it a short title clients will understand, like \"About your business\"."));
            else if (section.Title.Trim().Length > MaxTitleLength) findings.Add(new(sectionName, null, $"{sectionName}: the title is longer than {MaxTitleLength} characters. Shorten it.", true));
            if (section.Intro?.Length > MaxIntroLength) findings.Add(new(sectionName, null, $"{sectionName}: the introduction is longer than {MaxIntroLength} characters. Shorten it.", true));
            if (section.Questions.Count == 0) findings.Add(new(sectionName, null, $"{sectionName} has no questions. Add a question to it, or remove the section."));
            for (var q = 0; q < section.Questions.Count; q++)
            {
                CheckQuestion(findings, sectionName, section.Questions[q], q, seenKeys, previousTypes);
            }
        }
        return findings;
    }

    private static void CheckQuestion(List<TemplateFinding> findings, string sectionName, Question question, int index,
        Dictionary<string, string> seenKeys, Dictionary<string, QuestionType> previousTypes)
    {
        var label = $"{sectionName}, {QuestionLabel(question, index)}";
        void Add(string message, bool stopsSave = false) => findings.Add(new(sectionName, question.Key, $"{label}: {message}", stopsSave));

        if (!IsValidKey(question.Key))
        {
            Add($"the key '{question.Key}' is not valid. Use 1 to {MaxKeyLength} lower-case letters, digits and single dashes between them, like company-website.", true);
        }
        else if (seenKeys.TryGetValue(question.Key, out var other))
        {
            Add($"the key '{question.Key}' is already used by {other}. Each question needs its own key; remove one of them or add the question again.", true);
        }
        else
        {
            seenKeys[question.Key] = label;
        }
        if (previousTypes.TryGetValue(question.Key, out var was) && was != question.Type)
        {
            Add($"was {TypeName(was)} in the published version and answers are stored by its key '{question.Key}'. Change it back to {TypeName(was)}, or remove it and add a new question of type {TypeName(question.Type)}.", true);
        }
        if (string.IsNullOrWhiteSpace(question.Text)) Add("the question has no text. Write the question as the client should read it.");
        else if (question.Text.Trim().Length > MaxQuestionTextLength) Add($"the text is longer than {MaxQuestionTextLength} characters. Shorten it and move detail into the help text.", true);
        if (question.Help?.Length > MaxHelpLength) Add($"the help text is longer than {MaxHelpLength} characters. Shorten it.", true);
        if (!Enum.IsDefined(question.Type)) Add("the question type is unknown. Choose one of the nine types.", true);

        var options = question.Options ?? [];
        if (IsChoice(question.Type))
        {
            var cleaned = options.Select(o => o?.Trim() ?? "").ToList();
            if (cleaned.Any(o => o.Length == 0)) Add("one of the options is empty. Fill it in or remove it.");
            var distinct = cleaned.Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Count();
            if (distinct < cleaned.Count(o => o.Length > 0)) Add("two options say the same thing. Remove the repeated option.");
            if (distinct < 2) Add($"a {TypeName(question.Type)} question needs at least two different options. Add options for the client to choose from.");
            if (cleaned.Count > MaxOptions) Add($"has {cleaned.Count} options. Keep it to {MaxOptions} or fewer.", true);
            if (cleaned.Any(o => o.Length > MaxOptionLength)) Add($"an option is longer than {MaxOptionLength} characters. Shorten it.", true);
        }
        CheckFills(question, Add);
    }

    private static void CheckFills(Question question, Action<string, bool> add)
    {
        var fits = question.Fills switch
        {
            QuestionFills.Nothing => true,
            QuestionFills.Goals => question.Type is QuestionType.LongText or QuestionType.ShortText,
            QuestionFills.Contacts => question.Type == QuestionType.Contacts,
            QuestionFills.Platforms => question.Type is QuestionType.MultipleChoice or QuestionType.SingleChoice,
            QuestionFills.BrandFiles => question.Type == QuestionType.FileUpload,
            _ => false,
        };
        if (!fits) add($"a {TypeName(question.Type)} answer cannot fill {FillsName(question.Fills)}. {FillsHint(question.Fills)}", false);
    }

    private static string FillsHint(QuestionFills fills) => fills switch
    {
        QuestionFills.Goals => "Goals come from a short or long text question; choose one of those types, or set \"Fills\" to nothing.",
        QuestionFills.Contacts => "Contacts come from a contacts list question; choose that type, or set \"Fills\" to nothing.",
        QuestionFills.Platforms => "Platforms come from a choice question; choose single or multiple choice, or set \"Fills\" to nothing.",
        QuestionFills.BrandFiles => "Brand files come from a file upload question; choose that type, or set \"Fills\" to nothing.",
        _ => "Set \"Fills\" to nothing.",
    };

    public static string SectionLabel(QuestionSection section, int index) =>
        string.IsNullOrWhiteSpace(section.Title) ? $"Section {index + 1}" : $"Section '{Shorten(section.Title)}'";

    private static string QuestionLabel(Question question, int index) =>
        string.IsNullOrWhiteSpace(question.Text) ? $"question {index + 1}" : $"question '{Shorten(question.Text)}'";

    private static string Shorten(string text)
    {
        var t = text.Trim();
        return t.Length <= 40 ? t : t[..39] + "…";
    }

    public static string TypeName(QuestionType type) => type switch
    {
        QuestionType.ShortText => "short text",
        QuestionType.LongText => "long text",
        QuestionType.SingleChoice => "single choice",
        QuestionType.MultipleChoice => "multiple choice",
        QuestionType.Number => "number",
        QuestionType.Date => "date",
        QuestionType.Url => "web address",
        QuestionType.FileUpload => "file upload",
        QuestionType.Contacts => "contacts list",
        _ => type.ToString(),
    };

    public static string FillsName(QuestionFills fills) => fills switch
    {
        QuestionFills.Goals => "the onboarding's goals",
        QuestionFills.Contacts => "the client's contacts",
        QuestionFills.Platforms => "the platforms (access tracker)",
        QuestionFills.BrandFiles => "the brand files",
        _ => "nothing",
    };

    /// <summary>A slug-like key from the question's text, unique among <paramref name="taken"/> (adds -2, -3, ...).</summary>
    public static string NewKey(string? text, IEnumerable<string> taken)
    {
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var slug = Slug(text ?? "");
        if (slug.Length == 0) slug = "question";
        var key = slug;
        for (var n = 2; used.Contains(key); n++)
        {
            var suffix = $"-{n}";
            key = slug[..Math.Min(slug.Length, MaxKeyLength - suffix.Length)].TrimEnd('-') + suffix;
        }
        return key;
    }

    private static string Slug(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var c in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(lower);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var words = sb.ToString().Trim('-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        // Six words are enough to recognise a question; keys stay short in exports and answers.
        var slug = new StringBuilder();
        foreach (var word in words.Take(6))
        {
            if (slug.Length + word.Length + 1 > 50) break;
            if (slug.Length > 0) slug.Append('-');
            slug.Append(word);
        }
        return slug.Length == 0 && words.Length > 0 ? words[0][..Math.Min(words[0].Length, 50)] : slug.ToString();
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
