using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Domain.Data;
using Onboarding.Domain.People;
using Onboarding.Tests.Support;
using Onboarding.Web.Onboardings.Scope;
using Onboarding.Workflows.Scope.Sow;

namespace Onboarding.Tests.Scope.Sow;

/// <summary>
/// Who may download a SOW's PDF: staff by onboarding and version (never another onboarding's), the client through their live
/// link only. The bytes themselves are the PDF layer's, read back by its own tests; here a request that passes these checks
/// reaches the renderer.
/// </summary>
public sealed class SowEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StaffPdf_Anonymous_IsSentToSignIn()
    {
        await using var app = new OnboardingAppFactory();
        var (onboardingId, _) = await SentSowAsync(app);
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync($"/onboardings/{onboardingId}/sow/1.pdf", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task StaffPdf_ForStaff_IsTheSowAsAnAttachment_ButAnotherOnboardingsOrAMissingVersionIsNotFound()
    {
        await using var app = new OnboardingAppFactory();
        var (onboardingId, _) = await SentSowAsync(app);
        var other = await QueryAsync(app, db => db.Onboardings.Where(o => o.Id != onboardingId).Select(o => o.Id).FirstAsync(Ct));
        using var client = app.CreateBrowserLikeClient();
        await SignIn.AsAsync(client, "finance@demo.local", DemoUsers.Password, Ct);

        using var elsewhere = await client.GetAsync($"/onboardings/{other}/sow/1.pdf", Ct);
        using var missing = await client.GetAsync($"/onboardings/{onboardingId}/sow/2.pdf", Ct);
        using var own = await client.GetAsync($"/onboardings/{onboardingId}/sow/1.pdf", Ct);

        elsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await ShouldBeTheSowPdfAsync(own);
    }

    [Fact]
    public async Task ClientPdf_IsAnonymousButTokenChecked_AndRefusalsSayNothingOfTheClient()
    {
        await using var app = new OnboardingAppFactory();
        var (_, token) = await SentSowAsync(app);
        using var client = app.CreateBrowserLikeClient();

        using var live = await client.GetAsync($"/s/{token}/sow.pdf", Ct);
        using var altered = await client.GetAsync($"/s/{token[..^3]}xyz/sow.pdf", Ct);
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>().CreateDbContextAsync(Ct))
        {
            await db.ClientLinks.ExecuteUpdateAsync(s => s.SetProperty(l => l.RevokedAtUtc, DateTime.UtcNow), Ct);
        }
        using var revoked = await client.GetAsync($"/s/{token}/sow.pdf", Ct);

        await ShouldBeTheSowPdfAsync(live);
        altered.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await altered.Content.ReadAsStringAsync(Ct)).ShouldStartWith("This link is not valid.");
        revoked.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var body = await revoked.Content.ReadAsStringAsync(Ct);
        body.ShouldBe("This link is no longer active. Ask us for a new one.");
        revoked.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
        revoked.Headers.GetValues("X-Robots-Tag").ShouldBe(["noindex, nofollow"]);
        revoked.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Seoul Bloom Cosmetics", "v2", "sow-seoul-bloom-cosmetics-v2.pdf")]
    [InlineData("  Kestrel & Co. (UK) ", "v1", "sow-kestrel-co-uk-v1.pdf")]
    [InlineData("서울", "v3", "sow-client-v3.pdf")]
    public void FileName_IsASafeSlugOfTheClientAndVersion(string client, string label, string expected) =>
        SowEndpoints.FileName(client, label).ShouldBe(expected);

    /// <summary>A demo onboarding's v1, written and sent as the account manager would; returns it and the client's token.</summary>
    private static async Task ShouldBeTheSowPdfAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        using var pdf = new Onboarding.Tests.Documents.PdfReadBack(await response.Content.ReadAsByteArrayAsync(Ct));
        pdf.BodyLines.ShouldContain("Not included (exclusions)");
    }

    private static async Task<(Guid OnboardingId, string Token)> SentSowAsync(OnboardingAppFactory app)
    {
        var onboardingId = await QueryAsync(app, db => db.Onboardings.OrderBy(o => o.StartedAtUtc).Select(o => o.Id).FirstAsync(Ct));
        var drafts = app.Services.GetRequiredService<SowDrafts>();
        var sending = app.Services.GetRequiredService<SowSending>();
        var v1 = await drafts.StartAsync(onboardingId, "am@demo.local", Ct);
        v1 = await drafts.SaveAsync(v1.Id, SowWorld.Sendable(v1.Content), v1.ConcurrencyToken, "am@demo.local", Ct);
        var to = (await sending.RecipientsAsync(onboardingId, Ct))[0];
        var sent = await sending.SendAsync(v1.Id, to.ContactId, null, v1.ConcurrencyToken, "am@demo.local", Ct);
        return (onboardingId, sent.Url[(sent.Url.LastIndexOf('/') + 1)..]);
    }

    private static async Task<T> QueryAsync<T>(OnboardingAppFactory app, Func<OnboardingDbContext, Task<T>> query)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>().CreateDbContextAsync(Ct);
        return await query(db);
    }
}
