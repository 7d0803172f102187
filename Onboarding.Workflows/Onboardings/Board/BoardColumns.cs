using Onboarding.Workflows.Playbooks;

namespace Onboarding.Workflows.Onboardings.Board;

/// <summary>Lays the board out: which stages are columns, in what order, and the cards in each. Pure.</summary>
public static class BoardColumns
{
    public const string OtherColour = "#607d8b";

    /// <summary>
    /// The columns for the stages of the versions shown (newest version first: its order wins; a stage only an older version
    /// has goes after the stage it follows there), each holding its items, most urgent first. Items whose stage is not a
    /// column go to a trailing "Other" column, which exists only when it has items.
    /// </summary>
    public static IReadOnlyList<BoardColumn> Place(IEnumerable<IReadOnlyList<PlaybookStage>> versionStagesNewestFirst, IEnumerable<BoardItem> items)
    {
        var stages = Merge(versionStagesNewestFirst);
        var byStage = items.GroupBy(i => i.Stage, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var columns = stages.Select((s, i) => new BoardColumn(s.Name, s.Colour, Urgent(byStage.GetValueOrDefault(s.Name) ?? [], i))).ToList();
        var known = stages.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var other = byStage.Where(kv => !known.Contains(kv.Key)).SelectMany(kv => kv.Value).ToList();
        if (other.Count > 0) columns.Add(new BoardColumn(OnboardingBoard.OtherStage, OtherColour, Urgent(other, stages.Count)));
        return columns;
    }

    /// <summary>One ordered list of stage names from several versions' lists.</summary>
    public static IReadOnlyList<PlaybookStage> Merge(IEnumerable<IReadOnlyList<PlaybookStage>> versionStagesNewestFirst)
    {
        var order = new List<PlaybookStage>();
        foreach (var stages in versionStagesNewestFirst)
        {
            var insertAt = 0;
            foreach (var stage in stages)
            {
                var at = order.FindIndex(s => s.Name == stage.Name);
                if (at >= 0)
                {
                    insertAt = at + 1;
                    continue;
                }
                order.Insert(insertAt++, stage);
            }
        }
        return order;
    }

    private static List<BoardItem> Urgent(List<BoardItem> items, int stageOrder) =>
        [.. items.Select(i => i with { StageOrder = stageOrder })
            .OrderByDescending(i => i.Health).ThenByDescending(i => i.OverdueWorkItems).ThenByDescending(i => i.DaysInStage)
            .ThenBy(i => i.ClientName, StringComparer.OrdinalIgnoreCase)];
}
