using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Onboarding.Domain.Data;
using Onboarding.Domain.Playbooks;
using Onboarding.Tests.Browser;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Runtime;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Tests.Onboardings;

/// <summary>
/// The end-to-end path: an account manager starts a seeded client's onboarding, completes the internal
/// kickoff work items, sees the card move on the board, and downloads the kickoff invitation.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class AccountManagerJourneyBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Client = "Seoul Bloom Cosmetics";

    [Fact]
    public async Task StartOnboarding_CompleteInternalKickoff_CardMovesOnTheBoard_AndTheInvitationDownloads()
    {
        var page = await app.NewPageAsync();
        await StaffSignIn.AsAsync(page, "am@demo.local");

        // Start from the client page, as the account manager would (Seoul Bloom Cosmetics has no demo onboarding).
        await app.GotoInteractiveAsync(page, "/clients");
        await page.GetByText(Client).ClickAsync();
        await page.GetByTestId("start-onboarding").ClickAsync();
        await page.GetByTestId("start-onboarding-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/onboardings/[0-9a-f-]{36}$"));
        var onboardingId = Guid.Parse(new Uri(page.Url).Segments[^1]);

        // Contract & payment belongs to finance and the e-signature (issue 9): done through the engine, as they would.
        await FinishContractAndPaymentAsync(onboardingId);

        var card = page.Locator($"[data-testid=board-card][data-client='{Client}']");
        await app.GotoInteractiveAsync(page, "/board");
        await Expect(page.Locator("[data-testid=board-column][data-stage='Internal kickoff']").Locator(card)).ToBeVisibleAsync();

        // The internal kickoff work items, completed one after the other on the onboarding page.
        await app.GotoInteractiveAsync(page, $"/onboardings/{onboardingId}");
        var current = page.Locator("[data-testid=stage-step][data-state=Current]");
        await Expect(current).ToContainTextAsync("Internal kickoff");
        var item = page.GetByTestId("open-work-items").GetByTestId("work-item");
        foreach (var title in new[] { "Assign team and roles", "Review scope and key questions", "Share client facts with the team" })
        {
            await Expect(item).ToHaveCountAsync(1);
            await Expect(item).ToContainTextAsync(title);
            await item.GetByTestId("complete-work-item").ClickAsync();
        }
        await Expect(item).ToContainTextAsync("Send welcome email with questionnaire");
        await Expect(current).ToContainTextAsync("Questionnaire");

        await app.GotoInteractiveAsync(page, "/board");
        await Expect(page.Locator("[data-testid=board-column][data-stage=Questionnaire]").Locator(card)).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=board-column][data-stage='Internal kickoff']").Locator(card)).ToHaveCountAsync(0);

        // The kickoff invitation, in the client's time zone (Asia/Seoul).
        await card.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/onboardings/{onboardingId}$"));
        await BrowserApp.WaitUntilInteractiveAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Kickoff" }).ClickAsync();
        await Expect(page.GetByLabel("Time zone")).ToHaveValueAsync("Asia/Seoul");
        await FillAsync(page, "Date (yyyy-mm-dd)", "2026-12-03");
        await FillAsync(page, "Start, client's clock (hh:mm)", "10:00");
        await FillAsync(page, "Where: video link or address", "https://meet.example.com/seoul-bloom");
        await page.GetByTestId("save-kickoff").ClickAsync();
        await Expect(page.GetByTestId("kickoff-saved")).ToBeVisibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-ics").ClickAsync());
        download.SuggestedFilename.ShouldEndWith(".ics");
        var calendar = Ical.Net.Calendar.Load(await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken))!;
        var kickoff = calendar.Events.ShouldHaveSingleItem();
        kickoff.Summary.ShouldStartWith($"Kickoff: {Client}");
        kickoff.Start!.TzId.ShouldBe("Asia/Seoul");
        kickoff.Start.AsUtc.ShouldBe(new DateTime(2026, 12, 3, 1, 0, 0, DateTimeKind.Utc));
        kickoff.Location.ShouldBe("https://meet.example.com/seoul-bloom");
        kickoff.Attendees.ShouldNotBeEmpty();
    }

    private async Task FinishContractAndPaymentAsync(Guid onboardingId)
    {
        var ct = TestContext.Current.CancellationToken;
        var runtime = app.Services.GetRequiredService<WorkflowRuntime>();
        var databases = app.Services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>();
        for (var done = 0; done < 4; done++)
        {
            await using var db = await databases.CreateDbContextAsync(ct);
            var instanceId = await db.Onboardings.Where(o => o.Id == onboardingId).Select(o => o.WorkflowInstanceId).SingleAsync(ct);
            var open = await db.WorkItems.Where(w => w.InstanceId == instanceId && w.Status == WorkItemStatus.Open).SingleAsync(ct);
            open.Stage.ShouldBe("Contract & payment");
            await runtime.CompleteWorkItemAsync(open.Id, "finance@demo.local", ct: ct);
        }
        await runtime.DeliverMessageAsync(KnownMessages.DepositPaid, onboardingId.ToString(), null, "finance@demo.local", ct);
    }

    private static async Task FillAsync(IPage page, string label, string value)
    {
        await page.GetByLabel(label).FillAsync(value);
        await page.GetByLabel(label).PressAsync("Tab");
    }
}
