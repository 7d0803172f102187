using Onboarding.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Tests.MyWork;

/// <summary>An account manager completes a demo client's work item from My work, without leaving the page.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class MyWorkBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task MyWork_CompleteInPlace_RemovesTheRowAndListsTheNextWorkItem()
    {
        var page = await app.NewPageAsync();
        await StaffSignIn.AsAsync(page, "am@demo.local");

        await app.GotoInteractiveAsync(page, "/");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "My work" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("My work");
        await Expect(page.GetByTestId("my-work-counts")).ToContainTextAsync(" open");

        // The demo onboardings run for the first five clients by name; Atlas Freight Systems' has just started.
        var atlas = page.GetByTestId("my-work-item").Filter(new() { HasText = "Atlas Freight Systems" });
        var send = atlas.Filter(new() { HasText = "Send contract for e-signature" });
        await Expect(send).ToHaveCountAsync(1);

        await send.GetByTestId("complete-work-item").ClickAsync();

        await Expect(page.GetByText("'Send contract for e-signature' completed for Atlas Freight Systems.")).ToBeVisibleAsync();
        await Expect(send).ToHaveCountAsync(0);
        await Expect(atlas.Filter(new() { HasText = "Confirm contract signed" })).ToHaveCountAsync(1);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/my-work$"));
    }
}
