using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Tests.Browser;

/// <summary>The ops view in Chromium: an ops lead finds a running onboarding's workflow, reads where it stands, and cancels another with a reason.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class WorkflowsBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task OpsLead_SeesWhereAnOnboardingStands_AndCancelsAWorkflowWithAReason()
    {
        var page = await app.NewPageAsync();
        await StaffSignIn.AsAsync(page, "ops@demo.local");

        await app.GotoInteractiveAsync(page, "/workflows");
        var rows = page.Locator("[data-testid=instance-grid] tbody tr");
        var kestrel = rows.Filter(new() { HasText = "Kestrel Legal LLP" });
        await Expect(kestrel).ToContainTextAsync("Questionnaire");
        await kestrel.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/workflows/[0-9a-f-]{36}$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Kestrel Legal LLP");
        await Expect(page.GetByTestId("active-elements")).ToContainTextAsync("Questionnaire submitted");
        await Expect(page.GetByTestId("active-elements")).ToContainTextAsync("a message");
        await Expect(page.GetByTestId("work-items")).ToContainTextAsync("Send contract for e-signature");
        await Expect(page.GetByTestId("journal")).ToContainTextAsync("waits for the message 'QuestionnaireSubmitted'");

        await app.GotoInteractiveAsync(page, "/workflows");
        await rows.Filter(new() { HasText = "Atlas Freight Systems" }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Atlas Freight Systems");
        await page.GetByTestId("cancel-instance").ClickAsync();
        await Expect(page.GetByTestId("confirm-cancel")).ToBeDisabledAsync();
        await page.Locator("[data-testid=cancel-reason] textarea, textarea[data-testid=cancel-reason]").First.FillAsync("The client withdrew before signing.");
        await page.GetByTestId("confirm-cancel").ClickAsync();

        await Expect(page.GetByTestId("instance-status").First).ToHaveTextAsync("Cancelled");
        await Expect(page.GetByTestId("cancel-instance")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("journal")).ToContainTextAsync("The client withdrew before signing.");
    }
}
