using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using Onboarding.Domain.Data;
using Onboarding.Domain.Scope;
using Onboarding.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Tests.Scope.ChangeRequests;

/// <summary>
/// The issue's path for a change request: with an approved SOW, the account manager raises one on the Scope tab and sends
/// it for approval; the client opens the link from the e-mail and approves it with their name; the staff page shows it
/// approved (live), the log its value and share of the SOW, and finance has a billable item. Screenshots land in
/// <c>{temp}/onboarding-screenshots/change-requests</c>.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class ChangeRequestApprovalBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Client = "Seoul Bloom Cosmetics";
    private static readonly string Shots = Path.Combine(Path.GetTempPath(), "onboarding-screenshots", "change-requests");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AccountManagerRaisesAndSends_ClientApprovesFromTheEmail_StaffSeeItApprovedWithTheLogAndABillableItem()
    {
        Directory.CreateDirectory(Shots);
        var onboardingId = await OnboardingWithApprovedSowAsync();

        var staff = await app.NewPageAsync();
        await staff.SetViewportSizeAsync(1400, 900);
        await StaffSignIn.AsAsync(staff, "am@demo.local");
        await GotoInteractiveAsync(staff, $"/onboardings/{onboardingId}");
        await staff.GetByRole(AriaRole.Tab, new() { Name = "Scope" }).ClickAsync();
        var section = staff.GetByTestId("change-requests");
        await Expect(section.GetByTestId("cr-empty")).ToContainTextAsync("is how scope creeps");
        await section.ScreenshotAsync(new() { Path = Path.Combine(Shots, "1-section-empty.png") });

        // Raise it: the title is focused, the hours suggest the cost at the SOW's rate, Ctrl+Enter saves.
        await section.GetByTestId("cr-raise").First.ClickAsync();
        var form = staff.GetByTestId("cr-form");
        await Expect(Input(form, "cr-title")).ToBeFocusedAsync();
        await Input(form, "cr-title").FillAsync("Two extra landing pages");
        await Input(form, "cr-requested-by").FillAsync("Kim Ji-woo");
        await Input(form, "cr-description").FillAsync("One landing page per product line for the spring campaign, in Korean and English.");
        await Input(form, "cr-reason").FillAsync("The campaign was planned after the SOW was approved.");
        await Input(form, "cr-hours").FillAsync("16");
        await Input(form, "cr-days").FillAsync("3");
        await Expect(form.GetByTestId("cr-cost-hint")).ToContainTextAsync("= USD 2,400.00");
        await Expect(Input(form, "cr-cost")).ToHaveValueAsync(new Regex("^2,?400"));
        await staff.Locator(".mud-dialog").ScreenshotAsync(new() { Path = Path.Combine(Shots, "2-raise-dialog.png") });
        await Input(form, "cr-reason").PressAsync("Control+Enter");
        var row = section.Locator("[data-testid=cr-row][data-reference=CR-001]");
        await Expect(row).ToHaveAttributeAsync("data-status", "Draft");

        // Submit, then send it for approval to the client's contact.
        await row.GetByTestId("cr-submit").ClickAsync();
        await Expect(row).ToHaveAttributeAsync("data-status", "Submitted");
        await row.GetByTestId("cr-send").ClickAsync();
        await Expect(staff.GetByTestId("cr-preview-body")).ToContainTextAsync("Hi Ji-woo,");
        await staff.Locator(".mud-dialog").ScreenshotAsync(new() { Path = Path.Combine(Shots, "3-send-dialog.png") });
        await staff.GetByTestId("cr-send-confirm").ClickAsync();
        await Expect(row).ToHaveAttributeAsync("data-status", "AwaitingClientApproval");
        await section.ScreenshotAsync(new() { Path = Path.Combine(Shots, "4-section-awaiting.png") });

        // The client opens the link from the e-mail and approves with their name.
        var email = await ApprovalEmailAsync();
        email.Subject.ShouldBe("Change request CR-001: Two extra landing pages");
        var link = Regex.Match(email.TextBody ?? "", @"https?://\S+(/cr/\S+)").Groups[1].Value;
        link.ShouldNotBeNullOrEmpty();
        var client = await app.NewPageAsync();
        await client.SetViewportSizeAsync(1280, 900);
        await GotoInteractiveAsync(client, link);
        await Expect(client.GetByTestId("cr-heading")).ToHaveTextAsync("Two extra landing pages");
        await Expect(client.GetByTestId("cr-cost")).ToContainTextAsync("USD 2,400.00");
        await client.ScreenshotAsync(new() { Path = Path.Combine(Shots, "5-client-desktop.png"), FullPage = true });
        await client.SetViewportSizeAsync(390, 844);
        await client.ScreenshotAsync(new() { Path = Path.Combine(Shots, "6-client-390.png"), FullPage = true });
        (await client.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390, "nothing scrolls sideways on a phone");
        await client.GetByTestId("cr-name").FillAsync("Kim Ji-woo");
        await client.GetByTestId("cr-agree").GetByRole(AriaRole.Checkbox).CheckAsync();
        await client.GetByTestId("cr-approve").ClickAsync();
        await Expect(client.GetByTestId("cr-decided")).ToContainTextAsync("Approved by Kim Ji-woo");
        await client.ScreenshotAsync(new() { Path = Path.Combine(Shots, "7-client-approved-390.png"), FullPage = true });

        // The staff page follows by itself: approved, with who; the log's value and share; finance has the line.
        await Expect(row).ToHaveAttributeAsync("data-status", "Approved");
        await Expect(section.Locator("[data-testid=cr-decision][data-reference=CR-001]")).ToContainTextAsync("Approved by Kim Ji-woo");
        await Expect(section.GetByTestId("cr-log-approved")).ToContainTextAsync("USD 2,400.00 = 13.3% of SOW v1's USD 18,000.00");
        await Expect(section.GetByTestId("cr-addenda-title")).ToHaveTextAsync("Addenda to SOW v1");
        await section.ScreenshotAsync(new() { Path = Path.Combine(Shots, "8-section-approved.png") });
        var item = await QueryAsync(db => db.BillableItems.SingleAsync(i => i.OnboardingId == onboardingId, Ct));
        (item.Description, item.Amount, item.Currency).ShouldBe(("CR-001 Two extra landing pages", 2400m, "USD"));
    }

    /// <summary>The first circuit of a freshly started app can take longer than the default wait on a busy machine.</summary>
    private static async Task GotoInteractiveAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await Expect(page.Locator("[data-interactive]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
    }

    private static ILocator Input(ILocator scope, string testId) =>
        scope.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    /// <summary>Seoul Bloom's onboarding started, with SOW v1 approved (120 hours at USD 150: USD 18,000.00), inserted directly.</summary>
    private async Task<Guid> OnboardingWithApprovedSowAsync()
    {
        await using var db = await Databases.CreateDbContextAsync(Ct);
        var clientId = await db.Clients.Where(c => c.CompanyName == Client).Select(c => c.Id).SingleAsync(Ct);
        string UserId(string email) => db.Users.Single(u => u.Email == email).Id;
        var playbookId = (await app.Services.GetRequiredService<Onboarding.Workflows.Playbooks.PlaybookCatalog>().ListAsync(Ct))
            .Single(p => p.Key == Onboarding.Workflows.Playbooks.DefaultPlaybook.Key).Id;
        var started = await app.Services.GetRequiredService<Onboarding.Workflows.Onboardings.OnboardingStarter>().StartAsync(
            new Onboarding.Domain.Onboardings.StartOnboarding(clientId, playbookId, DateOnly.FromDateTime(DateTime.UtcNow), UserId("am@demo.local"),
                [new Onboarding.Domain.Onboardings.TeamAssignment(UserId("finance@demo.local"), Onboarding.Domain.People.Roles.Finance)]),
            "am@demo.local", Ct);
        var now = DateTime.UtcNow;
        var content = new SowContent
        {
            Title = "Statement of work", Currency = "USD", HourlyRate = 150,
            Deliverables = [new SowDeliverable("Website redesign", "Five page templates", 5, "templates", 80), new SowDeliverable("SEO audit", "Technical audit", 1, "audit", 40)],
        };
        db.StatementsOfWork.Add(new StatementOfWork
        {
            Id = Guid.NewGuid(), OnboardingId = started.Id, Version = 1, Status = SowStatus.Approved, ContentJson = content.ToJson(), CreatedAtUtc = now, CreatedBy = "am@demo.local",
            UpdatedAtUtc = now, UpdatedBy = "am@demo.local", SentAtUtc = now, SentBy = "am@demo.local", DecidedAtUtc = now, DecidedByName = "Kim Ji-woo", ConcurrencyToken = Guid.NewGuid(),
        });
        await db.SaveChangesAsync(Ct);
        return started.Id;
    }

    private IDbContextFactory<OnboardingDbContext> Databases => app.Services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>();

    private async Task<T> QueryAsync<T>(Func<OnboardingDbContext, Task<T>> query)
    {
        await using var db = await Databases.CreateDbContextAsync(Ct);
        return await query(db);
    }

    private async Task<MimeMessage> ApprovalEmailAsync()
    {
        var folder = app.Services.GetRequiredService<IConfiguration>()["Mail:PickupDirectory"].ShouldNotBeNull();
        for (var wait = 0; wait < 100; wait++)
        {
            foreach (var path in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
            {
                var message = await MimeMessage.LoadAsync(path, Ct);
                if (message.Subject?.StartsWith("Change request CR-001", StringComparison.Ordinal) == true) return message;
            }
            await Task.Delay(100, Ct);
        }
        throw new TimeoutException($"No change-request e-mail arrived in {folder} within 10 seconds.");
    }
}
