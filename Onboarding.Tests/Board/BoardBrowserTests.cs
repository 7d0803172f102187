using System.Text.RegularExpressions;
using Onboarding.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Tests.Board;

/// <summary>An account manager finds a demo onboarding on the board, keeps to their own, and sorts the list view.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class BoardBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task Board_AsTheAccountManager_ShowsTheCardInItsStage_FiltersMine_AndSortsTheList()
    {
        var page = await app.NewPageAsync();
        await StaffSignIn.AsAsync(page, "am@demo.local");

        await app.GotoInteractiveAsync(page, "/board");
        // Kestrel Legal LLP's demo onboarding waits for its questionnaire.
        var column = page.Locator("[data-testid=board-column][data-stage=Questionnaire]");
        var card = column.Locator("[data-testid=board-card][data-client='Kestrel Legal LLP']");
        await Expect(card).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync("Alex Morgan");
        await Expect(card.GetByTestId("next-action")).ToHaveTextAsync("Waits for the client: Questionnaire submitted");
        await Expect(card.GetByTestId("health-mark")).ToBeVisibleAsync();

        await page.GetByTestId("filter-mine").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("[?&]mine=true"));
        await Expect(card).ToBeVisibleAsync();

        await page.GetByTestId("board-layout").GetByText("List").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("[?&]view=list"));
        var rows = page.GetByTestId("board-row");
        await Expect(page.Locator("[data-testid=board-row][data-client='Kestrel Legal LLP']")).ToBeVisibleAsync();

        await page.GetByTestId("sort-Client").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("[?&]sort=client"));
        var ascending = await ClientsAsync(rows);
        ascending.Count.ShouldBeGreaterThan(1);
        ascending.ShouldBe([.. ascending.Order(StringComparer.OrdinalIgnoreCase)]);

        await page.GetByTestId("sort-Client").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("[?&]desc=true"));
        await Expect(rows.First).ToHaveAttributeAsync("data-client", ascending[^1]);
        (await ClientsAsync(rows)).ShouldBe([.. ascending.AsEnumerable().Reverse()]);

        // The URL is the view: opened afresh, it shows the same filtered, sorted list.
        await app.GotoInteractiveAsync(page, new Uri(page.Url).PathAndQuery);
        await Expect(rows.First).ToHaveAttributeAsync("data-client", ascending[^1]);
    }

    private static async Task<List<string>> ClientsAsync(Microsoft.Playwright.ILocator rows) =>
        [.. (await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.client)"))];
}
