namespace Onboarding.Domain.Onboardings;

/// <summary>
/// Access to one of the client's platforms for one team member: requested, granted, verified. Only who was
/// granted what and when is kept; credentials never are.
/// </summary>
public sealed class PlatformAccess : IOnboardingRecord
{
    public Guid Id { get; set; }

    public Guid OnboardingId { get; set; }

    public PlatformKind Kind { get; set; }

    /// <summary>The platform by name ("Google Analytics 4", "WordPress").</summary>
    public string Platform { get; set; } = "";

    /// <summary>The staff user id of the team member who needs the access.</summary>
    public string TeamMemberId { get; set; } = "";

    public AccessStatus Status { get; set; }

    public DateTime RequestedAtUtc { get; set; }

    public string RequestedBy { get; set; } = "";

    public DateTime? GrantedAtUtc { get; set; }

    public string? GrantedBy { get; set; }

    public DateTime? VerifiedAtUtc { get; set; }

    public string? VerifiedBy { get; set; }

    /// <summary>A note such as the account or property name; checked so that it never holds a secret.</summary>
    public string? Note { get; set; }

    public Guid ConcurrencyToken { get; set; }
}

/// <summary>Stored as text; never rename a member.</summary>
public enum AccessStatus { Requested, Granted, Verified }

/// <summary>Stored as text; never rename a member.</summary>
public enum PlatformKind { Website, Cms, Analytics, SearchConsole, AdAccounts, Social, Crm, EmailMarketing, Other }

public static class PlatformNames
{
    public static string DisplayName(this PlatformKind kind) => kind switch
    {
        PlatformKind.Website => "Website",
        PlatformKind.Cms => "CMS",
        PlatformKind.Analytics => "Analytics",
        PlatformKind.SearchConsole => "Search console",
        PlatformKind.AdAccounts => "Ad accounts",
        PlatformKind.Social => "Social",
        PlatformKind.Crm => "CRM",
        PlatformKind.EmailMarketing => "E-mail marketing",
        PlatformKind.Other => "Other",
    };

    public static string DisplayName(this AccessStatus status) => status switch
    {
        AccessStatus.Requested => "Requested",
        AccessStatus.Granted => "Granted",
        AccessStatus.Verified => "Verified",
    };
}
