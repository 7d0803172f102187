namespace Onboarding.Workflows.Onboardings.Board;

/// <summary>One active onboarding as a board card or list row.</summary>
public sealed record BoardItem(
    Guid OnboardingId, string ClientName, string AccountManager, string PlaybookName, int VersionNumber,
    string Stage, int StageOrder, int DaysInStage, int OpenWorkItems, int OverdueWorkItems, NextAction NextAction, Health Health);

/// <summary>A column of the board: a stage of the playbook (or the trailing "Other") and its cards, most urgent first.</summary>
public sealed record BoardColumn(string Stage, string Colour, IReadOnlyList<BoardItem> Items);

/// <summary>A playbook version that has active onboardings, for the version filter.</summary>
public sealed record BoardVersion(Guid Id, string PlaybookName, int Number, int Active)
{
    public string Label => $"{PlaybookName} v{Number}";
}

/// <summary>
/// The board: its columns (stages in playbook order, every stage of the versions shown even when empty; only the chosen one
/// under a stage filter), the stages one may filter by, the versions with active onboardings, and how many are active before
/// the filters (to tell "none at all" from "the filters exclude all").
/// </summary>
public sealed record OnboardingBoard(IReadOnlyList<BoardColumn> Columns, IReadOnlyList<string> Stages, IReadOnlyList<BoardVersion> Versions, int ActiveCount)
{
    public const string OtherStage = "Other";

    public int ShownCount => Columns.Sum(c => c.Items.Count);

    public IEnumerable<BoardItem> Items => Columns.SelectMany(c => c.Items);
}
