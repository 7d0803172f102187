using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Workflows.Billing.Payments;
using Onboarding.Workflows.Messages;

namespace Onboarding.Tests.Billing.Payments;

/// <summary>
/// The deposit gate through the real engine: paying the deposit invoice in full moves the workflow past its wait, once;
/// a part payment does not; paid before the workflow waits, the message waits for it; stuck, it can be moved on.
/// </summary>
public sealed class DepositGateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<int> DepositMessagesAsync(PaymentWorld world) => await world.World.Host.QueryAsync(async db =>
    {
        var received = nameof(Onboarding.Workflows.Engine.JournalKind.MessageReceived);
        return await db.JournalEntries.CountAsync(j => j.InstanceId == world.Started.InstanceId && j.Kind == received && j.Text.Contains("'DepositPaid'"), Ct)
            + await db.BufferedMessages.CountAsync(m => m.MessageName == KnownMessages.DepositPaid, Ct);
    });

    private static async Task<List<string?>> OpenStagesAsync(PaymentWorld world) =>
        [.. (await world.World.Host.OpenWorkItemsAsync(world.Started.InstanceId)).Select(w => w.Stage)];

    [Fact]
    public async Task Record_TheWholeDeposit_TheWorkflowLeavesTheWaitForTheInternalKickoff()
    {
        await using var world = await PaymentWorld.CreateAsync();
        await world.DriveToDepositWaitAsync();
        var deposit = await world.IssueAsync(7_200, InvoiceKind.Deposit);

        var recorded = await world.RecordAsync(deposit, 7_200);

        (recorded.DepositPaid, recorded.FollowUpPassed).ShouldBe((true, true));
        (await world.WaitsForDepositAsync()).ShouldBeFalse();
        (await OpenStagesAsync(world)).ShouldBe(["Internal kickoff"]);
        (await DepositMessagesAsync(world)).ShouldBe(1);
    }

    [Fact]
    public async Task Record_PartOfTheDeposit_DeliversNothing_TheRestThenDeliversOnce()
    {
        await using var world = await PaymentWorld.CreateAsync();
        await world.DriveToDepositWaitAsync();
        var deposit = await world.IssueAsync(7_200, InvoiceKind.Deposit);

        (await world.RecordAsync(deposit, 7_000)).DepositPaid.ShouldBeFalse();
        (await world.WaitsForDepositAsync()).ShouldBeTrue();
        (await DepositMessagesAsync(world)).ShouldBe(0);

        (await world.RecordAsync(await world.InvoiceAsync(deposit.Id), 500, "REST")).DepositPaid.ShouldBeTrue();
        (await world.WaitsForDepositAsync()).ShouldBeFalse();

        // More money on the paid deposit's client is credit; it tells the workflow nothing again.
        await world.RecordAsync(null, 100, "EXTRA");
        (await DepositMessagesAsync(world)).ShouldBe(1);
    }

    [Fact]
    public async Task Record_TheDepositBeforeTheWorkflowWaits_IsKeptUntilItDoes()
    {
        await using var world = await PaymentWorld.CreateAsync();
        var deposit = await world.IssueAsync(7_200, InvoiceKind.Deposit);

        await world.RecordAsync(deposit, 7_200);
        (await DepositMessagesAsync(world)).ShouldBe(1, "buffered: the contract is not signed yet");

        foreach (var title in new[] { "Send contract for e-signature", "Confirm contract signed", "Agree invoicing schedule", "Issue the deposit invoice" })
            await world.World.Host.CompleteAsync(world.Started.InstanceId, title);
        (await world.WaitsForDepositAsync()).ShouldBeFalse();
        (await OpenStagesAsync(world)).ShouldBe(["Internal kickoff"]);
    }

    [Fact]
    public async Task Void_ThenPayAgain_DoesNotTellTheWorkflowTwice_AndTheTrailSaysTheVoidCannotUntell()
    {
        await using var world = await PaymentWorld.CreateAsync();
        await world.DriveToDepositWaitAsync();
        var deposit = await world.IssueAsync(7_200, InvoiceKind.Deposit);
        await world.RecordAsync(deposit, 7_200);
        var payment = (await world.PaymentsAsync()).Single();

        await world.Recorder.VoidAsync(payment.Id, payment.ConcurrencyToken, "Wrong client", world.Finance, Ct);
        (await world.AuditAsync("Payment voided")).Single().ShouldEndWith(DepositGate.VoidCannotUntell);
        (await world.InvoiceAsync(deposit.Id)).Status.ShouldBe(InvoiceStatus.Issued);
        (await OpenStagesAsync(world)).ShouldBe(["Internal kickoff"], "the workflow does not go back");

        (await world.RecordAsync(await world.InvoiceAsync(deposit.Id), 7_200, "RIGHT")).DepositPaid.ShouldBeTrue();
        (await DepositMessagesAsync(world)).ShouldBe(1);
    }

    [Fact]
    public async Task ApplyCredit_ThatPaysTheDeposit_TellsTheWorkflow()
    {
        await using var world = await PaymentWorld.CreateAsync();
        await world.DriveToDepositWaitAsync();
        await world.RecordAsync(null, 8_000);
        var deposit = await world.IssueAsync(7_200, InvoiceKind.Deposit);

        var applied = await world.Recorder.ApplyCreditAsync(deposit.Id, deposit.ConcurrencyToken, world.Finance, Ct);

        (applied.DepositPaid, applied.FollowUpPassed).ShouldBe((true, true));
        (await world.WaitsForDepositAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task APaidDepositTheWorkflowWasNeverToldOf_IsStuck_AndMovingOnReleasesIt()
    {
        await using var world = await PaymentWorld.CreateAsync();
        await world.DriveToDepositWaitAsync();
        var deposit = await world.IssueAsync(7_200, InvoiceKind.Deposit);
        (await world.Queries.OverviewAsync(world.OnboardingId, world.Finance, Ct)).DepositStuck.ShouldBeFalse();
        (await Should.ThrowAsync<DomainException>(() => world.Deposits.MoveOnAsync(world.OnboardingId, world.Finance, Ct)))
            .Message.ShouldBe("The deposit invoice is not paid yet; there is nothing to move on from.");
        // The payment committed and the app stopped before the follow-up ran.
        await world.World.Host.QueryAsync(async db =>
        {
            var invoice = await db.Invoices.SingleAsync(i => i.Id == deposit.Id, Ct);
            invoice.AmountPaid = invoice.Total;
            invoice.Status = InvoiceStatus.Paid;
            return await db.SaveChangesAsync(Ct);
        });
        (await world.Queries.OverviewAsync(world.OnboardingId, world.Finance, Ct)).DepositStuck.ShouldBeTrue();

        (await world.Deposits.MoveOnAsync(world.OnboardingId, world.Finance, Ct)).ShouldBeTrue();

        (await world.WaitsForDepositAsync()).ShouldBeFalse();
        (await world.Queries.OverviewAsync(world.OnboardingId, world.Finance, Ct)).DepositStuck.ShouldBeFalse();
        (await world.Deposits.MoveOnAsync(world.OnboardingId, world.Finance, Ct)).ShouldBeTrue();
        (await DepositMessagesAsync(world)).ShouldBe(1, "moving on twice tells the workflow once");
    }
}
