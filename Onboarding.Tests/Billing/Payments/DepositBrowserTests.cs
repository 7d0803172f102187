using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.Playbooks;
using Onboarding.Domain.People;
using Onboarding.Tests.Browser;
using Onboarding.Workflows.Billing;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Playbooks;
using Onboarding.Workflows.Runtime;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Tests.Billing.Payments;

/// <summary>
/// The issue's path for the deposit gate: Seoul Bloom's onboarding waits for its deposit (KRW, no decimals) with the deposit
/// invoice issued; finance sees "Waiting for deposit" on the board and the page, records the payment on the Billing tab
/// (a little more than due: kept as credit), and the onboarding moves on to the internal kickoff. The account manager then
/// reads the payments without acting. Screenshots land in <c>{temp}/onboarding-screenshots/payments</c>.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class DepositBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Client = "Seoul Bloom Cosmetics";
    private static readonly string Shots = Path.Combine(Path.GetTempPath(), "onboarding-screenshots", "payments");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FinanceRecordsTheDeposit_TheOnboardingLeavesWaitingForDeposit_OnThePageAndTheBoard()
    {
        Directory.CreateDirectory(Shots);
        var (onboardingId, deposit) = await OnboardingWaitingForDepositAsync();
        var waiting = $"Waiting for deposit · KRW 4,500,000 due {deposit.DueOn!.Value:d MMM}";

        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(1400, 900);
        await StaffSignIn.AsAsync(page, "finance@demo.local");
        await GotoInteractiveAsync(page, "/board");
        var card = page.Locator($"[data-testid=board-column][data-stage='Contract & payment'] [data-testid=board-card][data-client='{Client}']");
        await Expect(card.GetByTestId("next-action")).ToHaveTextAsync(waiting);
        await card.ScreenshotAsync(new() { Path = Path.Combine(Shots, "1-board-card-waiting.png") });

        await GotoInteractiveAsync(page, $"/onboardings/{onboardingId}");
        await Expect(page.GetByTestId("payment-wait")).ToHaveTextAsync(waiting);
        await Expect(page.Locator("[data-testid=stage-step][data-state=Current] [data-testid=stage-wait]")).ToHaveTextAsync(waiting);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Billing" }).ClickAsync();
        var section = page.GetByTestId("billing-payments");
        await Expect(section.GetByTestId("payments-empty")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "2-page-waiting.png") });

        // The dialog offers the deposit with its balance; a decimal is refused for KRW, a little more is kept as credit.
        await section.GetByTestId("payment-record").ClickAsync();
        var form = page.GetByTestId("payment-form");
        var amount = Input(form, "payment-amount");
        await Expect(amount).ToBeFocusedAsync();
        await Expect(amount).ToHaveValueAsync("4500000");
        await Expect(form.GetByTestId("payment-credit-line")).ToHaveTextAsync($"Pays {deposit.Number} in full.");
        await amount.FillAsync("4500000.5");
        await Input(form, "payment-reference").FillAsync("KB-2026-1130");
        await page.GetByTestId("payment-save").ClickAsync();
        await Expect(form).ToContainTextAsync("KRW has no decimals: enter a whole amount.");
        await amount.FillAsync("4600000");
        await Expect(form.GetByTestId("payment-credit-line")).ToHaveTextAsync($"Pays {deposit.Number} in full; KRW 100,000 will be kept as credit.");
        await page.Locator(".mud-dialog").ScreenshotAsync(new() { Path = Path.Combine(Shots, "3-record-dialog.png") });
        await Input(form, "payment-reference").PressAsync("Control+Enter");

        // The payment is listed with what it paid and the credit; the page leaves the wait by itself.
        var row = section.Locator("[data-testid=payment-row][data-reference='KB-2026-1130']");
        await Expect(row.GetByTestId("payment-applied")).ToContainTextAsync(deposit.Number!);
        await Expect(row.GetByTestId("payment-credit-left")).ToHaveTextAsync("KRW 100,000");
        await Expect(section.GetByTestId("payment-credit")).ToContainTextAsync("KRW 100,000");
        await Expect(page.GetByTestId("payment-wait")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=stage-step][data-state=Current] .stage-name")).ToHaveTextAsync("Internal kickoff");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "4-page-paid.png"), FullPage = true });

        // Voiding asks for a reason and says the deposit cannot be taken back from the workflow; cancelled here.
        await row.GetByTestId("payment-void").ClickAsync();
        await Expect(page.GetByTestId("payment-void-deposit")).ToContainTextAsync("voiding cannot take that back");
        await Expect(page.GetByTestId("payment-void-confirm")).ToBeDisabledAsync();
        await page.Locator(".mud-dialog").ScreenshotAsync(new() { Path = Path.Combine(Shots, "5-void-dialog.png") });
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);

        // Money with no open invoice is all credit; voided with a reason, it stays listed, struck through.
        await section.GetByTestId("payment-record").ClickAsync();
        await Expect(form.GetByTestId("payment-credit-line")).ToHaveTextAsync("Enter the amount received.");
        await Input(form, "payment-amount").FillAsync("50000");
        await Expect(form.GetByTestId("payment-credit-line")).ToHaveTextAsync("KRW 50,000 will be kept as the client's credit.");
        await Input(form, "payment-reference").FillAsync("DUP-1");
        await page.GetByTestId("payment-save").ClickAsync();
        await Expect(section.GetByTestId("payment-credit")).ToContainTextAsync("KRW 150,000");
        var duplicate = section.Locator("[data-testid=payment-row][data-reference='DUP-1']");
        await duplicate.GetByTestId("payment-void").ClickAsync();
        await Input(page.Locator(".mud-dialog"), "payment-void-reason").FillAsync("Entered twice");
        await page.GetByTestId("payment-void-confirm").ClickAsync();
        await Expect(duplicate).ToHaveAttributeAsync("data-void", "true");
        await Expect(section.GetByTestId("payment-void-note")).ToContainTextAsync("Entered twice");
        await Expect(section.GetByTestId("payment-credit")).ToContainTextAsync("KRW 100,000");
        await section.ScreenshotAsync(new() { Path = Path.Combine(Shots, "6-section-with-void.png") });

        await GotoInteractiveAsync(page, "/board");
        var moved = page.Locator($"[data-testid=board-column][data-stage='Internal kickoff'] [data-testid=board-card][data-client='{Client}']");
        await Expect(moved).ToBeVisibleAsync();
        await Expect(moved.GetByTestId("next-action")).Not.ToContainTextAsync("Waiting for deposit");

        // The account manager reads the same payments, with no button to act.
        var am = await app.NewPageAsync();
        await am.SetViewportSizeAsync(1400, 900);
        await StaffSignIn.AsAsync(am, "am@demo.local");
        await GotoInteractiveAsync(am, $"/onboardings/{onboardingId}");
        await am.GetByRole(AriaRole.Tab, new() { Name = "Billing" }).ClickAsync();
        var readOnly = am.GetByTestId("billing-payments");
        await Expect(readOnly.GetByTestId("payment-row")).ToHaveCountAsync(2);
        await Expect(readOnly.GetByTestId("payment-record")).ToHaveCountAsync(0);
        await Expect(readOnly.GetByTestId("payment-void")).ToHaveCountAsync(0);
        await readOnly.ScreenshotAsync(new() { Path = Path.Combine(Shots, "7-section-account-manager.png") });
    }

    /// <summary>The first circuit of a freshly started app can take longer than the default wait on a busy machine.</summary>
    private static async Task GotoInteractiveAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await Expect(page.Locator("[data-interactive]")).ToBeAttachedAsync(new() { Timeout = 30_000 });
    }

    private static ILocator Input(ILocator scope, string testId) =>
        scope.Locator($"input[data-testid={testId}], textarea[data-testid={testId}], [data-testid={testId}] input, [data-testid={testId}] textarea").First;

    /// <summary>Seoul Bloom's onboarding driven through the contract stage by the engine, with KRW terms and the deposit issued.</summary>
    private async Task<(Guid Id, Invoice Deposit)> OnboardingWaitingForDepositAsync()
    {
        var databases = app.Services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>();
        var runtime = app.Services.GetRequiredService<WorkflowRuntime>();
        StartedOnboarding started;
        await using (var db = await databases.CreateDbContextAsync(Ct))
        {
            var clientId = await db.Clients.Where(c => c.CompanyName == Client).Select(c => c.Id).SingleAsync(Ct);
            string UserId(string email) => db.Users.Single(u => u.Email == email).Id;
            var playbookId = (await app.Services.GetRequiredService<PlaybookCatalog>().ListAsync(Ct)).Single(p => p.Key == DefaultPlaybook.Key).Id;
            started = await app.Services.GetRequiredService<OnboardingStarter>().StartAsync(
                new StartOnboarding(clientId, playbookId, DateOnly.FromDateTime(DateTime.UtcNow), UserId("am@demo.local"),
                    [new TeamAssignment(UserId("finance@demo.local"), Roles.Finance)]), "am@demo.local", Ct);
            db.BillingTerms.Add(new BillingTerms
            {
                OnboardingId = started.Id, Currency = "KRW", Model = BillingModel.FixedFee, ContractValue = 15_000_000, DepositKind = DepositKind.Percentage,
                DepositValue = 30, PaymentTermDays = 30, PaymentMethods = nameof(Domain.Billing.PaymentMethod.BankTransfer), UpdatedBy = "finance@demo.local", UpdatedAtUtc = DateTime.UtcNow,
                ConcurrencyToken = Guid.NewGuid(),
            });
            await db.SaveChangesAsync(Ct);
        }
        for (var done = 0; done < 4; done++)
        {
            await using var db = await databases.CreateDbContextAsync(Ct);
            var open = await db.WorkItems.Where(w => w.InstanceId == started.InstanceId && w.Status == WorkItemStatus.Open).SingleAsync(Ct);
            await runtime.CompleteWorkItemAsync(open.Id, "finance@demo.local", ct: Ct);
        }
        (await FollowUpSteps.WorkflowWaitsForAsync(databases, started.Id, Onboarding.Workflows.Messages.KnownMessages.DepositPaid, Ct)).ShouldBeTrue();
        var deposit = await app.Services.GetRequiredService<InvoiceIssuer>().IssueAsync(async (db, token) =>
        {
            var invoice = new Invoice
            {
                Id = Guid.NewGuid(), OnboardingId = started.Id, ClientId = await db.Onboardings.Where(o => o.Id == started.Id).Select(o => o.ClientId).SingleAsync(token),
                Kind = InvoiceKind.Deposit, ScheduleKey = "deposit", Title = "Deposit: 30% of KRW 15,000,000", Currency = "KRW",
                CreatedBy = "finance@demo.local", UpdatedBy = "finance@demo.local", ConcurrencyToken = Guid.NewGuid(),
            };
            invoice.AddLine("Deposit (30% of the fixed fee)", 1, 4_500_000);
            db.Invoices.Add(invoice);
            return invoice;
        }, "finance@demo.local", Ct);
        return (started.Id, deposit);
    }
}
