using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Tests.Browser;

/// <summary>The issue's acceptance test: an account manager creates a client with two key contacts and finds it.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class ClientsBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task CreateClient_WithTwoKeyContacts_IsFoundBySearch()
    {
        var page = await app.NewPageAsync();
        var token = Guid.NewGuid().ToString("N")[..8];
        var company = $"Playwright Harbour {token}";
        await StaffSignIn.AsAsync(page, "am@demo.local");

        await app.GotoInteractiveAsync(page, "/clients");
        await page.GetByTestId("new-client").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/clients/new$"));

        await MudField.FillAsync(page, "Company name", company);
        // With a scheme: the field is <input type="url">, so the browser itself refuses "harbour.example.com".
        await MudField.FillAsync(page, "Website", "https://harbour.example.com");
        await MudField.ChooseAsync(page, "Industry", "Retail");
        await MudField.ChooseAsync(page, "Currency", "EUR");
        await MudField.ChooseAsync(page, "Time zone", "Europe/Berlin");
        await MudField.FillAsync(page, "Notes", "Signed at the trade fair; wants a spring launch.");

        await AddContactAsync(page, 0, "Marta Lindqvist", "Decision maker", $"marta.{token}@harbour.example.com", "+46 8 123 456", "CEO");
        await AddContactAsync(page, 1, "Jonas Berg", "Billing contact", $"jonas.{token}@harbour.example.com", "+46 8 654 321", "CFO");
        await page.GetByTestId("save-client").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/clients/\d+$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(company);
        // Cells of the contacts table (the history below also names them).
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Marta Lindqvist" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Jonas Berg" })).ToBeVisibleAsync();

        await app.GotoInteractiveAsync(page, "/clients");
        var rows = page.Locator("[data-testid=client-grid] tbody tr");
        await Expect(rows.Filter(new() { HasText = "Northwind Outdoor Co." })).ToHaveCountAsync(1);
        await page.Locator("input[data-testid=client-search], [data-testid=client-search] input").FillAsync(token);

        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync(company);
    }

    private static async Task AddContactAsync(IPage page, int index, string name, string role, string email, string phone, string jobTitle)
    {
        await page.GetByTestId("add-contact").ClickAsync();
        var row = page.GetByTestId("contact-row").Nth(index);
        await MudField.FillAsync(row, "Name", name);
        await MudField.SelectAsync(page, row, "Role", role);
        await MudField.FillAsync(row, "E-mail", email);
        await MudField.FillAsync(row, "Phone", phone);
        await MudField.FillAsync(row, "Job title", jobTitle);
    }
}
