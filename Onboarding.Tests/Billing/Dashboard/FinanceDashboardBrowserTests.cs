using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Onboarding.Domain.Data;
using Onboarding.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Tests.Billing.Dashboard;

/// <summary>
/// Finance opens the dashboard from the menu with invoices on the demo onboardings, filters it by currency (the URL keeps
/// the filter and the CSV link follows), sorts the list, and opens a client's statement. Screenshots land in
/// <c>{temp}/onboarding-screenshots/finance</c>.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class FinanceDashboardBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly string Shots = Path.Combine(Path.GetTempPath(), "onboarding-screenshots", "finance");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Finance_OpensDashboardFiltersAndSorts_ThenAClientStatement()
    {
        Directory.CreateDirectory(Shots);
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(1440, 1000);
        await StaffSignIn.AsAsync(page, "finance@demo.local");
        await page.GetByRole(AriaRole.Link, new() { Name = "Finance" }).ClickAsync();
        // The demo's deposits: paid ones, and Brightpath still waiting for its deposit.
        await Expect(page.GetByTestId("deposit-row").First).ToBeVisibleAsync();
        var demoInvoices = int.Parse((await page.GetByTestId("invoice-count").InnerTextAsync()).Trim('(', ')'), System.Globalization.CultureInfo.InvariantCulture);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "0-demo.png") });

        int invoices;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>().CreateDbContextAsync(Ct))
        {
            invoices = await FinanceSeed.AddAsync(db, DateOnly.FromDateTime(DateTime.UtcNow), Ct);
        }
        await page.ReloadAsync();
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await Expect(page.GetByTestId("invoice-count")).ToHaveTextAsync($"({demoInvoices + invoices})");
        await Expect(page.GetByTestId("finance-tile")).ToHaveCountAsync(4);
        await Expect(page.Locator("[data-testid=finance-tile][data-currency=JPY] [data-testid=tile-outstanding]")).ToHaveTextAsync(new Regex(@"^JPY [\d,]+$"));
        await Expect(page.GetByTestId("aging-row")).ToHaveCountAsync(4);
        await Expect(page.GetByTestId("overdue-row").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "1-dashboard.png"), FullPage = true });

        await page.GetByTestId("filter-currency").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "EUR" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("currency=EUR"));
        await Expect(page.GetByTestId("finance-tile")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("finance-csv")).ToHaveAttributeAsync("href", "/finance/invoices.csv?currency=EUR");
        await page.GetByTestId("sort-total").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("sort=total&desc=true|desc=true&sort=total"));
        var totals = await page.Locator("[data-testid=invoice-row] td.num:nth-of-type(6)").AllInnerTextsAsync();
        totals.Count.ShouldBe(6, "the seeded EUR client's six invoices (the demo bills in USD)");
        totals.Select(t => decimal.Parse(t[4..], System.Globalization.CultureInfo.InvariantCulture)).ShouldBeInOrder(SortDirection.Descending);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "2-filtered-eur.png"), FullPage = true });

        await page.GetByTestId("invoice-row").First.Locator("td").Nth(1).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/finance/clients/\d+/statement"));
        // The demo's USD deposit has its own section; the EUR invoices theirs.
        var section = page.Locator("[data-testid=statement-section][data-currency=EUR]");
        await Expect(section).ToBeVisibleAsync();
        await Expect(section.GetByTestId("statement-opening")).ToContainTextAsync("Opening balance");
        await Expect(section.GetByTestId("statement-closing")).ToContainTextAsync("EUR");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "3-statement.png"), FullPage = true });
    }
}
