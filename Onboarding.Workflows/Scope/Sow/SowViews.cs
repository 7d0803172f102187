using Onboarding.Domain.Scope;

namespace Onboarding.Workflows.Scope.Sow;

/// <summary>One version of a statement of work as the pages show it: its content read from JSON, who did what and when.</summary>
public sealed record SowVersionView(
    Guid Id,
    Guid OnboardingId,
    int Version,
    SowStatus Status,
    SowContent Content,
    DateTime CreatedAtUtc,
    string CreatedBy,
    DateTime UpdatedAtUtc,
    string UpdatedBy,
    DateTime? SentAtUtc,
    string? SentBy,
    string? SentToName,
    string? SentToEmail,
    DateTime? DecidedAtUtc,
    string? DecidedByName,
    string? ChangesRequested,
    Guid ConcurrencyToken)
{
    public string Label => $"v{Version}";

    public bool IsDraft => Status == SowStatus.Draft;

    /// <summary>Approved (now or before a later version superseded it): the client's name and the time are on it.</summary>
    public bool WasApproved => Status is SowStatus.Approved || (Status is SowStatus.Superseded && DecidedAtUtc is not null && ChangesRequested is null);

    public static SowVersionView From(StatementOfWork s) => new(s.Id, s.OnboardingId, s.Version, s.Status, s.ReadContent(), s.CreatedAtUtc, s.CreatedBy,
        s.UpdatedAtUtc, s.UpdatedBy, s.SentAtUtc, s.SentBy, s.SentToName, s.SentToEmail, s.DecidedAtUtc, s.DecidedByName, s.ChangesRequested, s.ConcurrencyToken);
}

/// <summary>The newest client link of a version: its address while it works, else when it stopped.</summary>
public sealed record SowLink(string? Url, DateTime ExpiresAtUtc, DateTime? RevokedAtUtc, bool IsLive);

/// <summary>
/// An onboarding's statement of work for the Scope tab: every version (newest first), each one's link, and whether the
/// workflow still waits for an approval the client already gave (<see cref="Stuck"/>: offer "Move the onboarding on").
/// </summary>
public sealed record SowOverview(Guid OnboardingId, string ClientName, string FirmName, string AccountManagerName, IReadOnlyList<SowVersionView> Versions,
    IReadOnlyDictionary<Guid, SowLink> Links, bool Stuck)
{
    /// <summary><paramref name="sow"/> (or a draft's unsaved content in it) ready to print or preview.</summary>
    public SowPrint PrintOf(SowVersionView sow) => new(sow, ClientName, FirmName, AccountManagerName);

    public SowVersionView? Draft => Versions.FirstOrDefault(v => v.IsDraft);

    public SowVersionView? Approved => Versions.FirstOrDefault(v => v.Status == SowStatus.Approved);

    public SowLink? LinkOf(Guid sowId) => Links.GetValueOrDefault(sowId);
}

/// <summary>What a printed version needs besides its content.</summary>
public sealed record SowPrint(SowVersionView Sow, string ClientName, string FirmName, string AccountManagerName);

/// <summary>A version just sent (or re-sent): the link in the e-mail and until when it works.</summary>
public sealed record SentSow(string Url, DateTime ExpiresAtUtc);

/// <summary>The approval e-mail as it will go out.</summary>
public sealed record SowEmailPreview(Mail.ClientRecipient To, string Greeting, Mail.ComposedEmail Email);
