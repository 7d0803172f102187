using Onboarding.Domain.Questionnaires;
using Onboarding.Workflows.Questionnaires;
using Onboarding.Workflows.Questionnaires.Templates;

namespace Onboarding.Tests.Questionnaires.Templates;

public sealed class DefaultQuestionnaireTemplateTests
{
    private static QuestionnaireDefinition Definition => DefaultQuestionnaireTemplate.Definition;

    [Fact]
    public void The_default_template_passes_every_rule() =>
        QuestionnaireRules.Check(DefaultQuestionnaireTemplate.Name, Definition).ShouldBeEmpty();

    [Fact]
    public void The_default_template_has_15_to_20_questions_using_every_question_type()
    {
        Definition.Questions.Count().ShouldBeInRange(15, 20);
        Definition.Questions.Select(q => q.Type).Distinct().Order().ShouldBe(Enum.GetValues<QuestionType>());
    }

    [Fact]
    public void The_default_template_covers_what_the_onboarding_needs()
    {
        var keys = Definition.Questions.Select(q => q.Key).ToList();
        keys.ShouldContain(DefaultQuestionnaireTemplate.Keys.Goals);
        keys.ShouldContain("current-traffic");
        keys.ShouldContain("data-sources");
        keys.ShouldContain("audiences");
        keys.ShouldContain("competitors");
        keys.ShouldContain("approval-workflow");
        keys.ShouldContain("communication-channel");
        keys.ShouldContain(DefaultQuestionnaireTemplate.Keys.Budget);
        Definition.Find(DefaultQuestionnaireTemplate.Keys.BrandGuidelines)!.Type.ShouldBe(QuestionType.FileUpload);
        Definition.Find(DefaultQuestionnaireTemplate.Keys.LogosAndPhotos)!.Type.ShouldBe(QuestionType.FileUpload);
        Definition.Find(DefaultQuestionnaireTemplate.Keys.KeyContacts)!.Type.ShouldBe(QuestionType.Contacts);
        Definition.Find(DefaultQuestionnaireTemplate.Keys.Platforms)!.Type.ShouldBe(QuestionType.MultipleChoice);
        Definition.Questions.Where(q => q.Fills != QuestionFills.Nothing).Select(q => q.Fills).Order()
            .ShouldBe([QuestionFills.Goals, QuestionFills.Contacts, QuestionFills.Platforms, QuestionFills.BrandFiles]);
    }
}
