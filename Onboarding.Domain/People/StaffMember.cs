namespace Onboarding.Domain.People;

public enum StaffStatus
{
    Active,
    Disabled,

    /// <summary>Too many failed sign-ins; clears by itself after the lockout time or on a password reset.</summary>
    LockedOut,
}

/// <summary>One row of the staff list.</summary>
public sealed record StaffMember(
    string Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    StaffStatus Status,
    DateTime CreatedAtUtc,
    DateTime? LastChangeAtUtc)
{
    public bool IsAdmin => Roles.Contains(People.Roles.Admin);

    /// <summary>How the person is named in messages and audit lines, e.g. "Jo Smith (jo@firm.com)".</summary>
    public string Label => StaffLabel.Of(DisplayName, Email);
}

internal static class StaffLabel
{
    public static string Of(string? displayName, string? email) =>
        string.IsNullOrWhiteSpace(displayName) ? email ?? "(no e-mail)" : $"{displayName} ({email})";

    public static string Of(AppUser user) => Of(user.DisplayName, user.Email);

    /// <summary>Role names in the order of <see cref="Roles.All"/>, for display and audit lines.</summary>
    public static string RoleList(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet(StringComparer.Ordinal);
        var names = Roles.All.Where(set.Contains).Select(Roles.DisplayName).ToList();
        return names.Count == 0 ? "(none)" : string.Join(", ", names);
    }
}
