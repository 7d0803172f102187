using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Domain.Data;
using Onboarding.Tests.Browser;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Tests.Onboardings.Kickoff;

/// <summary>An account manager schedules the client kickoff on the onboarding page and downloads the invitation.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class KickoffBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task ScheduleKickoff_InTheClientsZone_ThenDownloadTheInvitation_ParsesAsTheMeeting()
    {
        var page = await app.NewPageAsync();
        // Atlas Freight Systems (America/Toronto) runs a demo onboarding that has just started.
        Guid onboardingId;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            onboardingId = await db.Onboardings.Where(o => o.Client!.CompanyName == "Atlas Freight Systems").Select(o => o.Id).SingleAsync(TestContext.Current.CancellationToken);
        }
        await StaffSignIn.AsAsync(page, "am@demo.local");
        await app.GotoInteractiveAsync(page, $"/onboardings/{onboardingId}");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Tab, new() { Name = "Kickoff" }).ClickAsync();
        await Expect(page.GetByTestId("kickoff-prerequisites")).ToContainTextAsync("Kickoff meeting scheduled");
        await Expect(page.GetByLabel("Time zone")).ToHaveValueAsync("America/Toronto");
        await page.GetByLabel("Date (yyyy-mm-dd)").FillAsync("2026-12-01");
        await page.GetByLabel("Date (yyyy-mm-dd)").PressAsync("Tab");
        await page.GetByLabel("Start, client's clock (hh:mm)").FillAsync("10:00");
        await page.GetByLabel("Start, client's clock (hh:mm)").PressAsync("Tab");
        await page.GetByLabel("Where: video link or address").FillAsync("https://meet.example.com/atlas-kickoff");
        await page.GetByLabel("Where: video link or address").PressAsync("Tab");
        await page.GetByTestId("save-kickoff").ClickAsync();

        await Expect(page.GetByTestId("kickoff-saved")).ToContainTextAsync("invitation version 0");
        await Expect(page.Locator("[data-testid=prerequisite][data-key=kickoff-scheduled]")).ToHaveAttributeAsync("data-met", "true");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-ics").ClickAsync());

        download.SuggestedFilename.ShouldBe("kickoff-atlas-freight-systems.ics");
        var path = await download.PathAsync();
        var calendar = Ical.Net.Calendar.Load(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken))!;
        var kickoff = calendar.Events.ShouldHaveSingleItem();
        kickoff.Summary.ShouldStartWith("Kickoff: Atlas Freight Systems and ");
        kickoff.Start!.TzId.ShouldBe("America/Toronto");
        // 10:00 in Toronto in December (EST, UTC-5) is 15:00 UTC.
        kickoff.Start.AsUtc.ShouldBe(new DateTime(2026, 12, 1, 15, 0, 0, DateTimeKind.Utc));
        kickoff.Location.ShouldBe("https://meet.example.com/atlas-kickoff");
        kickoff.Organizer!.Value!.ToString().ShouldBe("mailto:am@demo.local");
        kickoff.Attendees.Select(a => a.Value!.ToString()).ShouldContain("mailto:am@demo.local");
        kickoff.Attendees.Count.ShouldBe(2);
    }
}
