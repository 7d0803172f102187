namespace Onboarding.Workflows.Onboardings.Board;

/// <summary>What the board's list view sorts by.</summary>
public enum BoardSortKey { Client, Stage, DaysInStage, Overdue, Health, AccountManager }

/// <summary>
/// The list view's order: by one key, ascending or descending, then by client so equal rows keep a stable order. Names compare
/// ordinally, ignoring case: culture-aware comparison (ICU on Linux) is far slower, and the list sorts thousands of rows per click.
/// </summary>
public static class BoardSort
{
    public static IReadOnlyList<BoardItem> Apply(IEnumerable<BoardItem> items, BoardSortKey key, bool descending)
    {
        var names = StringComparer.OrdinalIgnoreCase;
        var sorted = key switch
        {
            BoardSortKey.Client => descending ? items.OrderByDescending(i => i.ClientName, names) : items.OrderBy(i => i.ClientName, names),
            BoardSortKey.Stage => descending ? items.OrderByDescending(i => i.StageOrder) : items.OrderBy(i => i.StageOrder),
            BoardSortKey.DaysInStage => descending ? items.OrderByDescending(i => i.DaysInStage) : items.OrderBy(i => i.DaysInStage),
            BoardSortKey.Overdue => descending ? items.OrderByDescending(i => i.OverdueWorkItems) : items.OrderBy(i => i.OverdueWorkItems),
            BoardSortKey.Health => descending ? items.OrderByDescending(i => i.Health) : items.OrderBy(i => i.Health),
            BoardSortKey.AccountManager => descending ? items.OrderByDescending(i => i.AccountManager, names) : items.OrderBy(i => i.AccountManager, names),
            _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
        };
        return key == BoardSortKey.Client ? [.. sorted] : [.. sorted.ThenBy(i => i.ClientName, names)];
    }
}
