using Microsoft.AspNetCore.Mvc;
using Onboarding.Web.Hosting;
using Onboarding.Workflows.Onboardings.Kickoff;

namespace Onboarding.Web.Onboardings.Kickoff;

internal static class KickoffEndpoints
{
    /// <summary>
    /// The kickoff invitation as a plain HTTP download for staff. An endpoint rather than a file handed over by
    /// JavaScript (as the designer saves BPMN it already holds in the browser): the file comes straight from the saved
    /// meeting, the browser names and saves it itself, and the link can be opened or copied like any other.
    /// </summary>
    public static void MapKickoffEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/onboardings/{id:guid}/kickoff.ics", async Task<IResult> (Guid id, [FromServices] KickoffPlanner planner, CancellationToken ct) =>
            await planner.InvitationAsync(id, ct) is { } file
                ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(file.Text), file.ContentType + "; charset=utf-8", file.FileName)
                : TypedResults.NotFound())
            .RequireAuthorization(Policies.Staff);
    }
}
