using Onboarding.Workflows.Onboardings.Board;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Board;

public sealed class BoardLayoutRulesTests
{
    private static PlaybookStage S(string name) => new(name, "#1565c0");

    private static BoardItem Item(string client, string stage, Health health = Health.OnTrack, int days = 0, int overdue = 0, string am = "Alex") =>
        new(Guid.NewGuid(), client, am, "Client onboarding", 1, stage, 0, days, 1, overdue, NextAction.None, health);

    [Fact]
    public void Merge_VersionsDisagree_NewestOrderWinsAndOlderOnlyStagesFollowTheirPredecessor()
    {
        var stages = BoardColumns.Merge([[S("Contract"), S("Kickoff"), S("Reporting")], [S("Contract"), S("Legacy audit"), S("Kickoff")]]);

        stages.Select(s => s.Name).ShouldBe(["Contract", "Legacy audit", "Kickoff", "Reporting"]);
    }

    [Fact]
    public void Place_ItemsOfUnknownStages_GoToATrailingOtherColumn_OnlyWhenThereAreSome()
    {
        var columns = BoardColumns.Place([[S("Contract"), S("Kickoff")]], [Item("A", "Contract"), Item("B", "Retired stage")]);

        columns.Select(c => c.Stage).ShouldBe(["Contract", "Kickoff", OnboardingBoard.OtherStage]);
        columns[2].Items.Single().ClientName.ShouldBe("B");
        columns[2].Items.Single().StageOrder.ShouldBe(2);
        BoardColumns.Place([[S("Contract")]], [Item("A", "Contract")]).Select(c => c.Stage).ShouldBe(["Contract"]);
    }

    [Fact]
    public void Place_InAColumn_MostUrgentFirst()
    {
        var columns = BoardColumns.Place([[S("Contract")]],
            [Item("Calm", "Contract"), Item("Stale", "Contract", Health.AtRisk, days: 20), Item("Late", "Contract", Health.Late, overdue: 1), Item("Soon", "Contract", Health.AtRisk, days: 1)]);

        columns[0].Items.Select(i => i.ClientName).ShouldBe(["Late", "Stale", "Soon", "Calm"]);
    }

    [Fact]
    public void Sort_ByKeyAndDirection_ThenByClient()
    {
        BoardItem[] items = [Item("b", "X", days: 3, am: "Zoe"), Item("a", "X", days: 3, am: "Amy"), Item("c", "X", days: 9, am: "Amy")];

        BoardSort.Apply(items, BoardSortKey.DaysInStage, descending: true).Select(i => i.ClientName).ShouldBe(["c", "a", "b"]);
        BoardSort.Apply(items, BoardSortKey.AccountManager, descending: false).Select(i => i.ClientName).ShouldBe(["a", "c", "b"]);
        BoardSort.Apply(items, BoardSortKey.Client, descending: true).Select(i => i.ClientName).ShouldBe(["c", "b", "a"]);
    }
}
