using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Playbooks;
using Onboarding.Tests.Clients;
using Onboarding.Tests.Onboardings;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Onboardings.Board;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Board;

public sealed class BoardQueryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<OnboardingBoard> LoadAsync(OnboardingWorld world, BoardFilter? filter = null) =>
        world.Host.Get<BoardQuery>().LoadAsync(filter ?? new BoardFilter(), Ct);

    private static BoardItem Card(OnboardingBoard board, Guid id) => board.Items.Single(i => i.OnboardingId == id);

    private static async Task<Guid> StartForNewClientAsync(OnboardingWorld world, string name)
    {
        var clientId = await world.Clients.CreateAsync(ClientDrafts.Valid(name), "am@test", Ct);
        return (await world.StartAsync(world.Request(clientId))).Id;
    }

    [Fact]
    public async Task Load_JustStarted_PutsTheCardInTheFirstStageColumnWithItsFirstWorkItem()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();

        var board = await LoadAsync(world);

        board.Columns.Select(c => c.Stage).ShouldBe(DefaultPlaybook.Stages.Select(s => s.Name));
        board.Columns[0].Items.Single().OnboardingId.ShouldBe(started.Id);
        board.Columns.Skip(1).ShouldAllBe(c => c.Items.Count == 0);
        var card = Card(board, started.Id);
        card.ClientName.ShouldBe("Acme Analytics");
        card.AccountManager.ShouldBe("am");
        (card.PlaybookName, card.VersionNumber).ShouldBe(("Client onboarding", 1));
        card.NextAction.ShouldBe(new NextAction(NextActionKind.WorkItem, "Send contract for e-signature", "am", new DateTime(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc)));
        (card.DaysInStage, card.OpenWorkItems, card.OverdueWorkItems).ShouldBe((0, 1, 0));
        // Its only item is due tomorrow: within one business day.
        card.Health.ShouldBe(Health.AtRisk);
        board.Versions.Single().ShouldSatisfyAllConditions(v => v.Label.ShouldBe("Client onboarding v1"), v => v.Active.ShouldBe(1));
        board.ActiveCount.ShouldBe(1);
    }

    [Fact]
    public async Task Load_DaysLater_CountsDaysInStageByTheClock_AndAnOverdueItemMakesItLate()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();

        world.Database.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(2));
        var card = Card(await LoadAsync(world), started.Id);

        (card.DaysInStage, card.OpenWorkItems, card.OverdueWorkItems, card.Health).ShouldBe((3, 1, 1, Health.Late));
    }

    [Fact]
    public async Task Load_AfterTheStageEnds_TheCardMovesAndItsDaysStartAgain()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        world.Database.Clock.Advance(TimeSpan.FromDays(2));
        foreach (var title in new[] { "Send contract for e-signature", "Confirm contract signed", "Agree invoicing schedule", "Issue the deposit invoice" })
        {
            await world.Host.CompleteAsync(started.InstanceId, title);
        }

        var waiting = Card(await LoadAsync(world), started.Id);
        waiting.Stage.ShouldBe("Contract & payment");
        waiting.DaysInStage.ShouldBe(2);
        waiting.NextAction.ShouldBe(new NextAction(NextActionKind.Payment, "Waiting for deposit · no deposit invoice yet", null, null));

        world.Database.Clock.Advance(TimeSpan.FromDays(1));
        await world.Host.Runtime.DeliverMessageAsync("DepositPaid", started.Id.ToString(), null, "finance@test", Ct);
        world.Database.Clock.Advance(TimeSpan.FromHours(30));
        var board = await LoadAsync(world);

        board.Columns.Single(c => c.Stage == "Internal kickoff").Items.Single().OnboardingId.ShouldBe(started.Id);
        board.Columns.Single(c => c.Stage == "Contract & payment").Items.ShouldBeEmpty();
        Card(board, started.Id).DaysInStage.ShouldBe(1);
    }

    [Fact]
    public async Task Load_Mine_ShowsOnlyOnboardingsWhereIAmTheAccountManagerOrOnTheTeam()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();

        (await LoadAsync(world, new BoardFilter(MineUserId: world.AccountManager.Id))).Items.Single().OnboardingId.ShouldBe(started.Id);
        (await LoadAsync(world, new BoardFilter(MineUserId: world.OpsLead.Id))).Items.Single().OnboardingId.ShouldBe(started.Id);
        var stranger = await LoadAsync(world, new BoardFilter(MineUserId: "someone-else"));
        stranger.ShownCount.ShouldBe(0);
        stranger.ActiveCount.ShouldBe(1);
        stranger.Columns.Select(c => c.Stage).ShouldBe(DefaultPlaybook.Stages.Select(s => s.Name));
    }

    [Fact]
    public async Task Load_OverdueOnlyAndStage_KeepOnlyMatchingCards()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var late = await world.StartAsync();
        var moving = await StartForNewClientAsync(world, "Brightpath Learning");
        world.Database.Clock.Advance(TimeSpan.FromHours(20));
        await world.Host.CompleteAsync((await InstanceOf(world, moving)), "Send contract for e-signature");
        world.Database.Clock.Advance(TimeSpan.FromHours(6));

        var overdue = await LoadAsync(world, new BoardFilter(OverdueOnly: true));
        overdue.Items.Select(i => i.OnboardingId).ShouldBe([late.Id]);

        var stage = await LoadAsync(world, new BoardFilter(Stage: "Contract & payment"));
        stage.Columns.Select(c => c.Stage).ShouldBe(["Contract & payment"]);
        stage.ShownCount.ShouldBe(2);
        stage.Stages.ShouldBe(DefaultPlaybook.Stages.Select(s => s.Name));
        (await LoadAsync(world, new BoardFilter(Stage: "Questionnaire"))).ShownCount.ShouldBe(0);
    }

    [Fact]
    public async Task Load_Version_ShowsOnlyThatVersionsOnboardings()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var version = (await LoadAsync(world)).Versions.Single();

        (await LoadAsync(world, new BoardFilter(VersionId: version.Id))).Items.Single().OnboardingId.ShouldBe(started.Id);
        var other = await LoadAsync(world, new BoardFilter(VersionId: Guid.NewGuid()));
        other.ShownCount.ShouldBe(0);
        other.Versions.Single().Id.ShouldBe(version.Id);
    }

    [Fact]
    public async Task Load_StageNotInThePlaybook_GoesToOther_AndEndedOnboardingsLeaveTheBoard()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var odd = await world.StartAsync();
        var cancelled = await StartForNewClientAsync(world, "Northwind Outdoor Co.");
        await world.Host.QueryAsync(db => db.WorkflowInstances.Where(i => i.Id == odd.InstanceId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.CurrentStages, "Retired stage"), Ct));
        await world.Host.Runtime.CancelAsync(await InstanceOf(world, cancelled), "Client withdrew", "ops@test", Ct);

        var board = await LoadAsync(world);

        board.Columns[^1].Stage.ShouldBe(OnboardingBoard.OtherStage);
        board.Columns[^1].Items.Single().OnboardingId.ShouldBe(odd.Id);
        board.ActiveCount.ShouldBe(1);
        board.Items.ShouldNotContain(i => i.OnboardingId == cancelled);
    }

    private static Task<Guid> InstanceOf(OnboardingWorld world, Guid onboardingId) =>
        world.Host.QueryAsync(db => db.Onboardings.Where(o => o.Id == onboardingId).Select(o => o.WorkflowInstanceId).SingleAsync(Ct));
}
