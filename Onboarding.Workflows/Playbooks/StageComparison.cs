namespace Onboarding.Workflows.Playbooks;

/// <summary>
/// How a version's stage list differs from another's, kept simple: names added, names removed, and whether the
/// stages both have are in another order or colour (a rename shows as one removed and one added).
/// </summary>
public sealed record StageComparison(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, bool OrderOrColoursChanged)
{
    public static StageComparison None { get; } = new([], [], false);

    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && !OrderOrColoursChanged;

    public static StageComparison Compare(IReadOnlyList<PlaybookStage> before, IReadOnlyList<PlaybookStage> after)
    {
        var beforeNames = before.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var afterNames = after.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        // Records compare by name and colour, so the kept stages differ exactly when order or a colour changed.
        var keptBefore = before.Where(s => afterNames.Contains(s.Name));
        var keptAfter = after.Where(s => beforeNames.Contains(s.Name));
        return new StageComparison(
            after.Where(s => !beforeNames.Contains(s.Name)).Select(s => s.Name).ToList(),
            before.Where(s => !afterNames.Contains(s.Name)).Select(s => s.Name).ToList(),
            !keptBefore.SequenceEqual(keptAfter));
    }
}
