using Onboarding.Web.Shared;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Web.Documents;
using Onboarding.Web.Hosting;
using Onboarding.Web.Onboardings.Questionnaire;
using Onboarding.Workflows.Billing;
using Onboarding.Workflows.Questionnaires.Sending;

namespace Onboarding.Web.Billing;

public static class InvoiceEndpoints
{
    /// <summary>
    /// An invoice as a PDF attachment, for staff who may see the onboarding's invoices (finance, admins, the client's
    /// account manager and team). Anyone else gets 404, as for an invoice that does not exist: no hint that it does.
    /// </summary>
    public static void MapInvoiceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/invoices/{id:guid}.pdf", async Task<IResult> (Guid id, ClaimsPrincipal user, [FromServices] IDbContextFactory<OnboardingDbContext> databases,
                [FromServices] DocumentRenderer renderer, [FromServices] FirmBranding firm, [FromServices] QuestionnaireMail dates, CancellationToken ct) =>
            {
                var actor = BillingActors.Of(user);
                if (await InvoicePrints.ForAsync(databases, id, actor, ct) is not { } print) return TypedResults.NotFound();
                return TypedResults.File(renderer.Pdf(InvoiceDocument.Build(print, firm, dates)), "application/pdf", FileName(print));
            })
            .RequireAuthorization(Policies.Staff);
    }

    /// <summary>"INV-000012 Acme Analytics.pdf", "Draft invoice Acme Analytics.pdf".</summary>
    public static string FileName(InvoicePrint print) =>
        QuestionnaireEndpoints.SafeFileName($"{print.Invoice.Number ?? "Draft invoice"} {print.ClientName}.pdf");
}
