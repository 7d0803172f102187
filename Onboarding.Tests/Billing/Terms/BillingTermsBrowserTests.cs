using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Data;
using Onboarding.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Tests.Billing.Terms;

/// <summary>
/// Finance sets a fixed fee's terms on the Billing tab in the browser: the deposit is issued at once and the milestones wait
/// for their stages; a hand-written invoice is drafted; the account manager sees the same without a button. Screenshots land
/// in <c>{temp}/onboarding-screenshots/billing-terms</c>.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class BillingTermsBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly string Shots = Path.Combine(Path.GetTempPath(), "onboarding-screenshots", "billing-terms");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FinanceSetsTerms_TheDepositIsIssuedAtOnce_AndTheAccountManagerReadsThem()
    {
        Directory.CreateDirectory(Shots);
        var onboardingId = await StartOnboardingAsync();
        var finance = await app.NewPageAsync();
        await finance.SetViewportSizeAsync(1400, 1000);
        await StaffSignIn.AsAsync(finance, "finance@demo.local");
        await OpenBillingAsync(finance, onboardingId);
        var terms = finance.GetByTestId("billing-terms");
        await Expect(terms.GetByTestId("terms-empty")).ToContainTextAsync("No billing terms yet");
        await finance.GetByTestId("billing-tab").ScreenshotAsync(new() { Path = Path.Combine(Shots, "1-empty.png") });

        await terms.GetByTestId("terms-set").ClickAsync();
        var form = finance.GetByTestId("terms-form");
        await Input(form, "terms-value").FillAsync("24000");
        await Input(form, "terms-deposit").FillAsync("30");
        await Expect(form.GetByTestId("terms-deposit-preview")).ToHaveTextAsync("Deposit = USD 7,200.00, invoiced as soon as you save");
        await form.GetByTestId("milestone-add").ClickAsync();
        await Input(form, "milestone-name").FillAsync("Team ready");
        await Input(form, "milestone-percent").FillAsync("40");
        await form.GetByTestId("milestone-add").ClickAsync();
        await Inputs(form, "milestone-name").Nth(1).FillAsync("Questionnaire answered");
        await Expect(form.GetByTestId("milestones-sum")).ToHaveTextAsync("Deposit 30% + milestones 70% = 100%");
        await finance.Locator(".mud-dialog").ScreenshotAsync(new() { Path = Path.Combine(Shots, "2-terms-dialog.png") });
        await Input(form, "terms-deposit").PressAsync("Control+Enter");

        var invoices = finance.GetByTestId("billing-invoices");
        await Expect(invoices.Locator("[data-testid=invoice-row][data-key=deposit]")).ToHaveAttributeAsync("data-status", "Issued");
        await Expect(invoices.Locator("[data-testid=invoice-row][data-key='milestone:2'] [data-testid=invoice-when]"))
            .ToHaveTextAsync("Issues when the workflow reaches Questionnaire");
        await Expect(terms.Locator("[data-testid=terms-part][data-label=Deposit]")).ToHaveTextAsync("30% = USD 7,200.00");

        await invoices.GetByTestId("invoice-new").ClickAsync();
        var draft = finance.GetByTestId("invoice-form");
        await Input(draft, "invoice-title").FillAsync("Stock photography");
        await Input(draft, "line-description").FillAsync("Photo licences");
        await Input(draft, "line-quantity").FillAsync("3");
        await Input(draft, "line-price").FillAsync("49.995");
        await Expect(draft.GetByTestId("invoice-form-total")).ToHaveTextAsync("Total USD 149.99");
        await finance.Locator(".mud-dialog").ScreenshotAsync(new() { Path = Path.Combine(Shots, "3-invoice-dialog.png") });
        await finance.GetByTestId("invoice-save").ClickAsync();
        await Expect(finance.Locator(".mud-dialog")).ToContainTextAsync("USD amounts have at most 2 decimals: check line 1's price.");
        await Input(draft, "line-price").FillAsync("49.99");
        await finance.GetByTestId("invoice-save").ClickAsync();
        await Expect(invoices.GetByTestId("invoice-row")).ToHaveCountAsync(4);
        await finance.GetByTestId("billing-tab").ScreenshotAsync(new() { Path = Path.Combine(Shots, "4-finance.png") });

        var manager = await app.NewPageAsync();
        await manager.SetViewportSizeAsync(1400, 1000);
        await StaffSignIn.AsAsync(manager, "am@demo.local");
        await OpenBillingAsync(manager, onboardingId);
        await Expect(manager.GetByTestId("billing-invoices").GetByTestId("invoice-row")).ToHaveCountAsync(4);
        await Expect(manager.GetByTestId("billing-terms").GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Expect(manager.GetByTestId("billing-invoices").GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await manager.GetByTestId("billing-tab").ScreenshotAsync(new() { Path = Path.Combine(Shots, "5-account-manager.png") });
        var deposit = await QueryAsync(db => db.Invoices.SingleAsync(i => i.OnboardingId == onboardingId && i.ScheduleKey == "deposit", Ct));
        (deposit.Status, deposit.Total).ShouldBe((InvoiceStatus.Issued, 7_200m));
    }

    private static async Task OpenBillingAsync(IPage page, Guid onboardingId)
    {
        await page.GotoAsync($"/onboardings/{onboardingId}");
        await Expect(page.Locator("[data-interactive]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
        await page.GetByRole(AriaRole.Tab, new() { Name = "Billing" }).ClickAsync();
        await Expect(page.GetByTestId("billing-tab")).ToBeVisibleAsync();
    }

    private static ILocator Input(ILocator scope, string testId) => Inputs(scope, testId).First;

    private static ILocator Inputs(ILocator scope, string testId) =>
        scope.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea");

    /// <summary>Seoul Bloom's onboarding (the demo client without one) started on the default playbook, Alex Morgan managing it.</summary>
    private async Task<Guid> StartOnboardingAsync()
    {
        await using var db = await Databases.CreateDbContextAsync(Ct);
        var clientId = await db.Clients.Where(c => c.CompanyName == "Seoul Bloom Cosmetics").Select(c => c.Id).SingleAsync(Ct);
        string UserId(string email) => db.Users.Single(u => u.Email == email).Id;
        var playbookId = (await app.Services.GetRequiredService<Onboarding.Workflows.Playbooks.PlaybookCatalog>().ListAsync(Ct))
            .Single(p => p.Key == Onboarding.Workflows.Playbooks.DefaultPlaybook.Key).Id;
        var started = await app.Services.GetRequiredService<Onboarding.Workflows.Onboardings.OnboardingStarter>().StartAsync(
            new Onboarding.Domain.Onboardings.StartOnboarding(clientId, playbookId, DateOnly.FromDateTime(DateTime.UtcNow), UserId("am@demo.local"),
                [new Onboarding.Domain.Onboardings.TeamAssignment(UserId("finance@demo.local"), Onboarding.Domain.People.Roles.Finance)]),
            "am@demo.local", Ct);
        return started.Id;
    }

    private IDbContextFactory<OnboardingDbContext> Databases => app.Services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>();

    private async Task<T> QueryAsync<T>(Func<OnboardingDbContext, Task<T>> query)
    {
        await using var db = await Databases.CreateDbContextAsync(Ct);
        return await query(db);
    }
}
