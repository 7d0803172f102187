using Onboarding.Domain.Billing;
using Onboarding.Workflows.Billing.Payments;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Onboardings.Board;

namespace Onboarding.Tests.Billing.Payments;

/// <summary>"Waiting for deposit" with what is due, the same words on the board card and the onboarding page, until the deposit is recorded.</summary>
public sealed class DepositWaitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Text_SaysWhatIsDueAndWhen_OrThatNoInvoiceIsIssued()
    {
        DepositWait.Text(null).ShouldBe("Waiting for deposit · no deposit invoice yet");
        DepositWait.Text(new DepositDue("INV-000001", 7_200, "USD", new DateOnly(2026, 12, 30), InvoiceStatus.Issued))
            .ShouldBe("Waiting for deposit · USD 7,200.00 due 30 Dec");
        DepositWait.Text(new DepositDue("INV-000001", 1_500_000, "KRW", new DateOnly(2026, 12, 30), InvoiceStatus.Overdue))
            .ShouldBe("Waiting for deposit · KRW 1,500,000 overdue since 30 Dec");
        DepositWait.Text(new DepositDue("INV-000001", 0, "USD", new DateOnly(2026, 12, 30), InvoiceStatus.Paid))
            .ShouldBe("Waiting for deposit · INV-000001 is paid; move the onboarding on from the Billing tab");
    }

    [Fact]
    public async Task BoardAndPage_WhileTheDepositIsUnpaid_SayWaitingForDepositWithTheBalance_ThenMoveOnWhenItIsRecorded()
    {
        await using var world = await PaymentWorld.CreateAsync();
        await world.DriveToDepositWaitAsync();
        var board = world.World.Host.Get<BoardQuery>();
        (await CardAsync(world, board)).NextAction.Text.ShouldBe("Waiting for deposit · no deposit invoice yet");

        var deposit = await world.IssueAsync(7_200, InvoiceKind.Deposit);
        await world.RecordAsync(deposit, 2_000);

        const string Waiting = "Waiting for deposit · USD 5,200.00 due 24 Dec";
        (await CardAsync(world, board)).NextAction.ShouldBe(new NextAction(NextActionKind.Payment, Waiting, null, null));
        var stage = (await world.World.Queries.GetAsync(world.OnboardingId, Ct)).ShouldNotBeNull().Stages.Single(s => s.State == StageState.Current);
        (stage.Name, stage.WaitingFor.Single().Text).ShouldBe(("Contract & payment", Waiting));

        await world.RecordAsync(await world.InvoiceAsync(deposit.Id), 5_200, "REST");

        var card = await CardAsync(world, board);
        (card.Stage, card.NextAction.Kind, card.NextAction.Text).ShouldBe(("Internal kickoff", NextActionKind.WorkItem, "Assign team and roles"));
        var view = (await world.World.Queries.GetAsync(world.OnboardingId, Ct)).ShouldNotBeNull();
        view.Stages.SelectMany(s => s.WaitingFor).ShouldNotContain(w => w.Kind == WaitKind.Payment);
        view.Stages.Single(s => s.State == StageState.Current).Name.ShouldBe("Internal kickoff");
    }

    [Fact]
    public async Task Board_OverdueDeposit_SaysSinceWhen()
    {
        await using var world = await PaymentWorld.CreateAsync();
        await world.DriveToDepositWaitAsync();
        var deposit = await world.IssueAsync(7_200, InvoiceKind.Deposit);
        world.Clock.Advance(TimeSpan.FromDays(31));
        // The overdue duty (another part of the billing work) marks it; paying part of it refreshes it the same way.
        await world.RecordAsync(deposit, 200);

        (await CardAsync(world, world.World.Host.Get<BoardQuery>())).NextAction.Text.ShouldBe("Waiting for deposit · USD 7,000.00 overdue since 24 Dec");
    }

    private static async Task<BoardItem> CardAsync(PaymentWorld world, BoardQuery board) =>
        (await board.LoadAsync(new BoardFilter(), Ct)).Items.Single(i => i.OnboardingId == world.OnboardingId);
}
