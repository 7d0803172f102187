using System.ComponentModel.DataAnnotations;

namespace Onboarding.Domain.Common;

/// <summary>A rule was broken; the message tells the person what to do and is safe to show.</summary>
public class DomainException(string message) : Exception(message);

public sealed class NotFoundException(string what) : DomainException($"{what} was not found. It may have been deleted; go back to the list and try again.");

public sealed class ConcurrencyConflictException(string what)
    : DomainException($"{what} was changed by someone else while you were editing. Reload to see their changes, then make yours again.");

/// <summary>Input failed validation; each error names the field it belongs to.</summary>
public sealed class ValidationFailedException(IReadOnlyList<ValidationResult> errors)
    : DomainException(string.Join(" ", errors.Select(e => e.ErrorMessage)))
{
    public IReadOnlyList<ValidationResult> Errors { get; } = errors;
}

public static class DraftValidation
{
    /// <summary>Validates an object's data annotations; nested drafts are validated with a member prefix.</summary>
    public static List<ValidationResult> Validate(object draft, string prefix = "")
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(draft, new ValidationContext(draft), results, validateAllProperties: true);
        if (prefix.Length == 0) return results;
        return results
            .Select(r => new ValidationResult(r.ErrorMessage, r.MemberNames.Select(m => prefix + m).ToArray()))
            .ToList();
    }

    public static void ThrowIfInvalid(List<ValidationResult> errors)
    {
        if (errors.Count > 0) throw new ValidationFailedException(errors);
    }
}
