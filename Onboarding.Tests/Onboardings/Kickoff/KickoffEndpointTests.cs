using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Domain.Data;
using Onboarding.Domain.People;
using Onboarding.Tests.Support;
using Onboarding.Workflows.Onboardings.Kickoff;

namespace Onboarding.Tests.Onboardings.Kickoff;

/// <summary>The invitation download: staff only, and only once a meeting is saved.</summary>
public sealed class KickoffEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_Anonymous_RedirectsToSignIn()
    {
        await using var app = new OnboardingAppFactory();
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync($"/onboardings/{await AtlasOnboardingAsync(app)}/kickoff.ics", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task Get_AsStaff_NotFoundUntilSaved_ThenTheCalendarFileAsAnAttachment()
    {
        await using var app = new OnboardingAppFactory();
        using var client = app.CreateBrowserLikeClient();
        await SignIn.AsAsync(client, "finance@demo.local", DemoUsers.Password, Ct);
        var onboardingId = await AtlasOnboardingAsync(app);
        var path = $"/onboardings/{onboardingId}/kickoff.ics";

        using (var before = await client.GetAsync(path, Ct)) before.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await app.Services.GetRequiredService<KickoffPlanner>().SaveAsync(onboardingId, KickoffScenario.ValidDraft("America/Toronto"), "am@demo.local", Ct);
        using var response = await client.GetAsync(path, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe("kickoff-atlas-freight-systems.ics");
        var kickoff = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync(Ct))!.Events.ShouldHaveSingleItem();
        kickoff.Start!.AsUtc.ShouldBe(new DateTime(2026, 12, 1, 15, 0, 0, DateTimeKind.Utc));
    }

    private static async Task<Guid> AtlasOnboardingAsync(OnboardingAppFactory app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>().CreateDbContextAsync(Ct);
        return await db.Onboardings.Where(o => o.Client!.CompanyName == "Atlas Freight Systems").Select(o => o.Id).SingleAsync(Ct);
    }
}
