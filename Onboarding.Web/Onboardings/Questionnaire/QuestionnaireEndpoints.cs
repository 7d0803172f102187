using Onboarding.Workflows.Questionnaires.Answering;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Onboarding.Web.Hosting;
using Onboarding.Workflows.Questionnaires;
using Onboarding.Workflows.Questionnaires.Sending;

namespace Onboarding.Web.Onboardings.Questionnaire;

internal static class QuestionnaireEndpoints
{
    /// <summary>
    /// A file the client uploaded, for staff only: always a download (attachment, no sniffing), named after the client's
    /// file with anything unusual replaced, read from the upload store (never from wwwroot). Another onboarding's file is 404.
    /// </summary>
    public static void MapQuestionnaireEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/onboardings/{id:guid}/questionnaire/files/{fileId:guid}", async Task<IResult> (
                Guid id, Guid fileId, HttpContext http, [FromServices] QuestionnaireOverviews overviews, CancellationToken ct) =>
            {
                if (await overviews.FileAsync(id, fileId, ct) is not { } file) return TypedResults.NotFound();
                var store = http.RequestServices.GetService<IUploadStore>();
                if (store is null) return TypedResults.NotFound();
                Stream content;
                try
                {
                    content = store.OpenRead(file.StorageName);
                }
                catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
                {
                    return TypedResults.NotFound();
                }
                http.Response.Headers.XContentTypeOptions = "nosniff";
                // Even opened in the browser, an SVG's scripts must not run on our origin.
                http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
                var type = string.IsNullOrWhiteSpace(file.ContentType) ? "application/octet-stream" : file.ContentType;
                return TypedResults.File(content, type, UploadTypes.DownloadName(SafeFileName(file.FileName), type));
            })
            .RequireAuthorization(Policies.Staff);
    }

    /// <summary>The client's file name fit for a Content-Disposition header: letters, digits, space, dot, dash and underscore; no path.</summary>
    public static string SafeFileName(string name)
    {
        var bare = Path.GetFileName(name.Replace('\\', '/'));
        var safe = new StringBuilder(bare.Length);
        foreach (var c in bare) safe.Append(char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or '_' ? c : '_');
        var result = safe.ToString().Trim(' ', '.');
        return result.Length == 0 ? "file" : result.Length <= 120 ? result : result[^120..];
    }
}
