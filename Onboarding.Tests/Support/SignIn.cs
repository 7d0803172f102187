using System.Net;
using System.Text.RegularExpressions;

namespace Onboarding.Tests.Support;

/// <summary>Signs in over HTTP through the real sign-in form (antiforgery token included), like a browser without JavaScript.</summary>
public static partial class SignIn
{
    /// <summary>Posts the sign-in form and returns the response (a redirect on success, the form again on failure).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string password, CancellationToken ct)
    {
        var form = await client.GetStringAsync("/Account/Login", ct);
        var token = AntiforgeryToken().Match(form);
        if (!token.Success) throw new InvalidOperationException("The sign-in page has no antiforgery hidden input:\n" + form);

        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["value"].Value),
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        };
        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(fields), ct);
    }

    /// <summary>Signs in and fails loudly unless the app answered with the redirect of a successful sign-in.</summary>
    public static async Task AsAsync(HttpClient client, string email, string password, CancellationToken ct)
    {
        using var response = await PostAsync(client, email, password, ct);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("Account/", StringComparison.Ordinal) != false)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*value="(?<value>[^"]*)""")]
    private static partial Regex AntiforgeryToken();
}
