using System.ComponentModel.DataAnnotations;
using Onboarding.Domain.People;

namespace Onboarding.Domain.Onboardings;

/// <summary>The rules a start request must pass, as field errors (member names match the dialog's fields).</summary>
public static class OnboardingRules
{
    /// <summary>A start date this far back is a typo, not a late entry (a typical onboarding lasts about 90 days).</summary>
    public const int MaxDaysInPast = 90;

    /// <summary>Contracts are signed months ahead at most; a year covers every real case.</summary>
    public const int MaxDaysAhead = 365;

    public static List<ValidationResult> Problems(StartOnboarding request, DateOnly today, IReadOnlyDictionary<string, StaffFacts> staff)
    {
        var errors = new List<ValidationResult>();
        if (request.StartDate is not { } start) Add(errors, "Choose the start date.", nameof(request.StartDate));
        else if (start < today.AddDays(-MaxDaysInPast)) Add(errors, $"The start date {start:d MMM yyyy} is more than {MaxDaysInPast} days ago. Check the year, or choose a later date.", nameof(request.StartDate));
        else if (start > today.AddDays(MaxDaysAhead)) Add(errors, $"The start date {start:d MMM yyyy} is more than a year ahead. Check the year, or start the onboarding closer to the date.", nameof(request.StartDate));

        if (string.IsNullOrWhiteSpace(request.AccountManagerId)) Add(errors, "Choose the account manager.", nameof(request.AccountManagerId));
        else if (AccountManagerProblem(staff.GetValueOrDefault(request.AccountManagerId)) is { } problem) Add(errors, problem, nameof(request.AccountManagerId));

        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < request.Team.Count; i++)
        {
            var (userId, role) = (request.Team[i].UserId, request.Team[i].Role);
            var member = $"Team[{i}]";
            if (string.IsNullOrWhiteSpace(userId)) Add(errors, $"Team member {i + 1}: choose a person, or remove the row.", member + ".UserId");
            else if (!staff.TryGetValue(userId, out var person) || person.IsDisabled) Add(errors, $"Team member {i + 1} is not an active staff user. Choose someone else.", member + ".UserId");
            if (role is null || !Roles.All.Contains(role)) Add(errors, $"Team member {i + 1}: choose a role.", member + ".Role");
            if (userId is not null && role is not null && !seen.Add((userId, role)))
            {
                var name = staff.GetValueOrDefault(userId)?.Label ?? "This person";
                Add(errors, $"{name} is already on the team as {Roles.DisplayName(role)}. Remove the repeated row.", member + ".UserId");
            }
        }
        return errors;
    }

    private static string? AccountManagerProblem(StaffFacts? person) => person switch
    {
        null => "The account manager is not a staff user. Choose someone from the list.",
        { IsDisabled: true } => $"{person.Label} is disabled and cannot manage an onboarding. Choose someone else.",
        _ when person.Roles.Contains(Roles.AccountManager) || person.Roles.Contains(Roles.Admin) => null,
        _ => $"{person.Label} is not an account manager. Choose someone with the Account manager role, or ask an admin to give them the role.",
    };

    private static void Add(List<ValidationResult> errors, string message, string member) => errors.Add(new(message, [member]));
}
