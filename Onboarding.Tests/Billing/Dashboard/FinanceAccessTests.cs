using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Data;
using Onboarding.Domain.People;
using Onboarding.Tests.Support;

namespace Onboarding.Tests.Billing.Dashboard;

/// <summary>The finance dashboard, its CSV and client statements through the app's HTTP pipeline: finance and admins only.</summary>
public sealed class FinanceAccessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("am@demo.local")]
    [InlineData("ops@demo.local")]
    public async Task Get_FinancePagesAsAccountManagerOrOpsLead_AreRefused(string user)
    {
        await using var app = new OnboardingAppFactory();
        var clientId = await InvoicedClientAsync(app);
        using var client = app.CreateBrowserLikeClient();
        await SignIn.AsAsync(client, user, DemoUsers.Password, Ct);

        foreach (var path in Paths(clientId))
        {
            using var response = await client.GetAsync(path, Ct);

            var body = await response.Content.ReadAsStringAsync(Ct);
            body.ShouldNotContain("INV-900001", customMessage: path);
            if (response.StatusCode == HttpStatusCode.Forbidden) continue;
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, path);
            response.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/Account/AccessDenied", path);
        }
    }

    [Fact]
    public async Task Get_FinancePagesAnonymous_RedirectToSignIn()
    {
        await using var app = new OnboardingAppFactory();
        using var client = app.CreateBrowserLikeClient();

        foreach (var path in Paths(1))
        {
            using var response = await client.GetAsync(path, Ct);

            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, path);
            response.Headers.Location.ShouldNotBeNull().AbsolutePath.ShouldBe("/Account/Login", path);
        }
    }

    [Theory]
    [InlineData("finance@demo.local")]
    [InlineData("admin@demo.local")]
    public async Task Get_FinancePagesAsFinanceOrAdmin_ShowTheInvoice(string user)
    {
        await using var app = new OnboardingAppFactory();
        var clientId = await InvoicedClientAsync(app);
        using var client = app.CreateBrowserLikeClient();
        await SignIn.AsAsync(client, user, DemoUsers.Password, Ct);

        using var page = await client.GetAsync("/finance?currency=USD", Ct);
        using var statement = await client.GetAsync($"/finance/clients/{clientId}/statement", Ct);
        using var csv = await client.GetAsync("/finance/invoices.csv?currency=USD", Ct);
        using var pdf = await client.GetAsync($"/finance/clients/{clientId}/statement.pdf", Ct);
        using var badFilter = await client.GetAsync("/finance/invoices.csv?from=2026-02-01&to=2026-01-01", Ct);

        // Pages render on the circuit (no prerendering): their content is checked in the browser test.
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        statement.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        csv.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var bytes = await csv.Content.ReadAsByteArrayAsync(Ct);
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).ShouldStartWith("Number,Status,Kind,Client,");
        Encoding.UTF8.GetString(bytes).ShouldContain("INV-900001,Overdue,Deposit,");
        Encoding.UTF8.GetString(bytes).ShouldContain(",USD,");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using var read = new Onboarding.Tests.Documents.PdfReadBack(await pdf.Content.ReadAsByteArrayAsync(Ct));
        read.BodyLines.ShouldContain(l => l.Contains("INV-900001"), string.Join("\n", read.BodyLines));
        badFilter.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badFilter.Content.ReadAsStringAsync(Ct)).ShouldContain("swap them");
    }

    private static string[] Paths(int clientId) =>
        ["/finance", "/finance/invoices.csv", $"/finance/clients/{clientId}/statement", $"/finance/clients/{clientId}/statement.pdf"];

    /// <summary>An overdue USD 2,400.00 deposit invoice on the first demo onboarding, numbered far past the demo's own invoices; its client's id.</summary>
    private static async Task<int> InvoicedClientAsync(OnboardingAppFactory app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>().CreateDbContextAsync(Ct);
        var onboarding = await db.Onboardings.OrderBy(o => o.StartDate).FirstAsync(Ct);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var invoice = new Invoice
        {
            Id = Guid.NewGuid(), OnboardingId = onboarding.Id, ClientId = onboarding.ClientId, Kind = InvoiceKind.Deposit, Title = "Deposit",
            Status = InvoiceStatus.Overdue, Currency = "USD", Sequence = 900001, Number = "INV-900001", IssuedOn = today.AddDays(-40),
            DueOn = today.AddDays(-10), CreatedBy = "test", UpdatedBy = "test", ConcurrencyToken = Guid.NewGuid(),
        };
        invoice.AddLine("Deposit", 1, 2400m);
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(Ct);
        return onboarding.ClientId;
    }
}
