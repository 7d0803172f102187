using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Tests.Support;
using Onboarding.Workflows.Mail;

namespace Onboarding.Tests.Mail;

public sealed class EmailTemplateEditorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly EmailTemplateDefault Welcome = DefaultEmailTemplates.Get(DefaultEmailTemplates.QuestionnaireWelcome);
    private static readonly EmailTemplateDefault Overdue = DefaultEmailTemplates.Get(DefaultEmailTemplates.QuestionnaireOverdue);

    [Fact]
    public void Problems_EveryDefaultTemplate_HasNone()
    {
        foreach (var template in DefaultEmailTemplates.All) EmailTemplateEditor.Problems(template, template.Subject, template.Body).ShouldBeEmpty(template.Key);
    }

    [Fact]
    public void Problems_UnknownField_NamesItAndTheFieldsAllowed()
    {
        var problems = EmailTemplateEditor.Problems(Welcome, "Hello {{ClientFirstName}}", "Hi {{ClientNickname}}, see {{QuestionnaireLink}}");

        var problem = problems.ShouldHaveSingleItem();
        problem.ShouldStartWith("Unknown merge field {{ClientNickname}}.");
        problem.ShouldContain("{{QuestionnaireLink}}");
    }

    [Fact]
    public void Problems_FieldOfAnotherTemplate_IsUnknownHere()
    {
        EmailTemplateEditor.Problems(Welcome, "{{AnsweredPercent}} done", "{{QuestionnaireLink}}").ShouldHaveSingleItem().ShouldContain("{{AnsweredPercent}}");
    }

    [Fact]
    public void Problems_WelcomeWithoutItsLink_IsRefused()
    {
        EmailTemplateEditor.Problems(Welcome, "Welcome", "Hi {{ClientFirstName}}, welcome aboard.")
            .ShouldHaveSingleItem().ShouldBe("The body must keep {{QuestionnaireLink}}: it is the link the recipient needs (the e-mail's one call to action).");
        EmailTemplateEditor.LinkField(Overdue).ShouldBe("OnboardingLink");
        EmailTemplateEditor.Problems(Overdue, "Overdue", "{{QuestionnaireLink}}").Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("", "{{QuestionnaireLink}}", "The subject is required.")]
    [InlineData("Line one\nline two", "{{QuestionnaireLink}}", "The subject must be one line.")]
    [InlineData("Hi", "  ", "The body is required.")]
    [InlineData("Hi", "{{ Client Name }} {{QuestionnaireLink}}", "There is a '{{' or '}}' that is not a complete merge field.")]
    [InlineData("Hi {{FirmName", "{{QuestionnaireLink}}", "There is a '{{' or '}}' that is not a complete merge field.")]
    public void Problems_BrokenInput_SaysWhat(string subject, string body, string expected)
    {
        EmailTemplateEditor.Problems(Welcome, subject, body).ShouldContain(p => p.StartsWith(expected));
    }

    [Fact]
    public void Preview_FillsEveryFieldWithSampleValues()
    {
        var preview = EmailTemplateEditor.Preview(Welcome, Welcome.Subject, Welcome.Body, "Northwind Digital");

        preview.Subject.ShouldBe("Welcome to Northwind Digital, Ji-woo: one short questionnaire to get started");
        preview.TextBody.ShouldNotContain("{{");
        preview.HtmlBody.ShouldContain("Open the questionnaire");
    }

    [Fact]
    public async Task Save_ThenCompose_UsesTheFirmsTextAndAuditsIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        var editor = new EmailTemplateEditor(database.Factory, database.Clock);

        var saved = await editor.SaveAsync(Welcome.Key, "  Hello {{ClientFirstName}} ", "Dear {{ClientFirstName}},\r\n\r\n{{QuestionnaireLink}}\r\n", null, "Priya Shah", Ct);

        saved.IsEdited.ShouldBeTrue();
        saved.Subject.ShouldBe("Hello {{ClientFirstName}}");
        saved.Body.ShouldBe("Dear {{ClientFirstName}},\n\n{{QuestionnaireLink}}");
        saved.Token.ShouldNotBeNull();
        await using var db = await database.Factory.CreateDbContextAsync(Ct);
        var email = await new EmailComposer(database.Clock).RenderAsync(db, Welcome.Key, MailTestKit.WelcomeFields(), Ct);
        email.Subject.ShouldBe("Hello Ji-woo");
        email.TextBody.ShouldBe($"Dear Ji-woo,\n\n{MailTestKit.Link}");
        var audit = await db.AuditEntries.SingleAsync(a => a.SubjectType == EmailTemplateEditor.AuditSubject, Ct);
        audit.Action.ShouldBe("E-mail template saved");
        audit.Actor.ShouldBe("Priya Shah");
        audit.Details.ShouldContain("Subject: Welcome to {{FirmName}}, {{ClientFirstName}}: one short questionnaire to get started → Hello {{ClientFirstName}}");
    }

    [Fact]
    public async Task Save_UnknownField_IsRefusedAndNothingIsStored()
    {
        await using var database = await TestDatabase.CreateAsync();
        var editor = new EmailTemplateEditor(database.Factory, database.Clock);

        var refused = await Should.ThrowAsync<DomainException>(() => editor.SaveAsync(Welcome.Key, "Hi {{Nickname}}", "{{QuestionnaireLink}}", null, "Priya", Ct));

        refused.Message.ShouldStartWith("Unknown merge field {{Nickname}}.");
        (await editor.LoadAsync(Welcome.Key, Ct)).IsEdited.ShouldBeFalse();
    }

    [Fact]
    public async Task Save_WithAStaleToken_IsAConflict()
    {
        await using var database = await TestDatabase.CreateAsync();
        var editor = new EmailTemplateEditor(database.Factory, database.Clock);
        var loadedByBoth = await editor.LoadAsync(Welcome.Key, Ct);
        await editor.SaveAsync(Welcome.Key, "First {{FirmName}}", "{{QuestionnaireLink}}", loadedByBoth.Token, "Priya", Ct);

        await Should.ThrowAsync<ConcurrencyConflictException>(() => editor.SaveAsync(Welcome.Key, "Second", "{{QuestionnaireLink}}", loadedByBoth.Token, "Sam", Ct));
        var current = await editor.LoadAsync(Welcome.Key, Ct);
        current.Subject.ShouldBe("First {{FirmName}}");
        await Should.ThrowAsync<ConcurrencyConflictException>(() => editor.ResetAsync(Welcome.Key, Guid.NewGuid(), "Sam", Ct));

        var again = await editor.SaveAsync(Welcome.Key, "Second", "{{QuestionnaireLink}}", current.Token, "Sam", Ct);
        again.Subject.ShouldBe("Second");
        again.Token.ShouldNotBe(current.Token);
    }

    [Fact]
    public async Task Reset_DeletesTheFirmsTextSoTheDefaultIsUsed()
    {
        await using var database = await TestDatabase.CreateAsync();
        var editor = new EmailTemplateEditor(database.Factory, database.Clock);
        var saved = await editor.SaveAsync(Welcome.Key, "Short", "{{QuestionnaireLink}}", null, "Priya", Ct);

        var reset = await editor.ResetAsync(Welcome.Key, saved.Token, "Priya", Ct);

        reset.IsEdited.ShouldBeFalse();
        reset.Subject.ShouldBe(Welcome.Subject);
        (await editor.ListAsync(Ct)).Select(t => t.IsEdited).ShouldAllBe(edited => !edited);
        await using var db = await database.Factory.CreateDbContextAsync(Ct);
        (await db.EmailTemplates.CountAsync(Ct)).ShouldBe(0);
        (await db.AuditEntries.Select(a => a.Action).ToListAsync(Ct)).ShouldBe(["E-mail template saved", "E-mail template reset to default"], ignoreOrder: true);
    }
}
