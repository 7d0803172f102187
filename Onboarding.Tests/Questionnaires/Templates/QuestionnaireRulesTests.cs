using Onboarding.Domain.Questionnaires;
using Onboarding.Workflows.Questionnaires.Templates;
using static Onboarding.Domain.Questionnaires.QuestionType;

namespace Onboarding.Tests.Questionnaires.Templates;

public sealed class QuestionnaireRulesTests
{
    private static QuestionnaireDefinition One(params Question[] questions) => new([new("About you", null, questions)]);

    private static readonly Question Website = new("company-website", "Your website", Url, Required: true);

    private static TemplateFinding Single(QuestionnaireDefinition definition, QuestionnaireDefinition? previous = null, string name = "Onboarding") =>
        QuestionnaireRules.Check(name, definition, previous).ShouldHaveSingleItem();

    [Fact]
    public void A_valid_template_has_no_findings() =>
        QuestionnaireRules.Check("Onboarding", One(Website, new Question("budget", "Budget?", SingleChoice, Options: ["Small", "Large"]))).ShouldBeEmpty();

    [Fact]
    public void A_template_without_a_name_is_refused_even_as_a_draft()
    {
        var finding = Single(One(Website), name: "  ");
        finding.Message.ShouldContain("no name");
        finding.StopsSave.ShouldBeTrue();
    }

    [Fact]
    public void A_template_needs_a_section_with_a_question()
    {
        Single(QuestionnaireDefinition.Empty).Message.ShouldContain("Add a section with at least one question");
        var findings = QuestionnaireRules.Check("Onboarding", new([new("Empty", null, [])]));
        findings.Select(f => f.Message).ShouldBe([
            "The questionnaire has no questions. Add a section with at least one question.",
            "Section 'Empty' has no questions. Add a question to it, or remove the section."]);
    }

    [Fact]
    public void An_empty_section_among_others_is_named_by_its_title()
    {
        var finding = Single(new([new("About you", null, [Website]), new("Brand", null, [])]));
        finding.Section.ShouldBe("Section 'Brand'");
        finding.Message.ShouldBe("Section 'Brand' has no questions. Add a question to it, or remove the section.");
        finding.StopsSave.ShouldBeFalse();
    }

    [Fact]
    public void A_section_needs_a_title_and_is_named_by_its_position_without_one()
    {
        var finding = Single(new([new("About you", null, [Website]), new(" ", null, [new("goals", "Goals?", LongText)])]));
        finding.Message.ShouldStartWith("Section 2 has no title.");
    }

    [Fact]
    public void A_question_needs_text_and_the_finding_names_its_section_and_position()
    {
        var finding = Single(One(Website, new Question("goals", "", LongText)));
        finding.QuestionKey.ShouldBe("goals");
        finding.Message.ShouldBe("Section 'About you', question 2: the question has no text. Write the question as the client should read it.");
    }

    [Theory]
    [InlineData("Company-Website")]
    [InlineData("company website")]
    [InlineData("-website")]
    [InlineData("web--site")]
    [InlineData("")]
    public void Keys_must_be_slug_like(string key)
    {
        var finding = Single(One(Website with { Key = key }));
        finding.Message.ShouldContain($"the key '{key}' is not valid");
        finding.StopsSave.ShouldBeTrue();
    }

    [Fact]
    public void Keys_are_at_most_100_characters()
    {
        QuestionnaireRules.IsValidKey(new string('a', 100)).ShouldBeTrue();
        Single(One(Website with { Key = new string('a', 101) })).StopsSave.ShouldBeTrue();
    }

    [Fact]
    public void Keys_are_unique_across_sections()
    {
        var finding = Single(new([new("About you", null, [Website]), new("Brand", null, [Website with { Text = "Site again" }])]));
        finding.Message.ShouldBe("Section 'Brand', question 'Site again': the key 'company-website' is already used by Section 'About you', question 'Your website'. "
                                 + "Each question needs its own key; remove one of them or add the question again.");
        finding.StopsSave.ShouldBeTrue();
    }

