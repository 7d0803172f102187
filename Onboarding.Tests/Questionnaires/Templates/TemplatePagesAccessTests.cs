using System.Net;
using Onboarding.Domain.People;
using Onboarding.Tests.Support;

namespace Onboarding.Tests.Questionnaires.Templates;

/// <summary>Questionnaire templates are for ops leads (and admins); other staff are refused.</summary>
public sealed class TemplatePagesAccessTests
{
    [Theory]
    [InlineData("ops@demo.local", HttpStatusCode.OK)]
    [InlineData("admin@demo.local", HttpStatusCode.OK)]
    [InlineData("am@demo.local", HttpStatusCode.Forbidden)]
    [InlineData("finance@demo.local", HttpStatusCode.Forbidden)]
    public async Task Get_TemplatesPage_AnswersOpsLeadsOnly(string user, HttpStatusCode expected)
    {
        await using var app = new OnboardingAppFactory();
        using var client = app.CreateBrowserLikeClient();
        var ct = TestContext.Current.CancellationToken;
        await SignIn.AsAsync(client, user, DemoUsers.Password, ct);

        using var response = await client.GetAsync("/questionnaires/templates", ct);

        if (expected == HttpStatusCode.OK)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            return;
        }
        if (response.StatusCode == HttpStatusCode.Forbidden) return;
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/Account/AccessDenied");
    }
}
