using System.Text.Json.Nodes;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.People;

namespace Onboarding.Workflows.Onboardings;

/// <summary>
/// The instance variables that assign work items: <c>{"assignees": {"AccountManager": "user-id", ...}}</c>, read by the
/// runtime when it opens a work item of a role. The account manager always takes the AccountManager role; for the other
/// roles the first team member listed in the role takes its work items (the others are on the team, not assigned).
/// </summary>
public static class TeamVariables
{
    public static JsonObject For(string accountManagerId, IEnumerable<TeamAssignment> team)
    {
        var assignees = new JsonObject { [Roles.AccountManager] = accountManagerId };
        foreach (var member in team)
        {
            if (member.Role is { } role && member.UserId is { } userId && !assignees.ContainsKey(role)) assignees[role] = userId;
        }
        return new JsonObject { ["assignees"] = assignees };
    }
}
