using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Data;
using Onboarding.Tests.Browser;
using Onboarding.Workflows.Billing;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Tests.Billing.Overdue;

/// <summary>Finance opens the Billing tab of an onboarding with an overdue invoice and applies the late fee it sees.</summary>
public sealed class OverdueSectionBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Finance_AppliesTheLateFee_FromTheBillingTab()
    {
        var page = await app.NewPageAsync();
        var onboardingId = await OverdueInvoiceAsync();
        await StaffSignIn.AsAsync(page, "finance@demo.local");
        await app.GotoInteractiveAsync(page, $"/onboardings/{onboardingId}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Billing" }).ClickAsync();

        var section = page.Locator("[data-testid=billing-overdue]");
        await Expect(section.Locator("[data-testid=overdue-row]")).ToHaveCountAsync(1);
        await Expect(section.Locator("[data-testid=overdue-fee-why]")).ToHaveTextAsync("2 periods × 1.5% of USD 4,000.00 = USD 120.00; USD 120.00 to apply");
        if (Environment.GetEnvironmentVariable("OVERDUE_SCREENSHOTS") is { Length: > 0 } folder)
            await section.ScreenshotAsync(new() { Path = Path.Combine(folder, "overdue-section.png") });
        await section.Locator("[data-testid=overdue-apply-fee]").ClickAsync();
        await Expect(page.Locator("[data-testid=late-fee-amount]")).ToHaveTextAsync("USD 120.00");
        if (Environment.GetEnvironmentVariable("OVERDUE_SCREENSHOTS") is { Length: > 0 } again)
            await page.ScreenshotAsync(new() { Path = Path.Combine(again, "late-fee-dialog.png") });
        await page.Locator("[data-testid=late-fee-confirm]").ClickAsync();

        await Expect(section.Locator("[data-testid=overdue-fee-why]")).ToHaveTextAsync("2 periods × 1.5% of USD 4,000.00 = USD 120.00; USD 120.00 already charged; nothing more to apply");
    }

    /// <summary>Terms and an invoice on a demo onboarding issued through the issuer, then due 55 days ago (issuing always dates today).</summary>
    private async Task<Guid> OverdueInvoiceAsync()
    {
        var databases = app.Services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>();
        await using var db = await databases.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var onboarding = await db.Onboardings.OrderBy(o => o.StartDate).Select(o => new { o.Id, o.ClientId }).FirstAsync(TestContext.Current.CancellationToken);
        await db.BillingTerms.Where(t => t.OnboardingId == onboarding.Id).ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        db.BillingTerms.Add(new BillingTerms
        {
            OnboardingId = onboarding.Id, Currency = "USD", PaymentTermDays = 30, LateFeeKind = LateFeeKind.PercentPerMonth, LateFeeValue = 1.5m, LateFeeGraceDays = 10,
            PaymentMethods = "BankTransfer,Card", UpdatedBy = "finance@demo.local", ConcurrencyToken = Guid.NewGuid(),
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var invoice = await app.Services.GetRequiredService<InvoiceIssuer>().IssueAsync((context, _) =>
        {
            var draft = new Invoice
            {
                Id = Guid.NewGuid(), OnboardingId = onboarding.Id, ClientId = onboarding.ClientId, Kind = InvoiceKind.Deposit, Title = "Deposit: 30% of USD 13,333.33",
                Status = InvoiceStatus.Draft, Currency = "USD", CreatedBy = "finance@demo.local", UpdatedBy = "finance@demo.local", ConcurrencyToken = Guid.NewGuid(),
            };
            draft.AddLine("Deposit", 1, 4000);
            context.Invoices.Add(draft);
            return Task.FromResult(draft);
        }, "finance@demo.local", TestContext.Current.CancellationToken);
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-55); // 2 periods whatever the firm's time zone
        await db.Invoices.Where(i => i.Id == invoice.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.DueOn, due).SetProperty(i => i.IssuedOn, due.AddDays(-30)),
            TestContext.Current.CancellationToken);
        return onboarding.Id;
    }
}
