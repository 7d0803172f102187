using Onboarding.Workflows.Onboardings;

namespace Onboarding.Web.Onboardings;

/// <summary>What changed between two loads of the onboarding page, in a line for the person looking at it.</summary>
public static class OnboardingUpdate
{
    public static string Describe(OnboardingView before, OnboardingView after)
    {
        var was = before.OpenWorkItems.ToDictionary(w => w.Id);
        var now = after.OpenWorkItems.ToDictionary(w => w.Id);
        var parts = new List<string>();
        parts.AddRange(was.Values.Where(w => !now.ContainsKey(w.Id)).Select(w => $"'{w.Title}' closed"));
        parts.AddRange(now.Values.Where(w => !was.ContainsKey(w.Id)).Select(w => $"'{w.Title}' opened"));
        parts.AddRange(now.Values.Where(w => was.TryGetValue(w.Id, out var old) && old.Assignee != w.Assignee)
            .Select(w => $"'{w.Title}' reassigned to {w.Assignee ?? (w.Role is { } role ? $"any {Domain.People.Roles.DisplayName(role).ToLowerInvariant()}" : "nobody")}"));
        if (!before.Summary.CurrentStages.SequenceEqual(after.Summary.CurrentStages))
            parts.Add(after.Summary.CurrentStages.Count > 0 ? $"now in {string.Join(" and ", after.Summary.CurrentStages)}" : $"the workflow is {after.Summary.Status.ToLowerInvariant()}");
        return parts.Count == 0 ? "the onboarding's records or comments changed" : string.Join("; ", parts);
    }
}
