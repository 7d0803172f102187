using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Data;
using Onboarding.Domain.People;
using Onboarding.Tests.Documents;
using Onboarding.Tests.Support;
using Onboarding.Web.Billing;
using Onboarding.Workflows.Billing;

namespace Onboarding.Tests.Billing.InvoicePdf;

/// <summary>Who may download an invoice PDF: finance and the client's account manager; another account manager, ops or nobody signed in may not.</summary>
public sealed class InvoicePdfEndpointTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("finance@demo.local")]
    [InlineData("am@demo.local")]
    [InlineData("admin@demo.local")]
    public async Task Download_FinanceOrTheClientsAccountManager_GetsThePdfAsAnAttachment(string email)
    {
        await using var app = new OnboardingAppFactory();
        var (invoice, client) = await IssuedInvoiceAsync(app);
        using var http = app.CreateBrowserLikeClient();
        await SignIn.AsAsync(http, email, DemoUsers.Password, Ct);

        using var response = await http.GetAsync(InvoiceLinks.Pdf(invoice.Id), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileNameStar.ShouldBe($"{invoice.Number} {client}.pdf");
        using var pdf = new PdfReadBack(await response.Content.ReadAsByteArrayAsync(Ct));
        pdf.BodyLines.First().ShouldBe($"Invoice {invoice.Number}");
        pdf.BodyLines.ShouldContain("Setup work12,500.002,500.00");
    }

    [Fact]
    public async Task Download_AnotherAccountManagerOrOps_IsNotFound_AndAnonymousIsSentToSignIn()
    {
        await using var app = new OnboardingAppFactory();
        var (invoice, _) = await IssuedInvoiceAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var other = new AppUser { UserName = "other.am@demo.local", Email = "other.am@demo.local", DisplayName = "Other AM", EmailConfirmed = true };
            (await users.CreateAsync(other, DemoUsers.Password)).Succeeded.ShouldBeTrue();
            (await users.AddToRoleAsync(other, Roles.AccountManager)).Succeeded.ShouldBeTrue();
        }

        foreach (var email in new[] { "other.am@demo.local", "ops@demo.local" })
        {
            using var http = app.CreateBrowserLikeClient();
            await SignIn.AsAsync(http, email, DemoUsers.Password, Ct);
            using var refused = await http.GetAsync(InvoiceLinks.Pdf(invoice.Id), Ct);
            refused.StatusCode.ShouldBe(HttpStatusCode.NotFound, email);
            refused.Content.Headers.ContentType?.MediaType.ShouldNotBe("application/pdf");
        }
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        using var redirected = await anonymous.GetAsync(InvoiceLinks.Pdf(invoice.Id), Ct);
        redirected.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        redirected.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/Account/Login");
    }

    /// <summary>An invoice issued through the issuer on a demo onboarding of am@demo.local's; it and the client's name.</summary>
    private static async Task<(Invoice Invoice, string Client)> IssuedInvoiceAsync(OnboardingAppFactory app)
    {
        var databases = app.Services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>();
        await using var db = await databases.CreateDbContextAsync(Ct);
        var manager = await db.Users.Where(u => u.Email == "am@demo.local").Select(u => u.Id).SingleAsync(Ct);
        var onboarding = await db.Onboardings.Where(o => o.AccountManagerId == manager)
            .OrderBy(o => o.StartDate).Select(o => new { o.Id, o.ClientId, o.Client!.CompanyName }).FirstAsync(Ct);
        var invoice = await app.Services.GetRequiredService<InvoiceIssuer>().IssueAsync((context, _) =>
        {
            var draft = new Invoice
            {
                Id = Guid.NewGuid(), OnboardingId = onboarding.Id, ClientId = onboarding.ClientId, Kind = InvoiceKind.Other, Title = "Setup",
                Status = InvoiceStatus.Draft, Currency = "USD", CreatedBy = "finance@demo.local", UpdatedBy = "finance@demo.local", ConcurrencyToken = Guid.NewGuid(),
            };
            draft.AddLine("Setup work", 1, 2500);
            context.Invoices.Add(draft);
            return Task.FromResult(draft);
        }, "finance@demo.local", Ct);
        return (invoice, onboarding.CompanyName);
    }
}
