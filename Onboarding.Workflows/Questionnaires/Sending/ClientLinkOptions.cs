namespace Onboarding.Workflows.Questionnaires.Sending;

/// <summary>Where clients open their links (configuration section <c>ClientLinks</c>).</summary>
public sealed class ClientLinkOptions
{
    /// <summary>The app's public address as clients reach it, without a trailing slash; links are <c>{PublicBaseUrl}/q/{token}</c>.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    public string QuestionnaireUrl(string token) => $"{PublicBaseUrl.TrimEnd('/')}/q/{token}";

    public string OnboardingUrl(Guid onboardingId) => $"{PublicBaseUrl.TrimEnd('/')}/onboardings/{onboardingId}";
}
