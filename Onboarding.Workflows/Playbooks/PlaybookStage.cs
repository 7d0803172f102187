namespace Onboarding.Workflows.Playbooks;

/// <summary>A stage of a playbook as people see it: its name (the <c>onboarding:stage</c> value) and its colour (<c>#rrggbb</c>).</summary>
public sealed record PlaybookStage(string Name, string Colour)
{
    /// <summary>Longest name: stage names label board columns and chips, so they stay short.</summary>
    public const int MaxNameLength = 60;

    /// <summary>True for <c>#rrggbb</c>: the only form stored, and the only one that reaches a style attribute.</summary>
    public static bool IsColour(string? colour) =>
        colour is { Length: 7 } && colour[0] == '#' && colour.Skip(1).All(char.IsAsciiHexDigit);

    /// <summary>Why <paramref name="name"/> cannot name a stage beside <paramref name="otherNames"/>, or null when it can.</summary>
    public static string? NameProblem(string? name, IEnumerable<string> otherNames)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0) return "Give the stage a name.";
        if (trimmed.Length > MaxNameLength) return $"A stage name has at most {MaxNameLength} characters; this one has {trimmed.Length}.";
        // Case-insensitive: "Tech setup" and "Tech Setup" would look like one stage on the board.
        return otherNames.Any(n => string.Equals(n, trimmed, StringComparison.OrdinalIgnoreCase))
            ? $"There is already a stage named '{trimmed}'. Choose another name."
            : null;
    }

    /// <summary>Why <paramref name="colour"/> cannot colour a stage, or null when it can.</summary>
    public static string? ColourProblem(string? colour) =>
        IsColour(colour) ? null : "Enter the colour as # and six hex digits, like #1565c0.";

    /// <summary>The first problem of a whole stage list (names and colours), or null when it can be saved.</summary>
    public static string? ListProblem(IReadOnlyList<PlaybookStage> stages)
    {
        for (var i = 0; i < stages.Count; i++)
        {
            var problem = NameProblem(stages[i].Name, stages.Take(i).Select(s => s.Name)) ?? ColourProblem(stages[i].Colour);
            if (problem is not null) return $"Stage {i + 1}: {problem}";
        }
        return null;
    }
}
