using Onboarding.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Onboarding.Domain.Common;
using Onboarding.Web.Documents;
using Onboarding.Web.Hosting;
using Onboarding.Web.Onboardings.Questionnaire;
using Onboarding.Workflows.Billing.Statements;
using Onboarding.Workflows.Calendar;
using Onboarding.Workflows.Billing.Dashboard;

namespace Onboarding.Web.Finance;

internal static class FinanceEndpoints
{
    /// <summary>
    /// For finance and admins: the filtered invoice list as CSV (the dashboard's own query string; the file streams from the
    /// database, so 20,000 invoices never sit in memory) and a client's statement as a PDF (the statement page's period).
    /// A filter or period that cannot be answered is a 400 with what to change; an unknown client a 404.
    /// </summary>
    public static void MapFinanceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/finance/invoices.csv", async Task (HttpContext http, [FromServices] InvoiceCsv csv, CancellationToken ct) =>
            {
                var filter = FinanceQueryString.Parse(http.Request.Query);
                try
                {
                    filter.Validate();
                }
                catch (DomainException invalid)
                {
                    http.Response.StatusCode = StatusCodes.Status400BadRequest;
                    await http.Response.WriteAsync(invalid.Message, ct);
                    return;
                }
                http.Response.ContentType = "text/csv; charset=utf-8";
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{csv.FileName()}\"";
                await csv.WriteAsync(http.Response.Body, filter, BillingActors.Of(http.User), ct);
            })
            .RequireAuthorization(Policies.Finance);

        endpoints.MapGet("/finance/clients/{clientId:int}/statement.pdf", async Task<IResult> (
                int clientId, HttpContext http, [FromServices] ClientStatementQuery statements, [FromServices] FirmClock firm,
                [FromServices] DocumentRenderer renderer, [FromServices] FirmBranding branding, CancellationToken ct) =>
            {
                var (from, to) = StatementPeriod.Of(http.Request.Query["from"], http.Request.Query["to"], firm.Today());
                ClientStatement? statement;
                try
                {
                    statement = await statements.LoadAsync(clientId, from, to, BillingActors.Of(http.User), ct);
                }
                catch (DomainException invalid)
                {
                    return TypedResults.BadRequest(invalid.Message);
                }
                if (statement is null) return TypedResults.NotFound();
                var name = QuestionnaireEndpoints.SafeFileName($"{statement.ClientName} statement {to:yyyy-MM-dd}.pdf");
                return TypedResults.File(renderer.Pdf(StatementDocument.Build(statement, branding)), "application/pdf", name);
            })
            .RequireAuthorization(Policies.Finance);
    }
}
