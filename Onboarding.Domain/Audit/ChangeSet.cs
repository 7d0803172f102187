namespace Onboarding.Domain.Audit;

/// <summary>Collects "field: old → new" lines for an audit entry, skipping unchanged fields.</summary>
public sealed class ChangeSet
{
    private readonly List<string> lines = [];

    public bool IsEmpty => lines.Count == 0;

    public ChangeSet Field(string name, string? before, string? after)
    {
        before = Normalize(before);
        after = Normalize(after);
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            lines.Add(before is null ? $"{name}: {Show(after!)}"
                : after is null ? $"{name}: cleared (was {Show(before)})"
                : $"{name}: {Show(before)} → {Show(after)}");
        }
        return this;
    }

    public ChangeSet Line(string line)
    {
        lines.Add(line);
        return this;
    }

    public override string ToString() => string.Join('\n', lines);

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Show(string value)
    {
        var oneLine = value.ReplaceLineEndings(" ");
        return oneLine.Length <= 120 ? $"\"{oneLine}\"" : $"\"{oneLine[..117]}...\"";
    }
}
