using Onboarding.Domain.Questionnaires;
using Onboarding.Workflows.Questionnaires.Templates;

namespace Onboarding.Web.Questionnaires.Templates;

/// <summary>The editor's working copy of a draft: mutable sections and questions, turned back into a definition to check and save.</summary>
public sealed class TemplateDraft
{
    private string name = "";

    /// <summary>Never null: a cleared field gives null.</summary>
    public string Name { get => name; set => name = value ?? ""; }

    public List<SectionDraft> Sections { get; set; } = [];

    public IEnumerable<QuestionDraft> Questions => Sections.SelectMany(s => s.Questions);

    public static TemplateDraft From(string name, QuestionnaireDefinition definition) => new()
    {
        Name = name,
        Sections = definition.Sections.Select(s => new SectionDraft
        {
            Title = s.Title,
            Intro = s.Intro,
            Questions = s.Questions.Select(q => new QuestionDraft
            {
                Key = q.Key, Text = q.Text, Type = q.Type, Required = q.Required, Help = q.Help, Options = [.. q.Options ?? []], Fills = q.Fills,
            }).ToList(),
        }).ToList(),
    };

    public QuestionnaireDefinition ToDefinition() => new(Sections.Select(s => new QuestionSection(
        s.Title, s.Intro, s.Questions.Select(q => new Question(q.Key, q.Text, q.Type, q.Required, q.Help,
            QuestionnaireRules.IsChoice(q.Type) ? q.Options.ToList() : null, q.Fills)).ToList())).ToList());

    /// <summary>A new question with a key made from its text, unique within the template.</summary>
    public QuestionDraft AddQuestion(SectionDraft section, string text, QuestionType type)
    {
        var question = new QuestionDraft
        {
            Key = QuestionnaireRules.NewKey(text, Questions.Select(q => q.Key)),
            Text = text.Trim(),
            Type = type,
            Options = QuestionnaireRules.IsChoice(type) ? ["", ""] : [],
        };
        section.Questions.Add(question);
        return question;
    }

    public SectionDraft AddSection(string title)
    {
        var section = new SectionDraft { Title = title.Trim() };
        Sections.Add(section);
        return section;
    }

    public static void Move<T>(List<T> list, T item, int delta)
    {
        var from = list.IndexOf(item);
        var to = from + delta;
        if (from < 0 || to < 0 || to >= list.Count) return;
        list.RemoveAt(from);
        list.Insert(to, item);
    }

    public void MoveToSection(QuestionDraft question, SectionDraft target)
    {
        var source = Sections.FirstOrDefault(s => s.Questions.Contains(question));
        if (source is null || source == target) return;
        source.Questions.Remove(question);
        target.Questions.Add(question);
    }
}

public sealed class SectionDraft
{
    private string title = "";

    public string Title { get => title; set => title = value ?? ""; }

    public string? Intro { get; set; }

    public List<QuestionDraft> Questions { get; set; } = [];
}

public sealed class QuestionDraft
{
    public string Key { get; set; } = "";

    private string text = "";

    public string Text { get => text; set => text = value ?? ""; }

    public QuestionType Type { get; set; }

    public bool Required { get; set; }

    public string? Help { get; set; }

    public List<string> Options { get; set; } = [];

    public QuestionFills Fills { get; set; }
}
