namespace Onboarding.Workflows.Automations;

/// <summary>
/// A service task's parameters as written in <c>onboarding:parameters</c>: <c>name=value;name=value</c>.
/// The reader and the designer's properties panel both go through here, so they agree on the format.
/// </summary>
public static class AutomationParameterText
{
    public const char Separator = ';';

    /// <summary>The name=value pairs in written order; entries without a name and names given twice become problems.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string? value, ICollection<string> problems)
    {
        var parameters = new List<KeyValuePair<string, string>>();
        if (value is null) return parameters;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in value.Split(Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? entry[..equals].Trim() : "";
            if (name.Length == 0)
            {
                problems.Add($"'{entry}' is not a parameter; write parameters as name=value;name=value.");
            }
            else if (!seen.Add(name))
            {
                problems.Add($"The parameter '{name}' is given twice; keep one.");
            }
            else
            {
                parameters.Add(new(name, entry[(equals + 1)..].Trim()));
            }
        }

        return parameters;
    }

    /// <summary>The attribute's text; null when there is no parameter (the attribute is removed).</summary>
    public static string? Format(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var text = string.Join(Separator, parameters.Select(p => $"{p.Key}={p.Value}"));
        return text.Length == 0 ? null : text;
    }

    /// <summary>Why a name cannot be used (null when it can).</summary>
    public static string? CheckName(string? name, IEnumerable<string> taken)
    {
        if (string.IsNullOrWhiteSpace(name)) return "Give the parameter a name.";
        if (name.Contains('=') || name.Contains(Separator)) return $"A parameter's name cannot contain '=' or '{Separator}'.";
        return taken.Contains(name.Trim(), StringComparer.Ordinal) ? $"The parameter '{name.Trim()}' is already set; change its value instead." : null;
    }

    /// <summary>Why a value cannot be used (null when it can).</summary>
    public static string? CheckValue(string? value) =>
        value is not null && value.Contains(Separator) ? $"A value cannot contain '{Separator}': it separates parameters." : null;
}
