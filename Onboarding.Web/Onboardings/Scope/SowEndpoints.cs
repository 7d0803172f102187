using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Onboarding.Web.ClientPortal;
using Onboarding.Web.Documents;
using Onboarding.Web.Documents.Scope;
using Onboarding.Web.Hosting;
using Onboarding.Workflows.ClientLinks;
using Onboarding.Workflows.Scope;
using Onboarding.Workflows.Scope.Sow;

namespace Onboarding.Web.Onboardings.Scope;

/// <summary>
/// A statement of work version as a PDF download: for staff by onboarding and version number (another onboarding's version is
/// not found), and for the client from their scope link (anonymous, but the token is checked like the page and rate limited).
/// Always an attachment, so the browser saves what was approved rather than rendering it in our origin.
/// </summary>
public static partial class SowEndpoints
{
    public static void MapSowEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/onboardings/{id:guid}/sow/{version:int}.pdf", async Task<IResult> (Guid id, int version, [FromServices] SowQueries queries,
                [AsParameters] PdfParts parts, CancellationToken ct) =>
                await queries.PrintAsync(id, version, ct) is { } print ? parts.File(print) : TypedResults.NotFound())
            .RequireAuthorization(Policies.Staff);

        endpoints.MapGet("/s/{token}/sow.pdf", async Task<IResult> (string token, [FromServices] ClientScope scope, [AsParameters] PdfParts parts, CancellationToken ct) =>
            {
                try
                {
                    return parts.File(await scope.PrintAsync(token, ct));
                }
                catch (ClientLinkRefusedException refused)
                {
                    // Says only that the link does not work, never whose it was.
                    return refused.Refusal == ClientLinkRefusal.TooManyRequests
                        ? TypedResults.Text(refused.Message, statusCode: StatusCodes.Status429TooManyRequests)
                        : TypedResults.Text(refused.Message, statusCode: StatusCodes.Status404NotFound);
                }
            })
            .AllowAnonymous()
            .RequireRateLimiting(ClientPortalSetup.RateLimitPolicy);
    }

    /// <summary>"sow-seoul-bloom-cosmetics-v2.pdf".</summary>
    public static string FileName(string clientName, string label)
    {
        var slug = NonWord().Replace(clientName.ToLowerInvariant(), "-").Trim('-');
        return $"sow-{(slug.Length == 0 ? "client" : slug)}-{label}.pdf";
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonWord();

    /// <summary>What a PDF download needs from the app's services: the renderer, the firm's branding and its dates.</summary>
    public readonly record struct PdfParts([FromServices] DocumentRenderer Renderer, [FromServices] FirmBranding Firm, [FromServices] ScopeMail Mail)
    {
        public IResult File(SowPrint print) =>
            TypedResults.File(Renderer.Pdf(SowDocument.Build(print, Firm, Mail.Dates)), "application/pdf", FileName(print.ClientName, print.Sow.Label));
    }
}
