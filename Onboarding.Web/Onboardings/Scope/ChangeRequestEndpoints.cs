using Microsoft.AspNetCore.Mvc;
using Onboarding.Web.ClientPortal;
using Onboarding.Web.Documents;
using Onboarding.Web.Documents.Scope;
using Onboarding.Web.Hosting;
using Onboarding.Web.Onboardings.Questionnaire;
using Onboarding.Workflows.ClientLinks;
using Onboarding.Workflows.Scope;
using Onboarding.Workflows.Scope.ChangeRequests;

namespace Onboarding.Web.Onboardings.Scope;

internal static class ChangeRequestEndpoints
{
    /// <summary>
    /// The change-request form as a PDF: for staff by the onboarding and number (another onboarding's number is 404), and
    /// for the client by their approval link's token (checked and rate limited like the page; a bad link gets no data).
    /// Always an attachment, rendered from the saved change request.
    /// </summary>
    public static void MapChangeRequestEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/onboardings/{id:guid}/change-requests/{number:int}.pdf", async Task<IResult> (
                Guid id, int number, [FromServices] ChangeRequestForms forms, [FromServices] DocumentRenderer renderer, [FromServices] FirmBranding firm,
                [FromServices] ScopeMail mail, CancellationToken ct) =>
            await forms.ByNumberAsync(id, number, ct) is { } form ? Pdf(form, renderer, firm, mail) : TypedResults.NotFound())
            .RequireAuthorization(Policies.Staff);

        endpoints.MapGet("/cr/{token}/form.pdf", async Task<IResult> (
                string token, [FromServices] ChangeRequestApproval approval, [FromServices] DocumentRenderer renderer, [FromServices] FirmBranding firm,
                [FromServices] ScopeMail mail, CancellationToken ct) =>
            {
                ChangeRequestForm form;
                try
                {
                    form = await approval.FormAsync(token, ct);
                }
                catch (ClientLinkRefusedException refused)
                {
                    return refused.Refusal == ClientLinkRefusal.TooManyRequests
                        ? TypedResults.Text(refused.Message, statusCode: StatusCodes.Status429TooManyRequests)
                        : TypedResults.NotFound(refused.Message);
                }
                return Pdf(form, renderer, firm, mail);
            })
            .AllowAnonymous()
            .RequireRateLimiting(ClientPortalSetup.RateLimitPolicy);
    }

    private static IResult Pdf(ChangeRequestForm form, DocumentRenderer renderer, FirmBranding firm, ScopeMail mail)
    {
        var bytes = renderer.Pdf(ChangeRequestDocument.Build(form, firm, mail.Dates));
        return TypedResults.File(bytes, "application/pdf", QuestionnaireEndpoints.SafeFileName($"{form.ClientName} {form.Change.Reference}.pdf"));
    }
}
