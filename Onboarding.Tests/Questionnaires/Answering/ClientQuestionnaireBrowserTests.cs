using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Clients;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.People;
using Onboarding.Domain.Questionnaires;
using Onboarding.Tests.Browser;
using Onboarding.Tests.Clients;
using Onboarding.Workflows.ClientLinks;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Playbooks;
using static Microsoft.Playwright.Assertions;
using static Onboarding.Workflows.Questionnaires.DefaultQuestionnaireTemplate;

namespace Onboarding.Tests.Questionnaires.Answering;

/// <summary>The issue's acceptance test: open the link, answer half, close, open again and find the answers; upload a PDF; submit; read-only.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class ClientQuestionnaireBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Answers_survive_closing_the_page_a_pdf_uploads_and_submitting_makes_it_read_only()
    {
        var page = await app.NewPageAsync();
        var (questionnaireId, onboardingId, token) = await SendQuestionnaireAsync();

        var response = await page.GotoAsync($"/q/{token}");
        response!.Headers["referrer-policy"].ShouldBe("no-referrer");
        response.Headers["x-robots-tag"].ShouldContain("noindex");
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await Expect(page.GetByTestId("welcome")).ToHaveTextAsync("Welcome, Ingrid");
        await Expect(page.GetByTestId("progress-text")).ToHaveTextAsync("0 of 19 answered");

        await Answer(page, Keys.Website).FillAsync("https://fjord.example.com");
        await Answer(page, "business-summary").FillAsync("Kayak tours along the fjords.");
        await Answer(page, Keys.Goals).FillAsync("Bookings from 40 to 70 a month by May");
        await Expect(page.GetByTestId("global-save-status")).ToHaveTextAsync(new Regex("^All changes saved at"));
        await Expect(page.GetByTestId("progress-text")).ToHaveTextAsync("3 of 19 answered");
        await page.Context.CloseAsync();

        page = await app.NewPageAsync();
        await app.GotoInteractiveAsync(page, $"/q/{token}");
        await Expect(Answer(page, Keys.Website)).ToHaveValueAsync("https://fjord.example.com");
        await Expect(Answer(page, "business-summary")).ToHaveValueAsync("Kayak tours along the fjords.");
        await Expect(page.GetByTestId("progress-text")).ToHaveTextAsync("3 of 19 answered");

        await Answer(page, "audiences").FillAsync("Tourists in summer, schools in spring.");
        await Answer(page, "approval-workflow").FillAsync("Ingrid approves within a day.");
        await Question(page, Keys.Budget).GetByText("5,000 to 15,000", new() { Exact = true }).ClickAsync();
        await Question(page, "communication-channel").GetByText("E-mail", new() { Exact = true }).ClickAsync();
        await Question(page, Keys.Platforms).GetByText("Google Analytics", new() { Exact = true }).ClickAsync();
        var contact = Question(page, Keys.KeyContacts).GetByTestId("contact-row").First;
        await contact.GetByLabel("Name", new() { Exact = true }).FillAsync("Ingrid Dahl");
        await contact.GetByLabel("E-mail", new() { Exact = true }).FillAsync("ingrid@fjord.example.com");
        await Question(page, Keys.BrandGuidelines).Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "brand-guidelines.pdf", MimeType = "application/pdf", Buffer = Files.Pdf,
        });
        await Expect(Question(page, Keys.BrandGuidelines).GetByTestId("file-row")).ToContainTextAsync("brand-guidelines.pdf");
        await Expect(page.GetByTestId("global-save-status")).ToHaveTextAsync(new Regex("^All changes saved at"));
        await Expect(page.GetByTestId("progress-text")).ToHaveTextAsync("10 of 19 answered");

        await page.GetByTestId("submitter-name").Locator("input").Or(page.Locator("input[data-testid=submitter-name]")).FillAsync("Ingrid Dahl");
        await page.GetByTestId("submit").ClickAsync();

        await Expect(page.GetByTestId("thank-you")).ToContainTextAsync("Thank you, Ingrid Dahl!");
        await Expect(page.GetByTestId("submit")).ToHaveCountAsync(0);
        await Expect(Answer(page, Keys.Website)).ToHaveAttributeAsync("readonly", "");
        await Expect(page.GetByTestId("choose-files")).ToHaveCountAsync(0);

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>().CreateDbContextAsync(Ct);
        var questionnaire = await db.Questionnaires.AsNoTracking().SingleAsync(q => q.Id == questionnaireId, Ct);
        questionnaire.SubmittedBy.ShouldBe("Ingrid Dahl");
        var file = await db.QuestionnaireFiles.AsNoTracking().SingleAsync(f => f.QuestionnaireId == questionnaireId, Ct);
        file.ContentType.ShouldBe("application/pdf");
        // The onboarding's workflow is still before its questionnaire step: the message waits for it there.
        (await db.BufferedMessages.CountAsync(m => m.MessageName == KnownMessages.QuestionnaireSubmitted && m.CorrelationKey == onboardingId.ToString(), Ct)).ShouldBe(1);
        await app.Services.GetRequiredService<Onboarding.Workflows.Questionnaires.IUploadStore>().DeleteAsync(file.StorageName, Ct);
    }

    [Fact]
    public async Task A_tampered_link_shows_a_neutral_page()
    {
        var page = await app.NewPageAsync();
        var (_, _, token) = await SendQuestionnaireAsync();
        await app.GotoInteractiveAsync(page, $"/q/{token[..^2]}xy");
        await Expect(page.GetByTestId("link-refused")).ToContainTextAsync("This link is not valid");
        (await page.ContentAsync()).ShouldNotContain("Ingrid");
    }

    private static ILocator Question(IPage page, string key) => page.Locator($"[data-testid=question][data-key='{key}']");

    private static ILocator Answer(IPage page, string key) =>
        page.Locator($"input[data-testid='answer-{key}'], textarea[data-testid='answer-{key}'], [data-testid='answer-{key}'] input, [data-testid='answer-{key}'] textarea").First;

    /// <summary>A new client's onboarding with the default questionnaire sent (the row and link created as the sender does).</summary>
    private async Task<(Guid QuestionnaireId, Guid OnboardingId, string Token)> SendQuestionnaireAsync()
    {
        var services = app.Services;
        var clientId = await services.GetRequiredService<ClientDirectory>().CreateAsync(ClientDrafts.Valid($"Fjord Kayaks {Guid.NewGuid():N}"[..20]), "am@demo.local", Ct);
        await using var db = await services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>().CreateDbContextAsync(Ct);
        string UserId(string email) => db.Users.Single(u => u.Email == email).Id;
        var playbookId = (await services.GetRequiredService<PlaybookCatalog>().ListAsync(Ct)).Single(p => p.Key == DefaultPlaybook.Key).Id;
        var started = await services.GetRequiredService<OnboardingStarter>().StartAsync(new StartOnboarding(clientId, playbookId, DateOnly.FromDateTime(DateTime.UtcNow),
            UserId("am@demo.local"), [new TeamAssignment(UserId("ops@demo.local"), Roles.OpsLead), new TeamAssignment(UserId("finance@demo.local"), Roles.Finance)]), "am@demo.local", Ct);
        var template = await db.QuestionnaireTemplates.SingleAsync(t => t.Key == Key && t.Status == TemplateStatus.Published, Ct);
        var now = DateTime.UtcNow;
        var questionnaire = new Questionnaire
        {
            Id = Guid.NewGuid(), OnboardingId = started.Id, TemplateId = template.Id, RecipientName = "Ingrid Dahl", GreetingName = "Ingrid", RecipientEmail = "ingrid@fjord.example.com",
            SentAtUtc = now, SentBy = "am@demo.local", DueAtUtc = now.AddDays(14), ConcurrencyToken = Guid.NewGuid(),
        };
        db.Questionnaires.Add(questionnaire);
        var link = await services.GetRequiredService<ClientLinks>().IssueAsync(db, ClientLinkPurpose.Questionnaire, questionnaire.Id, started.Id, "am@demo.local", ct: Ct);
        await db.SaveChangesAsync(Ct);
        return (questionnaire.Id, started.Id, link.Token);
    }
}
