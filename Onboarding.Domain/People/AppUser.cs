using Microsoft.AspNetCore.Identity;

namespace Onboarding.Domain.People;

/// <summary>A member of the firm's staff who signs in. Clients never get one.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Set when an admin disables the account; a disabled user cannot sign in.</summary>
    public DateTime? DisabledAtUtc { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public bool IsDisabled => DisabledAtUtc is not null;
}
