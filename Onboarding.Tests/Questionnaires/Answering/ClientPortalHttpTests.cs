using System.Net;
using Onboarding.Tests.Support;

namespace Onboarding.Tests.Questionnaires.Answering;

/// <summary>The /q pages over HTTP: no login needed, privacy headers, and the per-link request limit.</summary>
public sealed class ClientPortalHttpTests
{
    [Fact]
    public async Task A_link_page_needs_no_login_carries_privacy_headers_and_is_rate_limited_per_link()
    {
        await using var app = new OnboardingAppFactory();
        using var client = app.CreateBrowserLikeClient();
        var ct = TestContext.Current.CancellationToken;

        var first = await client.GetAsync("/q/some-link", ct);
        first.StatusCode.ShouldBe(HttpStatusCode.OK, "not redirected to sign-in");
        first.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
        first.Headers.GetValues("X-Robots-Tag").Single().ShouldContain("noindex");

        for (var i = 1; i < 60; i++) (await client.GetAsync("/q/some-link", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var limited = await client.GetAsync("/q/some-link", ct);
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await limited.Content.ReadAsStringAsync(ct)).ShouldContain("wait a minute");
        (await client.GetAsync("/q/another-link", ct)).StatusCode.ShouldBe(HttpStatusCode.OK, "each link has its own limit");
        (await client.GetAsync("/", ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "staff pages still need a login");
    }

    [Fact]
    public async Task Anonymous_circuits_can_be_opened_but_not_without_limit()
    {
        await using var app = new OnboardingAppFactory();
        using var client = app.CreateBrowserLikeClient();
        var ct = TestContext.Current.CancellationToken;

        using (var negotiate = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null, ct))
            negotiate.StatusCode.ShouldBe(HttpStatusCode.OK, "a client on /q needs a circuit without signing in");
        for (var i = 1; i < 120; i++) (await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null, ct)).Dispose();

        using var limited = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null, ct);
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