    [Fact]
    public void A_key_from_the_previous_published_version_keeps_its_type()
    {
        var previous = One(Website);
        var finding = Single(One(Website with { Type = ShortText }), previous);
        finding.Message.ShouldContain("was web address in the published version");
        finding.Message.ShouldContain("Change it back to web address, or remove it and add a new question of type short text");
        finding.StopsSave.ShouldBeTrue();
        QuestionnaireRules.Check("Onboarding", One(Website with { Text = "Reworded" }), previous).ShouldBeEmpty();
    }

    [Fact]
    public void Choice_questions_need_two_distinct_non_empty_options()
    {
        Single(One(new Question("budget", "Budget?", SingleChoice, Options: ["Small"]))).Message
            .ShouldContain("a single choice question needs at least two different options");
        var repeated = QuestionnaireRules.Check("Onboarding", One(new Question("budget", "Budget?", MultipleChoice, Options: ["Small", "small "]))).Select(f => f.Message).ToList();
        repeated.ShouldContain(m => m.Contains("two options say the same thing"));
        repeated.ShouldContain(m => m.Contains("needs at least two different options"));
        Single(One(new Question("budget", "Budget?", SingleChoice, Options: ["Small", "Large", " "]))).Message.ShouldContain("one of the options is empty");
        Single(One(new Question("budget", "Budget?", SingleChoice))).StopsSave.ShouldBeFalse();
    }

    [Fact]
    public void Text_lengths_are_capped()
    {
        var longText = new string('x', QuestionnaireRules.MaxQuestionTextLength + 1);
        Single(One(Website with { Text = longText })).Message.ShouldContain($"the text is longer than {QuestionnaireRules.MaxQuestionTextLength} characters");
        Single(One(Website with { Help = new string('x', QuestionnaireRules.MaxHelpLength + 1) })).Message.ShouldContain("the help text is longer");
        Single(new([new(new string('t', QuestionnaireRules.MaxTitleLength + 1), null, [Website])])).Message.ShouldContain("the title is longer");
        Single(new([new("About you", new string('i', QuestionnaireRules.MaxIntroLength + 1), [Website])])).Message.ShouldContain("the introduction is longer");
        Single(One(new Question("budget", "Budget?", SingleChoice, Options: ["Small", new string('o', QuestionnaireRules.MaxOptionLength + 1)]))).Message.ShouldContain("an option is longer");
        Single(One(Website), name: new string('n', QuestionnaireRules.MaxNameLength + 1)).StopsSave.ShouldBeTrue();
    }

    [Fact]
    public void What_an_answer_fills_must_fit_its_type()
    {
        Single(One(Website with { Fills = QuestionFills.Contacts })).Message
            .ShouldBe("Section 'About you', question 'Your website': a web address answer cannot fill the client's contacts. Contacts come from a contacts list question; choose that type, or set \"Fills\" to nothing.");
        QuestionnaireRules.Check("Onboarding", One(new Question("people", "Who?", Contacts, Fills: QuestionFills.Contacts), new Question("brand", "Brand?", FileUpload, Fills: QuestionFills.BrandFiles))).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("What is your company's website?", "what-is-your-company-s-website")]
    [InlineData("  Logos & photos (PNG, SVG)  ", "logos-photos-png-svg")]
    [InlineData("Café décor?", "cafe-decor")]
    [InlineData("???", "question")]
    public void New_keys_are_made_from_the_text(string text, string key) => QuestionnaireRules.NewKey(text, []).ShouldBe(key);

    [Fact]
    public void New_keys_are_unique_within_the_template_and_valid()
    {
        QuestionnaireRules.NewKey("Goals", ["goals", "goals-2"]).ShouldBe("goals-3");
        var key = QuestionnaireRules.NewKey(string.Join(" ", Enumerable.Repeat("supercalifragilistic", 10)), []);
        QuestionnaireRules.IsValidKey(key).ShouldBeTrue();
        key.Length.ShouldBeLessThanOrEqualTo(50);
    }
}
