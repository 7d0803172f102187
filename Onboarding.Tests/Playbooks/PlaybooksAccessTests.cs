using System.Net;
using Onboarding.Domain.People;
using Onboarding.Tests.Support;

namespace Onboarding.Tests.Playbooks;

/// <summary>Viewing playbooks is for all staff; editing is checked in the page (ops leads and admins).</summary>
public sealed class PlaybooksAccessTests
{
    [Theory]
    [InlineData("am@demo.local")]
    [InlineData("finance@demo.local")]
    [InlineData("ops@demo.local")]
    public async Task Get_PlaybooksAsStaff_Answers(string user)
    {
        await using var app = new OnboardingAppFactory();
        using var client = app.CreateBrowserLikeClient();
        var ct = TestContext.Current.CancellationToken;
        await SignIn.AsAsync(client, user, DemoUsers.Password, ct);

        using var response = await client.GetAsync("/playbooks", ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Get_PlaybooksAnonymous_RedirectsToSignIn()
    {
        await using var app = new OnboardingAppFactory();
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/playbooks", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/Account/Login");
    }
}
