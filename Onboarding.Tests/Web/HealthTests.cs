using System.Net;
using Onboarding.Tests.Support;

namespace Onboarding.Tests.Web;

public sealed class HealthTests
{
    [Fact]
    public async Task Get_Anonymous_Returns200Healthy()
    {
        await using var app = new OnboardingAppFactory();
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("\"status\":\"Healthy\"");
    }

    [Fact]
    public async Task Start_FreshFactory_UsesItsOwnTempDatabase()
    {
        await using var app = new OnboardingAppFactory();
        using var client = app.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        File.Exists(app.DatabasePath).ShouldBeTrue();
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Sqlite");
    }
}
