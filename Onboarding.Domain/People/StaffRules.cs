using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Onboarding.Domain.Common;

namespace Onboarding.Domain.People;

/// <summary>Small checks shared by <see cref="StaffDirectory"/>'s operations.</summary>
internal static class StaffRules
{
    public static List<ValidationResult> RoleProblems(IEnumerable<string> roles)
    {
        var list = roles.ToList();
        if (list.Count == 0) return [new("Choose at least one role.", [nameof(StaffMemberDraft.Roles)])];
        var unknown = list.Where(r => !Roles.All.Contains(r)).ToList();
        return unknown.Count == 0 ? []
            : [new($"Unknown role {string.Join(", ", unknown)}. Choose roles from the list.", [nameof(StaffMemberDraft.Roles)])];
    }

    public static bool IsSelf(AppUser user, string actor) =>
        string.Equals(user.UserName, actor, StringComparison.OrdinalIgnoreCase);

    public static void ThrowIfFailed(IdentityResult result, AppUser user)
    {
        if (result.Succeeded) return;
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new ConcurrencyConflictException(StaffLabel.Of(user));
        }
        var errors = result.Errors
            .Select(e => new ValidationResult(e.Description, [FieldOf(e.Code)]))
            .ToList();
        throw new ValidationFailedException(errors);
    }

    public static string FieldOf(string identityErrorCode) =>
        identityErrorCode.Contains("Password", StringComparison.Ordinal) ? nameof(StaffMemberDraft.Password)
        : identityErrorCode.Contains("Email", StringComparison.Ordinal) || identityErrorCode.Contains("UserName", StringComparison.Ordinal)
            ? nameof(StaffMemberDraft.Email)
        : identityErrorCode.Contains("Role", StringComparison.Ordinal) ? nameof(StaffMemberDraft.Roles)
        : "";

    public static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
