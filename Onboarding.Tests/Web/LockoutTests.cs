using System.Net;
using Onboarding.Domain.People;
using Onboarding.Tests.Support;

namespace Onboarding.Tests.Web;

public sealed class LockoutTests
{
    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_RefusesRightPasswordWithLockoutPage()
    {
        await using var app = new OnboardingAppFactory();
        using var client = app.CreateBrowserLikeClient();
        var ct = TestContext.Current.CancellationToken;

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await SignIn.PostAsync(client, "ops@demo.local", $"wrong-{attempt}", ct);
            wrong.StatusCode.ShouldBe(HttpStatusCode.OK, $"attempt {attempt} should only show the error");
        }
        using var fifth = await SignIn.PostAsync(client, "ops@demo.local", "wrong-5", ct);
        fifth.Headers.Location.ShouldNotBeNull().OriginalString.ShouldEndWith("Account/Lockout");

        using var right = await SignIn.PostAsync(client, "ops@demo.local", DemoUsers.Password, ct);

        right.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        right.Headers.Location.ShouldNotBeNull().OriginalString.ShouldEndWith("Account/Lockout");
        using var home = await client.GetAsync("/", ct);
        home.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/Account/Login");
    }
}
