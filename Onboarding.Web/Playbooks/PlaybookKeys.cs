using System.Globalization;
using System.Text;
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

    /// <summary>
    /// A free key for an imported file: its process's name, else its file name, as lower-case ASCII words joined by
    /// dashes ("Prüfung & Übergabe" becomes prufung-ubergabe), numbered when taken.
    /// </summary>
    public static string Suggest(string? processName, string fileName, IReadOnlyCollection<string> existing)
    {
        var slug = new[] { Slug(processName), Slug(Path.GetFileNameWithoutExtension(fileName)) }.FirstOrDefault(s => s.Length > 0) ?? "imported-playbook";
        var key = slug;
        for (var n = 2; existing.Contains(key, StringComparer.Ordinal); n++) key = $"{slug}-{n}";
        return key;
    }

    // Long enough to read, short enough to type; the catalog takes up to 100 characters.
    private const int SuggestedLength = 60;

    private static string Slug(string? text)
    {
        var slug = new StringBuilder();
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterOrDigit(lower)) slug.Append(lower);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var result = slug.ToString();
        return (result.Length > SuggestedLength ? result[..SuggestedLength] : result).Trim('-');
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}

/// <summary>A version copied into a new playbook (duplicate).</summary>
public sealed record PlaybookSource(string Label, string Xml, IReadOnlyList<PlaybookStage> Stages);
