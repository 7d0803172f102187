using System.ComponentModel.DataAnnotations;

namespace Onboarding.Domain.People;

/// <summary>What an admin types to create a staff account. Validated the same way in the dialog and the service.</summary>
public sealed class StaffMemberDraft
{
    [Required(ErrorMessage = "E-mail is required.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address like name@firm.com.")]
    [StringLength(254, ErrorMessage = "E-mail must be at most 254 characters.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Name is required.")]
    [StringLength(100, ErrorMessage = "Name must be at most 100 characters.")]
    public string DisplayName { get; set; } = "";

    [MinLength(1, ErrorMessage = "Choose at least one role.")]
    public List<string> Roles { get; set; } = [];

    /// <summary>The first password; the person should change it after signing in. Identity's rules apply.</summary>
    [Required(ErrorMessage = "Initial password is required.")]
    [StringLength(100, ErrorMessage = "Password must be at most 100 characters.")]
    public string Password { get; set; } = "";
}
