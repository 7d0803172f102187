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

    [Theory]
    [InlineData("/admin/users", "finance@demo.local")]
    [InlineData("/workflows", "am@demo.local")]
    [InlineData("/workflows", "finance@demo.local")]
    public async Task Get_PageOfAnotherRole_IsRefused(string path, string user)
    {
        await using var app = new OnboardingAppFactory();
        using var client = app.CreateBrowserLikeClient();
        var ct = TestContext.Current.CancellationToken;
        await SignIn.AsAsync(client, user, DemoUsers.Password, ct);

        using var response = await client.GetAsync(path, ct);

        if (response.StatusCode == HttpStatusCode.Forbidden) return;
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/Account/AccessDenied");
    }

    [Theory]
    [InlineData("ops@demo.local")]
    [InlineData("admin@demo.local")]
    public async Task Get_WorkflowsAsOpsLeadOrAdmin_Answers(string user)
    {
        await using var app = new OnboardingAppFactory();
        using var client = app.CreateBrowserLikeClient();
        var ct = TestContext.Current.CancellationToken;
        await SignIn.AsAsync(client, user, DemoUsers.Password, ct);

        using var response = await client.GetAsync("/workflows", ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
