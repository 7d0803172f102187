using Onboarding.Workflows.Mail;

namespace Onboarding.Tests.Mail;

/// <summary>Merge fields are filled, text becomes safe HTML, and a paragraph that is only the link is the call to action.</summary>
public sealed class MailMergeTests
{
    [Fact]
    public void Fill_ReplacesKnownFields_AndLeavesUnknownOnesVisible()
    {
        var text = MailMerge.Fill("Hi {{ClientFirstName}}, {{ Unknown }}!", new Dictionary<string, string> { ["ClientFirstName"] = "Ji-woo" });
        text.ShouldBe("Hi Ji-woo, {{ Unknown }}!");
        MailMerge.FieldsIn("{{A}} {{B}} {{A}}").ShouldBe(["A", "B"]);
    }

    [Fact]
    public void ToHtml_EscapesText_LinksUrls_AndDrawsTheLoneLinkAsTheButton()
    {
        var html = MailMerge.ToHtml("Hi <Kim> & co,\n\nhttps://app.example/q/abc?x=1&y=2\n\nHelp: see https://help.example today", "Open the questionnaire");

        html.ShouldContain("Hi &lt;Kim&gt; &amp; co,");
        html.ShouldContain(">Open the questionnaire</a>");
        html.ShouldContain("href=\"https://app.example/q/abc?x=1&amp;y=2\"");
        html.ShouldContain("Help: see <a href=\"https://help.example\">https://help.example</a> today");
        html.ShouldNotContain("<Kim>");
    }

    [Fact]
    public void Render_TheWelcomeDefault_HasGreetingOneCallToActionHelpAndAPersonalClose()
    {
        var welcome = DefaultEmailTemplates.Get(DefaultEmailTemplates.QuestionnaireWelcome);
        var fields = new Dictionary<string, string>
        {
            ["ClientFirstName"] = "Ji-woo", ["ClientName"] = "Seoul Bloom Cosmetics", ["FirmName"] = "Northwind Digital",
            ["QuestionnaireLink"] = "https://app.example/q/token", ["DueDate"] = "Wednesday 9 December",
            ["AccountManagerName"] = "Alex Morgan", ["AccountManagerEmail"] = "am@northwind.example",
        };

        var email = EmailComposer.Render(welcome, welcome.Subject, welcome.Body, fields);

        email.Subject.ShouldBe("Welcome to Northwind Digital, Ji-woo: one short questionnaire to get started");
        email.TextBody.ShouldStartWith("Hi Ji-woo,");
        email.TextBody.ShouldContain("by Wednesday 9 December");
        email.TextBody.ShouldContain("am@northwind.example");
        email.TextBody.ShouldEndWith("Alex Morgan\nNorthwind Digital");
        email.TextBody.ShouldNotContain("{{");
        System.Text.RegularExpressions.Regex.Count(email.HtmlBody, "Open the questionnaire").ShouldBe(1);
    }
}
