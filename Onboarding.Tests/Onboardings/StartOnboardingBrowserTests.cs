using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Domain.Clients;
using Onboarding.Tests.Browser;
using Onboarding.Tests.Clients;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Tests.Onboardings;

/// <summary>An account manager starts a seeded client's onboarding and completes its first work item.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class StartOnboardingBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task StartOnboarding_FromTheClientPage_LandsOnTheStepper_AndCompletingMovesToTheNextWorkItem()
    {
        var page = await app.NewPageAsync();
        await StaffSignIn.AsAsync(page, "am@demo.local");

        // The demo onboardings run for the first five clients by name; Seoul Bloom Cosmetics has none yet.
        await app.GotoInteractiveAsync(page, "/clients");
        await page.GetByText("Seoul Bloom Cosmetics").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Seoul Bloom Cosmetics");
        await Expect(page.GetByTestId("active-onboarding")).ToHaveCountAsync(0);
        await page.GetByTestId("start-onboarding").ClickAsync();

        await Expect(page.GetByTestId("start-account-manager")).ToContainTextAsync("Alex Morgan");
        await page.GetByTestId("start-onboarding-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/onboardings/[0-9a-f-]{36}$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Seoul Bloom Cosmetics");
        await Expect(page.GetByTestId("onboarding-facts")).ToContainTextAsync("Client onboarding v1");
        var current = page.Locator("[data-testid=stage-step][data-state=Current]");
        await Expect(current).ToHaveCountAsync(1);
        await Expect(current).ToContainTextAsync("Contract & payment");
        var item = page.GetByTestId("work-item");
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item).ToContainTextAsync("Send contract for e-signature");
        await Expect(item).ToContainTextAsync("Alex Morgan");

        await item.GetByTestId("complete-work-item").ClickAsync();

        await Expect(item).ToHaveCountAsync(1);
        await Expect(item).ToContainTextAsync("Confirm contract signed");
        await Expect(current).ToContainTextAsync("Contract & payment");
    }

    [Fact]
    public async Task ClientPage_AsFinance_OffersNoStart_ButLinksToTheRunningOnboarding()
    {
        var page = await app.NewPageAsync();
        var fresh = await app.Services.GetRequiredService<ClientDirectory>().CreateAsync(ClientDrafts.Valid($"Finance View {Guid.NewGuid():N}"), "am@demo.local", TestContext.Current.CancellationToken);
        await StaffSignIn.AsAsync(page, "finance@demo.local");

        await app.GotoInteractiveAsync(page, $"/clients/{fresh}");
        await Expect(page.Locator("h1")).ToContainTextAsync("Finance View");
        await Expect(page.GetByTestId("start-onboarding")).ToHaveCountAsync(0);

        // Kestrel Legal LLP runs a demo onboarding: its page says where it stands and links to it.
        await app.GotoInteractiveAsync(page, "/clients");
        await page.GetByText("Kestrel Legal LLP").ClickAsync();
        await Expect(page.GetByTestId("active-onboarding")).ToContainTextAsync("Client onboarding v1");
        await page.GetByTestId("active-onboarding-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/onboardings/[0-9a-f-]{36}$"));
        await Expect(page.GetByTestId("stage-stepper")).ToBeVisibleAsync();
    }
}
