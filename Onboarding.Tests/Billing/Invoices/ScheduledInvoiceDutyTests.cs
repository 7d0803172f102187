using Onboarding.Domain.Billing;
using Onboarding.Tests.Billing.Terms;
using Onboarding.Tests.Onboardings;
using Onboarding.Workflows.Billing.Invoices;
using Onboarding.Workflows.Playbooks;
using static Onboarding.Tests.Billing.Terms.TermsWorld;

namespace Onboarding.Tests.Billing.Invoices;

/// <summary>The schedule's duty on the fake clock and the real engine: retainer months on their day, milestones when the workflow reaches their stage.</summary>
public sealed class ScheduledInvoiceDutyTests
{
    [Fact]
    public async Task Run_RetainerDraft_IsIssuedOnItsDay_NotBefore()
    {
        await using var world = await CreateAsync();
        await world.SaveAsync(Retainer(new DateOnly(2026, 12, 1), months: 2));

        (await world.Duty.RunAsync(Ct)).ShouldBe(0);
        world.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 23, 59, 0, TimeSpan.Zero));
        (await world.Duty.RunAsync(Ct)).ShouldBe(0);
        world.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var issued = await world.Duty.RunAsync(Ct);
        var again = await world.Duty.RunAsync(Ct);

        (issued, again).ShouldBe((1, 0));
        var december = await world.InvoiceAsync("retainer:2026-12");
        (december.Number, december.Status, december.IssuedOn, december.DueOn, december.IssuedBy).ShouldBe(
            ("INV-000001", InvoiceStatus.Issued, (DateOnly?)new DateOnly(2026, 12, 1), (DateOnly?)new DateOnly(2026, 12, 22), DraftIssuing.ScheduleActor));
        (await world.InvoiceAsync("retainer:2027-01")).Status.ShouldBe(InvoiceStatus.Draft);
    }

    [Fact]
    public async Task Run_MilestoneDraft_IsIssuedWhenTheWorkflowReachesItsStage_NotBefore()
    {
        await using var world = await CreateAsync();
        await world.SaveAsync(FixedFee());
        var started = world.Scope.Started;

        (await world.Duty.RunAsync(Ct)).ShouldBe(0, "the workflow is still in Contract & payment");
        await world.World.CompleteOpenWorkAsync(started);
        (await world.Duty.RunAsync(Ct)).ShouldBe(0, "the contract's work is done, but the workflow waits for the deposit in the same stage");
        await world.World.PayDepositAsync(started);
        var issued = await world.Duty.RunAsync(Ct);

        issued.ShouldBe(1);
        var teamReady = await world.InvoiceAsync("milestone:1");
        (teamReady.Status, teamReady.Number, teamReady.Total).ShouldBe((InvoiceStatus.Issued, "INV-000002", 9_600m));
        (await world.InvoiceAsync("milestone:2")).Status.ShouldBe(InvoiceStatus.Draft, "Client kickoff is not reached yet");
    }

    [Fact]
    public async Task Run_MilestoneOfAnEarlierStage_IsIssuedAtOnce_WhenTheWorkflowIsAlreadyPastIt()
    {
        await using var world = await CreateAsync();
        await world.World.CompleteOpenWorkAsync(world.Scope.Started);
        await world.World.PayDepositAsync(world.Scope.Started);
        await world.SaveAsync(FixedFee(f => f.Milestones[0].Stage = "Contract & payment"));

        (await world.Duty.RunAsync(Ct)).ShouldBe(1);

        (await world.InvoiceAsync("milestone:1")).Status.ShouldBe(InvoiceStatus.Issued);
    }

    [Fact]
    public void Reached_UsesTheStepperRule_CurrentAndEarlierStagesButNotLaterOnes()
    {
        PlaybookStage[] stages = [new("A", "#000"), new("B", "#000"), new("C", "#000"), new("D", "#000")];

        ScheduledInvoiceDuty.Reached(stages, "B|C", finished: false).ShouldBe(["A", "B", "C"], ignoreOrder: true);
        ScheduledInvoiceDuty.Reached(stages, "A", finished: false).ShouldBe(["A"]);
        ScheduledInvoiceDuty.Reached(stages, "", finished: true).ShouldBe(["A", "B", "C", "D"], ignoreOrder: true);
    }
}
