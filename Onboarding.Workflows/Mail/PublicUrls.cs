namespace Onboarding.Workflows.Mail;

/// <summary>
/// The app's address as people outside reach it, for links e-mails carry (the client's questionnaire link, the onboarding page).
/// Set from <c>Mail:PublicBaseUrl</c> (else the app's first listening address, else http://localhost:5080).
/// </summary>
public sealed class PublicUrls(string? baseUrl)
{
    public const string Fallback = "http://localhost:5080";

    public Uri BaseUrl { get; } = new((string.IsNullOrWhiteSpace(baseUrl) ? Fallback : baseUrl.Trim()).TrimEnd('/') + "/");

    /// <summary>The absolute address of an app path ("/q/abc" → "https://onboarding.example/q/abc").</summary>
    public string Absolute(string path) => new Uri(BaseUrl, path.TrimStart('/')).ToString();

    /// <summary>The client's questionnaire page for a link token.</summary>
    public string QuestionnaireUrl(string token) => Absolute($"/q/{token}");

    /// <summary>The client's scope page (read and approve the SOW, raise a change request) for a link token.</summary>
    public string ScopeUrl(string token) => Absolute($"/s/{token}");

    /// <summary>The client's page to approve or reject one change request, for a link token.</summary>
    public string ChangeRequestUrl(string token) => Absolute($"/cr/{token}");

    /// <summary>An onboarding's page, for staff.</summary>
    public string OnboardingUrl(Guid onboardingId) => Absolute($"/onboardings/{onboardingId}");
}
