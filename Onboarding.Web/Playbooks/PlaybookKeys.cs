using System.Text.RegularExpressions;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Web.Playbooks;

/// <summary>Checks a new playbook key as the catalog does, so the dialog can say what is wrong before saving.</summary>
public static partial class PlaybookKeys
{
    /// <summary>What is wrong with the key, or null when it can be used.</summary>
    public static string? Problem(string? key, IReadOnlyCollection<string> existing)
    {
        var trimmed = key?.Trim() ?? "";
        if (trimmed.Length == 0) return "Give the playbook a key, like client-onboarding.";
        if (!Pattern().IsMatch(trimmed)) return $"'{trimmed}' is not a valid key: use lower-case letters, digits and single dashes, like client-onboarding.";
        if (existing.Contains(trimmed, StringComparer.Ordinal)) return $"A playbook with the key '{trimmed}' already exists. Choose another key.";
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}

/// <summary>A version copied into a new playbook (duplicate).</summary>
public sealed record PlaybookSource(string Label, string Xml, IReadOnlyList<PlaybookStage> Stages);
