using System.Text.Json.Nodes;
using Onboarding.Domain.Questionnaires;
using Onboarding.Workflows.Questionnaires;

namespace Onboarding.Tests.Questionnaires;

/// <summary>The one reading of stored answers: what counts as answered, how staff read it, and the progress it adds up to.</summary>
public sealed class AnswerValuesTests
{
    private static Question Q(QuestionType type, bool required = false, string key = "q") => new(key, "Question?", type, required);

    [Theory]
    [InlineData(QuestionType.ShortText, "\"Acme\"", true)]
    [InlineData(QuestionType.ShortText, "\"   \"", false)]
    [InlineData(QuestionType.LongText, "null", false)]
    [InlineData(QuestionType.Url, "\"https://acme.example\"", true)]
    [InlineData(QuestionType.Number, "0", true)]
    [InlineData(QuestionType.Number, "\"twelve\"", false)]
    [InlineData(QuestionType.SingleChoice, "\"Monthly\"", true)]
    [InlineData(QuestionType.MultipleChoice, "[]", false)]
    [InlineData(QuestionType.MultipleChoice, "[\"CRM\"]", true)]
    [InlineData(QuestionType.Date, "\"2027-03-01\"", true)]
    [InlineData(QuestionType.Contacts, "[{\"name\":\"Kim\",\"email\":\"\"}]", false)]
    [InlineData(QuestionType.Contacts, "[{\"name\":\"Kim\",\"email\":\"kim@bloom.example\"}]", true)]
    public void IsAnswered_ByType(QuestionType type, string json, bool answered) =>
        AnswerValues.IsAnswered(Q(type), AnswerValues.Parse(json), files: 0).ShouldBe(answered);

    [Fact]
    public void IsAnswered_FileUpload_CountsFilesNotValues()
    {
        AnswerValues.IsAnswered(Q(QuestionType.FileUpload), JsonValue.Create("ignored"), files: 0).ShouldBeFalse();
        AnswerValues.IsAnswered(Q(QuestionType.FileUpload), null, files: 2).ShouldBeTrue();
    }

    [Fact]
    public void Display_ReadsEachTypeAsStaffExpect()
    {
        AnswerValues.Display(Q(QuestionType.MultipleChoice), AnswerValues.Parse("[\"CRM\",\"Google Ads\"]")).ShouldBe("CRM, Google Ads");
        AnswerValues.Display(Q(QuestionType.Number), AnswerValues.Parse("12500.5")).ShouldBe("12,500.5");
        AnswerValues.Display(Q(QuestionType.Date), AnswerValues.Parse("\"2027-03-01\"")).ShouldBe("1 Mar 2027");
        var contacts = AnswerValues.ContactsNode([new ContactAnswer("Kim Ji-woo", "Marketing manager", "kim@bloom.example", null), new ContactAnswer("Lee Min", "", "lee@bloom.example", "+82 2 555 0100")]);
        AnswerValues.Display(Q(QuestionType.Contacts), contacts).ShouldBe("Kim Ji-woo, Marketing manager, kim@bloom.example\nLee Min, lee@bloom.example, +82 2 555 0100");
        AnswerValues.Contacts(contacts).Select(c => c.Email).ShouldBe(["kim@bloom.example", "lee@bloom.example"]);
    }

    [Fact]
    public void Progress_CountsAnsweredQuestions_AndNamesTheMissingRequiredOnes()
    {
        var definition = new QuestionnaireDefinition(
        [
            new("About you", null, [Q(QuestionType.ShortText, required: true, key: "name"), Q(QuestionType.Url, key: "site")]),
            new("Brand", null, [Q(QuestionType.FileUpload, required: true, key: "guidelines"), Q(QuestionType.LongText, required: true, key: "goals")]),
        ]);
        var answers = new Dictionary<string, JsonNode?> { ["name"] = JsonValue.Create("Seoul Bloom"), ["goals"] = JsonValue.Create(" ") };

        var progress = QuestionnaireProgress.Of(definition, answers, new Dictionary<string, int> { ["guidelines"] = 1 });

        progress.Answered.ShouldBe(2);
        progress.Total.ShouldBe(4);
        progress.Percent.ShouldBe(50);
        progress.MissingRequired.Select(q => q.Key).ShouldBe(["goals"]);
        progress.CanSubmit.ShouldBeFalse();
    }

    [Fact]
    public void DefinitionJson_RoundTrips_TheDefaultTemplate()
    {
        var json = DefaultQuestionnaireTemplate.Definition.ToJson();
        var back = QuestionnaireDefinition.FromJson(json);
        back.Questions.Select(q => (q.Key, q.Type, q.Required, q.Fills)).ShouldBe(DefaultQuestionnaireTemplate.Definition.Questions.Select(q => (q.Key, q.Type, q.Required, q.Fills)));
        json.ShouldContain("\"type\":\"FileUpload\"");
    }
}
