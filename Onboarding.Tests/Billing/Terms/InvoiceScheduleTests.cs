using Onboarding.Domain.Billing;
using Onboarding.Workflows.Billing.Invoices;
using Onboarding.Workflows.Billing.Terms;
using static Onboarding.Tests.Billing.Terms.TermsWorld;

namespace Onboarding.Tests.Billing.Terms;

/// <summary>The pure planner: what each billing model schedules, and that issued or void invoices are never planned again.</summary>
public sealed class InvoiceScheduleTests
{
    private static readonly DateOnly Start = new(2026, 11, 24);

    private static IReadOnlyList<PlannedInvoice> Plan(BillingTermsForm form, params ScheduledInvoice[] existing) =>
        InvoiceSchedule.Plan(BillingTermsRules.Apply(form, new BillingTerms()), Start, existing);

    [Fact]
    public void Plan_FixedFeeWithADepositInPercent_DepositThenOneDraftPerMilestone_AddingUpToTheValue()
    {
        var plan = Plan(FixedFee());

        plan.Select(p => (p.Key, p.Kind, p.Title, p.MilestoneStage, p.Total("USD"))).ShouldBe(
        [
            ("deposit", InvoiceKind.Deposit, "Deposit: 30% of USD 24,000.00", null, 7_200m),
            ("milestone:1", InvoiceKind.Milestone, "Milestone 1: Team ready", "Internal kickoff", 9_600m),
            ("milestone:2", InvoiceKind.Milestone, "Milestone 2: Kickoff held", "Client kickoff", 7_200m),
        ]);
        plan[1].Lines.ShouldHaveSingleItem().Description.ShouldBe("Team ready: 40% of USD 24,000.00");
    }

    [Fact]
    public void Plan_DepositAsAnAmount_CountsAsItsShare_AndTheLastMilestoneTakesTheRoundingRest()
    {
        var plan = Plan(FixedFee(f =>
        {
            f.ContractValue = 10_000;
            f.DepositKind = DepositKind.Amount;
            f.DepositValue = 1_000;
            f.Milestones = [new() { Name = "A", Percent = 30, Stage = "Internal kickoff" }, new() { Name = "B", Percent = 30, Stage = "Tech setup" },
                new() { Name = "C", Percent = 30, Stage = "Client kickoff" }];
        }));

        plan.Select(p => (p.Key, p.Title, p.Total("USD"))).ShouldBe(
            [("deposit", "Deposit", 1_000m), ("milestone:1", "Milestone 1: A", 3_000m), ("milestone:2", "Milestone 2: B", 3_000m), ("milestone:3", "Milestone 3: C", 3_000m)]);
        var thirds = Plan(FixedFee(f =>
        {
            f.ContractValue = 1_000;
            f.DepositValue = 0;
            f.Milestones = [new() { Name = "A", Percent = 33.33m, Stage = "Internal kickoff" }, new() { Name = "B", Percent = 33.33m, Stage = "Tech setup" },
                new() { Name = "C", Percent = 33.34m, Stage = "Client kickoff" }];
        }));
        thirds.Select(p => p.Total("USD")).ShouldBe([333.30m, 333.30m, 333.40m]);
        thirds.Sum(p => p.Total("USD")).ShouldBe(1_000m);
    }

    [Fact]
    public void Plan_Retainer_OneDraftAMonthOnTheSameDay_AndThe31stFallsToTheMonthsLastDay()
    {
        var plan = Plan(Retainer(new DateOnly(2027, 1, 31), months: 4));

        plan.Select(p => (p.Key, p.ScheduledOn, p.Title)).ShouldBe(
        [
            ("retainer:2027-01", (DateOnly?)new DateOnly(2027, 1, 31), "Retainer: January 2027"),
            ("retainer:2027-02", new DateOnly(2027, 2, 28), "Retainer: February 2027"),
            ("retainer:2027-03", new DateOnly(2027, 3, 31), "Retainer: March 2027"),
            ("retainer:2027-04", new DateOnly(2027, 4, 30), "Retainer: April 2027"),
        ]);
        plan.ShouldAllBe(p => p.Kind == InvoiceKind.Retainer && p.Total("USD") == 3_000m);
        plan[1].Lines.ShouldHaveSingleItem().Description.ShouldBe("Monthly retainer, February 2027 (month 2 of 4)");
    }

    [Fact]
    public void Plan_RetainerWithADeposit_AndHourly_OnlyTheDepositForHourly()
    {
        Plan(Retainer(new DateOnly(2027, 1, 15), 2, f => f.DepositValue = 50)).Select(p => (p.Key, p.Total("USD")))
            .ShouldBe([("deposit", 3_000m), ("retainer:2027-01", 3_000m), ("retainer:2027-02", 3_000m)]);
        Plan(Hourly(f => { f.ContractValue = 12_000; f.DepositValue = 25; })).Select(p => (p.Key, p.Title, p.Total("USD")))
            .ShouldBe([("deposit", "Deposit: 25% of USD 12,000.00", 3_000m)]);
        Plan(Hourly()).ShouldBeEmpty();
    }

    [Fact]
    public void Plan_LeavesOutKeysOfIssuedAndVoidInvoices_ButReplansDrafts()
    {
        var plan = Plan(Retainer(new DateOnly(2027, 1, 1), 3),
            new ScheduledInvoice("retainer:2027-01", InvoiceStatus.Paid), new ScheduledInvoice("retainer:2027-02", InvoiceStatus.Void),
            new ScheduledInvoice("retainer:2027-03", InvoiceStatus.Draft));

        plan.Select(p => p.Key).ShouldBe(["retainer:2027-03"]);
    }

    [Fact]
    public void Plan_ZeroDecimalCurrency_RoundsTheDepositToWholeYen()
    {
        var plan = Plan(FixedFee(f => { f.Currency = "JPY"; f.ContractValue = 1_000_001; f.DepositValue = 30; f.Milestones[0].Percent = 40; }));

        plan.Select(p => p.Total("JPY")).ShouldBe([300_000m, 400_000m, 300_001m]);
    }
}
