using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using Onboarding.Domain.Data;
using Onboarding.Domain.Playbooks;
using Onboarding.Tests.Browser;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Runtime;
using static Microsoft.Playwright.Assertions;
using static Onboarding.Workflows.Questionnaires.DefaultQuestionnaireTemplate;

namespace Onboarding.Tests.Questionnaires;

/// <summary>
/// The issue's end-to-end path: the account manager sends the questionnaire from the onboarding page; the welcome e-mail
/// arrives (pickup folder) with the client's link; the client answers half, closes the page, opens the link again and
/// finds the answers, uploads a PDF and submits; the onboarding moves on to tech setup and the answers fill it.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class QuestionnaireJourneyBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Client = "Seoul Bloom Cosmetics";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AccountManagerSends_ClientAnswersAcrossTwoVisits_UploadsAPdf_Submits_AndTheOnboardingMovesOn()
    {
        var onboardingId = await OnboardingAtTheWelcomeStepAsync();

        // The account manager sends the welcome e-mail from the Questionnaire tab.
        var staff = await app.NewPageAsync();
        await StaffSignIn.AsAsync(staff, "am@demo.local");
        await app.GotoInteractiveAsync(staff, $"/onboardings/{onboardingId}");
        await staff.GetByRole(AriaRole.Tab, new() { Name = "Questionnaire" }).ClickAsync();
        await Expect(staff.GetByTestId("questionnaire-preview-body")).ToContainTextAsync("Hi Ji-woo,");
        await Expect(staff.Locator("[data-testid=questionnaire-greeting] input, input[data-testid=questionnaire-greeting]").First).ToHaveValueAsync("Ji-woo");
        await staff.GetByTestId("questionnaire-send-button").ClickAsync();
        await Expect(staff.GetByTestId("questionnaire-sent")).ToContainTextAsync("Kim Ji-woo");
        var current = staff.Locator("[data-testid=stage-step][data-state=Current]");
        await Expect(current).ToContainTextAsync("Questionnaire");

        // The e-mail arrives through the dispatcher; its one call to action is the client's link.
        var email = await WelcomeEmailAsync();
        email.Subject.ShouldBe("Welcome to Northwind Digital, Ji-woo: one short questionnaire to get started");
        var link = Regex.Match(email.TextBody ?? "", @"https?://\S+/q/(\S+)").Groups[1].Value;
        link.ShouldNotBeNullOrEmpty();

        // Visit 1: answer three questions, then close the browser.
        var client = await app.NewPageAsync();
        await app.GotoInteractiveAsync(client, $"/q/{link}");
        await Expect(client.GetByTestId("welcome")).ToContainTextAsync("Ji-woo");
        await Answer(client, Keys.Website).FillAsync("https://seoulbloom.example");
        await Answer(client, "business-summary").FillAsync("Vegan skincare sold online in Korea and Japan.");
        await Answer(client, Keys.Goals).FillAsync("Online orders from 900 to 1,500 a month by June 2027");
        await Expect(client.GetByTestId("global-save-status")).ToHaveTextAsync(new Regex("^All changes saved at"));
        await client.Context.CloseAsync();

        // Visit 2, as from another device: the answers are there.
        client = await app.NewPageAsync();
        await app.GotoInteractiveAsync(client, $"/q/{link}");
        await Expect(Answer(client, Keys.Website)).ToHaveValueAsync("https://seoulbloom.example");
        await Expect(Answer(client, Keys.Goals)).ToHaveValueAsync("Online orders from 900 to 1,500 a month by June 2027");
        await Expect(client.GetByTestId("progress-text")).ToHaveTextAsync("3 of 19 answered");

        // Submitting too early names what is missing.
        await client.GetByTestId("submitter-name").Locator("input").Or(client.Locator("input[data-testid=submitter-name]")).FillAsync("Kim Ji-woo");
        await client.GetByTestId("submit").ClickAsync();
        await Expect(client.GetByTestId("missing-answers")).ToContainTextAsync("Please upload your brand guidelines");

        await Answer(client, "audiences").FillAsync("Women 25-40 who buy skincare online.");
        await Answer(client, "approval-workflow").FillAsync("Ji-woo approves; the CEO signs off budgets within two days.");
        await Question(client, Keys.Budget).GetByText("15,000 to 50,000", new() { Exact = true }).ClickAsync();
        await Question(client, "communication-channel").GetByText("E-mail", new() { Exact = true }).ClickAsync();
        await Question(client, Keys.Platforms).GetByText("Google Analytics", new() { Exact = true }).ClickAsync();
        var contact = Question(client, Keys.KeyContacts).GetByTestId("contact-row").First;
        await contact.GetByLabel("Name", new() { Exact = true }).FillAsync("Park Seo-yeon");
        await contact.GetByLabel("E-mail", new() { Exact = true }).FillAsync("seoyeon.park@seoulbloom.example");
        await Question(client, Keys.BrandGuidelines).Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "seoul-bloom-brand.pdf", MimeType = "application/pdf", Buffer = Pdf,
        });
        await Expect(Question(client, Keys.BrandGuidelines).GetByTestId("file-row")).ToContainTextAsync("seoul-bloom-brand.pdf");
        await Expect(client.GetByTestId("global-save-status")).ToHaveTextAsync(new Regex("^All changes saved at"));
        await client.GetByTestId("submit").ClickAsync();
        await Expect(client.GetByTestId("thank-you")).ToContainTextAsync("Kim Ji-woo");

        // The account manager's page moves on by itself: tech setup, the answers and the file, the access requests seeded.
        await Expect(current.First).ToContainTextAsync(new Regex("Tech setup|Reporting"));
        await Expect(staff.GetByTestId("questionnaire-submitted")).ToContainTextAsync("Kim Ji-woo");
        await Expect(staff.GetByTestId("questionnaire-answers")).ToContainTextAsync("https://seoulbloom.example");
        var file = staff.GetByTestId("questionnaire-file-link").First;
        await Expect(file).ToContainTextAsync("seoul-bloom-brand.pdf");
        var download = await staff.Context.APIRequest.GetAsync(await file.GetAttributeAsync("href") ?? "");
        download.Status.ShouldBe(200);
        (await download.BodyAsync()).ShouldBe(Pdf);
        var anonymous = await (await app.NewPageAsync()).Context.APIRequest.GetAsync(await file.GetAttributeAsync("href") ?? "", new() { MaxRedirects = 0 });
        anonymous.Status.ShouldNotBe(200);

        await staff.GetByRole(AriaRole.Tab, new() { Name = "Access" }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Button, new() { Name = "More for Priya Shah on Google Analytics" })).ToBeVisibleAsync();
    }

    private static ILocator Question(IPage page, string key) => page.Locator($"[data-testid=question][data-key='{key}']");

    private static ILocator Answer(IPage page, string key) =>
        page.Locator($"input[data-testid='answer-{key}'], textarea[data-testid='answer-{key}'], [data-testid='answer-{key}'] input, [data-testid='answer-{key}'] textarea").First;

    private static readonly byte[] Pdf = System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    /// <summary>Seoul Bloom's onboarding started, contract and payment done and the internal kickoff completed through the engine.</summary>
    private async Task<Guid> OnboardingAtTheWelcomeStepAsync()
    {
        var runtime = app.Services.GetRequiredService<WorkflowRuntime>();
        var databases = app.Services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>();
        var onboardingId = await StartAsync(databases);
        for (var step = 0; step < 12; step++)
        {
            await using var db = await databases.CreateDbContextAsync(Ct);
            var instanceId = await db.Onboardings.Where(o => o.Id == onboardingId).Select(o => o.WorkflowInstanceId).SingleAsync(Ct);
            var open = await db.WorkItems.Where(w => w.InstanceId == instanceId && w.Status == WorkItemStatus.Open).ToListAsync(Ct);
            if (open.Count == 0)
            {
                await runtime.DeliverMessageAsync(KnownMessages.DepositPaid, onboardingId.ToString(), null, "finance@demo.local", Ct);
                continue;
            }
            var item = open.ShouldHaveSingleItem();
            if (item.Title == "Send welcome email with questionnaire") return onboardingId;
            await runtime.CompleteWorkItemAsync(item.Id, "am@demo.local", ct: Ct);
        }
        throw new InvalidOperationException("The onboarding did not reach the welcome e-mail step.");
    }

    private async Task<Guid> StartAsync(IDbContextFactory<OnboardingDbContext> databases)
    {
        await using var db = await databases.CreateDbContextAsync(Ct);
        var clientId = await db.Clients.Where(c => c.CompanyName == Client).Select(c => c.Id).SingleAsync(Ct);
        string UserId(string email) => db.Users.Single(u => u.Email == email).Id;
        var playbookId = (await app.Services.GetRequiredService<Onboarding.Workflows.Playbooks.PlaybookCatalog>().ListAsync(Ct))
            .Single(p => p.Key == Onboarding.Workflows.Playbooks.DefaultPlaybook.Key).Id;
        var started = await app.Services.GetRequiredService<Onboarding.Workflows.Onboardings.OnboardingStarter>().StartAsync(
            new Onboarding.Domain.Onboardings.StartOnboarding(clientId, playbookId, DateOnly.FromDateTime(DateTime.UtcNow), UserId("am@demo.local"),
                [new Onboarding.Domain.Onboardings.TeamAssignment(UserId("ops@demo.local"), Onboarding.Domain.People.Roles.OpsLead)]),
            "am@demo.local", Ct);
        return started.Id;
    }

    private async Task<MimeMessage> WelcomeEmailAsync()
    {
        var folder = app.Services.GetRequiredService<IConfiguration>()["Mail:PickupDirectory"].ShouldNotBeNull();
        for (var wait = 0; wait < 100; wait++)
        {
            foreach (var path in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
            {
                var message = await MimeMessage.LoadAsync(path, Ct);
                if (message.Subject?.StartsWith("Welcome to", StringComparison.Ordinal) == true && message.To.Mailboxes.Any(m => m.Address == "jiwoo.kim@seoulbloom.kr")) return message;
            }
            await Task.Delay(100, Ct);
        }
        throw new TimeoutException($"No welcome e-mail to Kim Ji-woo arrived in {folder} within 10 seconds.");
    }
}
