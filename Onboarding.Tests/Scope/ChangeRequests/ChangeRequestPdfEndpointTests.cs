using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Domain.Data;
using Onboarding.Domain.People;
using Onboarding.Tests.Support;
using Onboarding.Web.Documents;
using Onboarding.Workflows.Scope.ChangeRequests;

namespace Onboarding.Tests.Scope.ChangeRequests;

/// <summary>Who may download a change-request form: staff by onboarding and number, the client by their live link; nobody else.</summary>
public sealed class ChangeRequestPdfEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_Anonymous_IsSentToSignIn()
    {
        await using var app = new OnboardingAppFactory();
        var (onboardingId, _, _) = await SentChangeRequestAsync(app);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync($"/onboardings/{onboardingId}/change-requests/1.pdf", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task Staff_AnotherOnboardingsNumberOrAMissingOne_IsNotFound()
    {
        await using var app = new OnboardingAppFactory();
        var (onboardingId, _, other) = await SentChangeRequestAsync(app);
        using var client = app.CreateBrowserLikeClient();
        await SignIn.AsAsync(client, "ops@demo.local", DemoUsers.Password, Ct);

        using var elsewhere = await client.GetAsync($"/onboardings/{other}/change-requests/1.pdf", Ct);
        using var missing = await client.GetAsync($"/onboardings/{onboardingId}/change-requests/2.pdf", Ct);

        elsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Client_ATamperedOrRevokedLink_GetsNoData()
    {
        await using var app = new OnboardingAppFactory();
        var (_, token, _) = await SentChangeRequestAsync(app);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var tampered = await client.GetAsync($"/cr/{token[..^2]}xx/form.pdf", Ct);
        var body = await tampered.Content.ReadAsStringAsync(Ct);

        tampered.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        body.ShouldNotContain("landing");
        tampered.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
    }

    [Fact]
    public async Task StaffAndClient_WithTheRightAccess_GetThePdfAsAnAttachment()
    {
        await using var app = new OnboardingAppFactory();
        var (onboardingId, token, _) = await SentChangeRequestAsync(app);
        using var staff = app.CreateBrowserLikeClient();
        await SignIn.AsAsync(staff, "am@demo.local", DemoUsers.Password, Ct);
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });

        foreach (var response in new[]
                 {
                     await staff.GetAsync($"/onboardings/{onboardingId}/change-requests/1.pdf", Ct),
                     await anonymous.GetAsync($"/cr/{token}/form.pdf", Ct),
                 })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
            response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
            using var pdf = new Onboarding.Tests.Documents.PdfReadBack(await response.Content.ReadAsByteArrayAsync(Ct));
            pdf.BodyLines.ShouldContain("Change request CR-001");
        }
    }

    /// <summary>A change request raised and sent on a demo onboarding; its onboarding, link token and another onboarding.</summary>
    private static async Task<(Guid OnboardingId, string Token, Guid Other)> SentChangeRequestAsync(OnboardingAppFactory app)
    {
        var services = app.Services;
        await using var db = await services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>().CreateDbContextAsync(Ct);
        var onboardings = await db.Onboardings.OrderBy(o => o.StartDate).Select(o => o.Id).Take(2).ToListAsync(Ct);
        var editor = services.GetRequiredService<ChangeRequestEditor>();
        var sender = services.GetRequiredService<ChangeRequestSender>();
        var draft = ChangeRequestWorld.Draft(change: d => d.RequestedOn = DateOnly.FromDateTime(DateTime.UtcNow));
        var raised = await editor.RaiseAsync(onboardings[0], draft, "am@demo.local", Ct);
        var submitted = await editor.SubmitAsync(raised.Id, raised.ConcurrencyToken, "am@demo.local", Ct);
        var to = (await sender.RecipientsAsync(onboardings[0], Ct))[0];
        var sent = await sender.SendAsync(submitted.Id, submitted.ConcurrencyToken, to.ContactId, null, "am@demo.local", Ct);
        return (onboardings[0], ChangeRequestWorld.TokenOf(sent.Link), onboardings[1]);
    }
}
