using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Onboarding.Domain.Mail;
using Onboarding.Tests.Support;
using Onboarding.Web.Hosting;
using Onboarding.Web.Mail;
using Onboarding.Web.Settings;
using Onboarding.Web.Shared;
using Onboarding.Workflows.Mail;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Tests.Mail;

/// <summary>bUnit: the Outbox page (rows, statuses, empty state, retry) and the e-mail template editor (rules shown, save).</summary>
public sealed class MailPagesTests
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public async Task Outbox_NoMessages_ShowsTheEmptyState()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var ctx = Context(database, Policies.Staff);

        var page = ctx.Render<OutboxPage>();

        page.WaitForAssertion(() => page.Find("[data-testid=outbox-empty]").TextContent.ShouldContain("No e-mails yet."));
        page.FindAll("[data-testid=outbox-row]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Outbox_ListsEachMessageWithItsStatusAndErrorAndFiltersFailed()
    {
        await using var database = await TestDatabase.CreateAsync();
        var sent = await MailTestKit.QueueWelcomeAsync(database, "sent@example.com");
        await MailTestKit.Dispatcher(database, new RecordingTransport()).DispatchDueAsync(Ct);
        database.Clock.Advance(TimeSpan.FromMinutes(1));
        var failed = await MailTestKit.QueueWelcomeAsync(database, "failed@example.com");
        await FailAsync(database, failed);
        await using var ctx = Context(database, Policies.Staff);

        var page = ctx.Render<OutboxPage>();

        page.WaitForAssertion(() => page.FindAll("[data-testid=outbox-row]").Count.ShouldBe(2));
        var rows = page.FindAll("[data-testid=outbox-row]");
        rows[0].GetAttribute("data-status").ShouldBe("Failed");
        rows[0].TextContent.ShouldContain("failed@example.com");
        rows[0].QuerySelector("[data-testid=outbox-error]")!.TextContent.ShouldBe("Could not reach the mail server: Connection refused");
        rows[1].QuerySelector("[data-testid=outbox-status]")!.TextContent.ShouldContain("Sent");
        rows[1].TextContent.ShouldContain("Welcome to Northwind Digital, Ji-woo");
        page.Find("[data-testid=outbox-count]").TextContent.ShouldBe("1–2 of 2 e-mails");
        page.FindAll("[data-testid=outbox-retry]").ShouldBeEmpty("only account managers and admins retry");

        page.FindAll("[data-testid=outbox-filter] button").Single(b => b.TextContent.Contains("Failed")).Click();
        page.WaitForAssertion(() => page.FindAll("[data-testid=outbox-row]").ShouldHaveSingleItem().TextContent.ShouldContain("failed@example.com"));
        sent.ShouldNotBe(failed);
    }

    [Fact]
    public async Task Outbox_RetryNow_PutsTheFailedMessageBackInTheQueue()
    {
        await using var database = await TestDatabase.CreateAsync();
        var failed = await MailTestKit.QueueWelcomeAsync(database);
        await FailAsync(database, failed);
        await using var ctx = Context(database, Policies.Staff, Policies.AccountManager);

        var page = ctx.Render<OutboxPage>();
        page.WaitForElement("[data-testid=outbox-retry]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=outbox-row]").GetAttribute("data-status").ShouldBe("Pending"));
        (await MailTestKit.ReadAsync(database, failed)).Status.ShouldBe(OutboxStatus.Pending);
    }

    [Fact]
    public async Task Outbox_OpenMessage_ShowsRecipientSubjectAndTextBody()
    {
        await using var database = await TestDatabase.CreateAsync();
        await MailTestKit.QueueWelcomeAsync(database);
        await using var ctx = Context(database, Policies.Staff);
        var dialogs = ctx.Render<MudDialogProvider>();
        var page = ctx.Render<OutboxPage>();

        page.WaitForElement("[data-testid=outbox-open]").Click();

        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=outbox-message-to]").TextContent.ShouldBe("Kim Ji-woo <jiwoo@haneul.example>"));
        dialogs.Find("[data-testid=outbox-message-subject]").TextContent.ShouldStartWith("Welcome to Northwind Digital, Ji-woo");
        dialogs.Find("[data-testid=outbox-message-body]").TextContent.ShouldContain(MailTestKit.Link);
    }

    [Fact]
    public async Task TemplateEditor_UnknownField_IsShownAndSaveDisabled_ThenAValidEditSaves()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var ctx = Context(database, Policies.Staff, Policies.OpsLead);
        var page = ctx.Render<EmailTemplatesPage>();
        page.WaitForElement("[data-testid=template-form][data-key=questionnaire-welcome]");
        page.Find("[data-testid=template-preview-subject]").TextContent.ShouldBe("Welcome to Northwind Digital, Ji-woo: one short questionnaire to get started");

        page.Find("textarea[data-testid=template-body]").Input("Hi {{ClientNickname}}, {{QuestionnaireLink}}");

        page.WaitForAssertion(() => page.Find("[data-testid=template-problems]").TextContent.ShouldContain("Unknown merge field {{ClientNickname}}."));
        page.Find("[data-testid=template-save]").HasAttribute("disabled").ShouldBeTrue();

        page.Find("textarea[data-testid=template-body]").Input("Hi {{ClientFirstName}},\n\n{{QuestionnaireLink}}");
        page.WaitForAssertion(() => page.FindAll("[data-testid=template-problems]").ShouldBeEmpty());
        page.Find("[data-testid=template-preview-html]").GetAttribute("srcdoc")!.ShouldContain("<p>Hi Ji-woo,</p>");
        page.Find("[data-testid=template-save]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=template-item][data-key=questionnaire-welcome]").TextContent.ShouldContain("Edited by priya@firm.example"));
        var stored = await new EmailTemplateEditor(database.Factory, database.Clock).LoadAsync(DefaultEmailTemplates.QuestionnaireWelcome, Ct);
        stored.Body.ShouldBe("Hi {{ClientFirstName}},\n\n{{QuestionnaireLink}}");
    }

    [Fact]
    public async Task TemplateEditor_RemovingTheLink_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var ctx = Context(database, Policies.Staff, Policies.OpsLead);
        var page = ctx.Render<EmailTemplatesPage>();
        page.WaitForElement("[data-testid=template-form]");

        page.Find("textarea[data-testid=template-body]").Input("Hi {{ClientFirstName}}, welcome.");

        page.WaitForAssertion(() => page.Find("[data-testid=template-problems]").TextContent.ShouldContain("The body must keep {{QuestionnaireLink}}"));
        page.Find("[data-testid=template-save]").HasAttribute("disabled").ShouldBeTrue();
    }

    private static BunitContext Context(TestDatabase database, params string[] policies)
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddOnboardingForTests(database);
        ctx.Services.AddScoped<CurrentUser>();
        ctx.Services.AddSingleton(new WorkflowOptions { FirmName = "Northwind Digital" });
        ctx.Services.AddSingleton<Outbox>();
        ctx.Services.AddSingleton<EmailTemplateEditor>();
        ctx.AddAuthorization().SetAuthorized("priya@firm.example").SetPolicies(policies);
        ctx.Render<MudPopoverProvider>();
        return ctx;
    }

    private static async Task FailAsync(TestDatabase database, Guid id)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        var message = await db.OutboxMessages.FindAsync(id);
        (message!.Status, message.Attempts, message.LastError) = (OutboxStatus.Failed, 5, "Could not reach the mail server: Connection refused");
        await db.SaveChangesAsync();
    }
}
