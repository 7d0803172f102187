using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.People;
using Onboarding.Domain.Playbooks;
using Onboarding.Tests.Browser;
using Onboarding.Tests.Onboardings.Kickoff;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Onboardings.Kickoff;
using Onboarding.Workflows.Playbooks;
using Onboarding.Workflows.Questionnaires.Sending;
using Onboarding.Workflows.Runtime;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Tests.Scope.Sow;

/// <summary>
/// The issue's path for the SOW: the account manager starts it on the Scope tab, adds a deliverable and an exclusion, saves and
/// sends it; the client opens the link from the e-mail and approves with their name; the onboarding moves on to confirming the scope.
/// Screenshots go to the folder in SOW_SCREENSHOTS when it is set (to look at the pages).
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class SowApprovalBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Client = "Seoul Bloom Cosmetics";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AccountManagerWritesAndSends_ClientApprovesFromTheEmail_AndTheOnboardingMovesOn()
    {
        var onboardingId = await OnboardingAtWriteTheSowAsync();

        var staff = await app.NewPageAsync();
        await staff.SetViewportSizeAsync(1440, 1000);
        await StaffSignIn.AsAsync(staff, "am@demo.local");
        await staff.GotoAsync($"/onboardings/{onboardingId}");
        // The onboarding page is the heaviest there is; on a loaded machine its circuit takes longer than an assertion's default.
        await Expect(staff.Locator("[data-interactive]")).ToBeAttachedAsync(new() { Timeout = 20_000 });
        await staff.GetByRole(AriaRole.Tab, new() { Name = "Scope" }).ClickAsync();
        await Expect(staff.GetByTestId("sow-empty")).ToContainTextAsync("what is not included");
        await staff.GetByTestId("sow-start").ClickAsync();

        // The draft starts from the onboarding; sending waits for a deliverable and an exclusion.
        await Expect(Input(staff, "sow-title")).ToHaveValueAsync("Statement of work: Seoul Bloom Cosmetics");
        await Expect(staff.GetByTestId("sow-problems")).ToContainTextAsync("Deliverables: add at least one");
        await Expect(staff.GetByTestId("sow-send")).ToBeDisabledAsync();
        await staff.GetByTestId("sow-add-deliverable").ClickAsync();
        var deliverable = staff.GetByTestId("sow-deliverable").First;
        await Input(deliverable, "sow-deliverable-name").FillAsync("Blog articles");
        await Input(deliverable, "sow-deliverable-quantity").FillAsync("8");
        await Input(deliverable, "sow-deliverable-unit").FillAsync("articles");
        await Input(deliverable, "sow-deliverable-hours").FillAsync("32");
        await Input(deliverable, "sow-deliverable-hours").BlurAsync();
        await staff.GetByTestId("sow-suggestions-exclusion").GetByText("Paid media spend", new() { Exact = true }).ClickAsync();
        await Expect(staff.GetByTestId("sow-no-problems")).ToBeVisibleAsync();
        await Expect(staff.GetByTestId("sow-unsaved")).ToBeVisibleAsync();
        await staff.Keyboard.PressAsync("Control+s");
        await Expect(staff.GetByTestId("sow-saved")).ToContainTextAsync("by you");
        await Expect(staff.GetByTestId("sow-unsaved")).ToHaveCountAsync(0);
        await Expect(staff.GetByTestId("sow-preview")).Not.ToHaveAttributeAsync("data-state", "drawing");
        await staff.EvaluateAsync("document.querySelector('[data-testid=sow-editor-pane]').scrollTop = 0");
        await staff.GetByTestId("sow-editor").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(staff, "scope-tab-editor", fullPage: false);
        await staff.GetByTestId("sow-deliverable").First.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(staff, "scope-tab-editor-deliverables", fullPage: false);

        await staff.GetByTestId("sow-send").ClickAsync();
        await Expect(staff.GetByTestId("sow-email-body")).ToContainTextAsync("Hi Ji-woo,");
        await ScreenshotAsync(staff, "scope-tab-send-dialog", fullPage: false);
        await staff.GetByTestId("sow-send-confirm").ClickAsync();
        // Sending also moves the workflow on (gate, Phase 2 gateway, the wait for the approval): a few engine steps.
        await Expect(staff.GetByTestId("sow-decision")).ToContainTextAsync("Sent for approval to Kim Ji-woo", new() { Timeout = 15_000 });
        await Expect(staff.Locator("[data-testid=stage-step][data-state=Current]")).ToContainTextAsync("Scope guard");

        // The client's e-mail carries their link; they read the SOW and approve it with their name.
        var link = Regex.Match((await EmailAsync()).TextBody ?? "", @"https?://\S+/s/(\S+)").Groups[1].Value;
        link.ShouldNotBeNullOrEmpty();
        var client = await app.NewPageAsync();
        await client.SetViewportSizeAsync(1280, 900);
        await app.GotoInteractiveAsync(client, $"/s/{link}");
        await Expect(client.GetByTestId("scope-heading")).ToHaveTextAsync($"Statement of work v1 for {Client}");
        await Expect(client.GetByTestId("sow-view")).ToContainTextAsync("Paid media spend");
        await ScreenshotAsync(client, "client-scope-desktop", fullPage: true);
        await client.SetViewportSizeAsync(390, 844);
        await ScreenshotAsync(client, "client-scope-phone-top", fullPage: false);
        (await client.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, "nothing wider than the phone");
        var pdf = await client.Context.APIRequest.GetAsync($"/s/{link}/sow.pdf");
        pdf.Status.ShouldBe(200);
        (await pdf.BodyAsync())[..5].ShouldBe("%PDF-"u8.ToArray());
        await Input(client, "scope-name").FillAsync("Kim Ji-woo");
        await client.GetByLabel($"I approve statement of work v1 on behalf of {Client}.").CheckAsync();
        await ScreenshotAsync(client, "client-scope-phone-decision", fullPage: false);
        await client.GetByTestId("scope-approve").ClickAsync();
        await Expect(client.GetByTestId("scope-status")).ToContainTextAsync("Approved by Kim Ji-woo on");
        await Expect(client.GetByTestId("scope-approve")).ToHaveCountAsync(0);
        await ScreenshotAsync(client, "client-scope-approved-phone", fullPage: false);

        // The account manager's page follows by itself: approved, and the onboarding waits on them to confirm the scope.
        await Expect(staff.GetByTestId("sow-decision")).ToContainTextAsync("Approved by Kim Ji-woo");
        await ScreenshotAsync(staff, "scope-tab-approved", fullPage: false);
        await staff.GetByRole(AriaRole.Tab, new() { Name = "Work" }).ClickAsync();
        await Expect(staff.GetByTestId("open-work-items")).ToContainTextAsync("Confirm scope with the client");
        await ScreenshotAsync(staff, "staff-after-approval", fullPage: false);
    }

    private static ILocator Input(IPage page, string testId) => Input(page.Locator("body"), testId);

    private static ILocator Input(ILocator scope, string testId) =>
        scope.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    private static async Task ScreenshotAsync(IPage page, string name, bool fullPage)
    {
        var folder = Environment.GetEnvironmentVariable("SOW_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = fullPage });
    }

    /// <summary>Seoul Bloom's onboarding started and driven through the engine, with the records its gates check, to "Write the statement of work".</summary>
    private async Task<Guid> OnboardingAtWriteTheSowAsync()
    {
        var services = app.Services;
        var runtime = services.GetRequiredService<WorkflowRuntime>();
        var databases = services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>();
        Guid onboardingId;
        string opsId;
        await using (var db = await databases.CreateDbContextAsync(Ct))
        {
            var clientId = await db.Clients.Where(c => c.CompanyName == Client).Select(c => c.Id).SingleAsync(Ct);
            string UserId(string email) => db.Users.Single(u => u.Email == email).Id;
            opsId = UserId("ops@demo.local");
            var playbookId = (await services.GetRequiredService<PlaybookCatalog>().ListAsync(Ct)).Single(p => p.Key == DefaultPlaybook.Key).Id;
            onboardingId = (await services.GetRequiredService<OnboardingStarter>().StartAsync(new StartOnboarding(clientId, playbookId,
                DateOnly.FromDateTime(DateTime.UtcNow), UserId("am@demo.local"), [new TeamAssignment(opsId, Roles.OpsLead)]), "am@demo.local", Ct)).Id;
        }
        await KickoffScenario.RecordReadinessAsync(databases, DateTime.UtcNow, onboardingId, opsId);
        var kickoff = KickoffScenario.ValidDraft();
        kickoff.Date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7));
        await services.GetRequiredService<KickoffPlanner>().SaveAsync(onboardingId, kickoff, "am@demo.local", Ct);
        for (var step = 0; step < 60; step++)
        {
            await using var db = await databases.CreateDbContextAsync(Ct);
            var instanceId = await db.Onboardings.Where(o => o.Id == onboardingId).Select(o => o.WorkflowInstanceId).SingleAsync(Ct);
            var open = await db.WorkItems.Where(w => w.InstanceId == instanceId && w.Status == WorkItemStatus.Open).OrderBy(w => w.OpenedAtUtc).ToListAsync(Ct);
            if (open.Any(w => w.Title == SowWorld.WriteSow)) return onboardingId;
            if (open.Count > 0)
            {
                if (open[0].Gate == "questionnaire-sent")
                {
                    var sender = services.GetRequiredService<QuestionnaireSender>();
                    await sender.SendAsync(onboardingId, (await sender.RecipientsAsync(onboardingId, Ct))[0].ContactId, "am@demo.local", ct: Ct);
                }
                else await runtime.CompleteWorkItemAsync(open[0].Id, "am@demo.local", ct: Ct);
                continue;
            }
            var waitsFor = await db.MessageSubscriptions.Where(m => m.InstanceId == instanceId).Select(m => m.MessageName).FirstAsync(Ct);
            await runtime.DeliverMessageAsync(waitsFor, onboardingId.ToString(), null, "client", Ct);
        }
        throw new InvalidOperationException($"'{SowWorld.WriteSow}' never opened.");
    }

    private async Task<MimeMessage> EmailAsync()
    {
        var folder = app.Services.GetRequiredService<IConfiguration>()["Mail:PickupDirectory"].ShouldNotBeNull();
        for (var wait = 0; wait < 100; wait++)
        {
            foreach (var path in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
            {
                var message = await MimeMessage.LoadAsync(path, Ct);
                if (message.Subject?.StartsWith("Your statement of work", StringComparison.Ordinal) == true) return message;
            }
            await Task.Delay(100, Ct);
        }
        throw new TimeoutException($"No statement of work e-mail arrived in {folder} within 10 seconds.");
    }
}
