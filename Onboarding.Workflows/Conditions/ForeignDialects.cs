using System.Text.RegularExpressions;

namespace Onboarding.Workflows.Conditions;

/// <summary>Recognises conditions written for other engines and says how to write them for ours.</summary>
internal static partial class ForeignDialects
{
    /// <summary>A message for a JUEL/Camunda <c>${...}</c> or <c>#{...}</c> expression; null for anything else.</summary>
    public static string? Explain(string code)
    {
        var juel = Juel().Match(code);
        if (!juel.Success)
        {
            return null;
        }

        var suggestion = Suggest(juel.Groups["inner"].Value);
        var instead = suggestion is null
            ? $"Rewrite it as a JavaScript expression over vars, e.g. vars.approved === true instead of {code}."
            : $"Write {suggestion} instead of {code}.";
        return $"The condition {code} is written for another engine (a JUEL {code[0]}{{...}} expression, as in Camunda or bpmn-elements). {instead}";
    }

    /// <summary>Our form of a foreign value expression when it is a plain variable path or literal; null when unsure.</summary>
    public static string? Suggest(string foreign)
    {
        var text = ToVars(foreign).Trim().TrimEnd(';').Trim();
        if (text is "true" or "false" || text.StartsWith("vars.", StringComparison.Ordinal) && VariablePath().IsMatch(text))
        {
            return text;
        }

        return VariablePath().IsMatch(text) ? "vars." + text : null;
    }

    /// <summary>Replaces bpmn-elements' <c>environment.variables.</c> (and <c>this.</c>, <c>environment.output.</c>) by <c>vars.</c>.</summary>
    public static string ToVars(string code) => EnvironmentPath().Replace(code, "vars.");

    [GeneratedRegex(@"^[$#]\{(?<inner>.*)\}$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Juel();

    [GeneratedRegex(@"\b(?:this\.)?environment\.(?:variables|output)\.", RegexOptions.CultureInvariant)]
    private static partial Regex EnvironmentPath();

    [GeneratedRegex(@"^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex VariablePath();
}
