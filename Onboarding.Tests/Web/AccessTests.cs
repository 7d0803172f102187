using System.Net;
using Onboarding.Domain.People;
using Onboarding.Tests.Support;

namespace Onboarding.Tests.Web;

public sealed class AccessTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/clients")]
    public async Task Get_StaffPageAnonymous_RedirectsToSignIn(string path)
    {
        await using var app = new OnboardingAppFactory();
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location.ShouldNotBeNull();
        location.AbsolutePath.ShouldBe("/Account/Login");
        Uri.UnescapeDataString(location.Query).ShouldContain("ReturnUrl=" + path, Case.Insensitive);
    }

    [Fact]
    public async Task Get_AdminUsersAsFinance_IsRefused()
    {
        await using var app = new OnboardingAppFactory();
        using var client = app.CreateBrowserLikeClient();
        var ct = TestContext.Current.CancellationToken;
        await SignIn.AsAsync(client, "finance@demo.local", DemoUsers.Password, ct);

        using var response = await client.GetAsync("/admin/users", ct);

        if (response.StatusCode == HttpStatusCode.Forbidden) return;
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/Account/AccessDenied");
    }
}
