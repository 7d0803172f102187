namespace Onboarding.Domain.ClientLinks;

/// <summary>
/// A link a client opens without logging in, scoped to one thing (<see cref="Purpose"/> and <see cref="SubjectId"/>,
/// e.g. one questionnaire). The URL carries the link's id and expiry signed by the firm's key; this row says whether it
/// was revoked. Re-sending issues a new link and revokes the old one.
/// </summary>
public sealed class ClientLink
{
    public Guid Id { get; set; }

    public ClientLinkPurpose Purpose { get; set; }

    /// <summary>The id of what the link opens (a questionnaire, a SOW version, a change request).</summary>
    public Guid SubjectId { get; set; }

    public Guid OnboardingId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }

    public string? RevokedBy { get; set; }

    /// <summary>When the client last opened or used it.</summary>
    public DateTime? LastUsedAtUtc { get; set; }
}

/// <summary>Stored as text; never rename a member.</summary>
public enum ClientLinkPurpose { Questionnaire, ScopeApproval, ChangeRequestApproval }

/// <summary>A secret the app generates once and keeps in the database (e.g. the key client links are signed with).</summary>
public sealed class AppSecret
{
    public string Name { get; set; } = "";

    /// <summary>Base64.</summary>
    public string Value { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}
