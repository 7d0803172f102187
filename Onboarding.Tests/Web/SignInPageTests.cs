using System.Net;
using Onboarding.Domain.People;
using Onboarding.Tests.Support;

namespace Onboarding.Tests.Web;

public sealed class SignInPageTests
{
    [Fact]
    public async Task Get_Anonymous_Returns200WithSignInForm()
    {
        await using var app = new OnboardingAppFactory();
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/Account/Login", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        html.ShouldContain("name=\"Input.Email\"");
        html.ShouldContain("name=\"Input.Password\"");
        html.ShouldContain("__RequestVerificationToken");
    }

    [Fact]
    public async Task Post_DemoAccountManager_RedirectsAndHomeIsServed()
    {
        await using var app = new OnboardingAppFactory();
        using var client = app.CreateBrowserLikeClient();
        var ct = TestContext.Current.CancellationToken;

        await SignIn.AsAsync(client, "am@demo.local", DemoUsers.Password, ct);
        using var home = await client.GetAsync("/", ct);

        // 200 rather than the redirect to sign-in: the cookie is accepted (pages are not prerendered, so the
        // content itself only appears once the circuit connects; the browser tests check it).
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await home.Content.ReadAsStringAsync(ct);
        html.ShouldContain("blazor.web");
        html.ShouldNotContain("name=\"Input.Password\"");
        // Served HTML is never interactive: the marker the browser tests wait for must be absent here.
        html.ShouldNotContain("data-interactive");
    }

    [Fact]
    public async Task Post_WrongPassword_ShowsErrorAndSetsNoCookie()
    {
        await using var app = new OnboardingAppFactory();
        using var client = app.CreateBrowserLikeClient();
        var ct = TestContext.Current.CancellationToken;

        using var response = await SignIn.PostAsync(client, "am@demo.local", "not-the-password", ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(ct)).ShouldContain("don&#x27;t match");
        using var home = await client.GetAsync("/", ct);
        home.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
