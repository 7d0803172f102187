using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.People;
using Onboarding.Workflows.Billing.Terms;
using static Onboarding.Tests.Billing.Terms.TermsWorld;

namespace Onboarding.Tests.Billing.Terms;

/// <summary>Saving terms: one unit with the audit line, the schedule and the deposit issued at once; regenerating is idempotent.</summary>
public sealed class BillingTermsEditorTests
{
    [Fact]
    public async Task Save_FixedFeeWithDeposit_IssuesTheDepositAtOnce_AndDraftsTheMilestones()
    {
        await using var world = await CreateAsync();

        var saved = await world.SaveAsync(FixedFee());

        saved.Deposit.ShouldNotBeNull();
        var invoices = await world.InvoicesAsync();
        var deposit = invoices.Single(i => i.ScheduleKey == "deposit");
        (deposit.Number, deposit.Status, deposit.Total, deposit.IssuedOn, deposit.DueOn, deposit.IssuedBy).ShouldBe(
            ("INV-000001", InvoiceStatus.Issued, 7_200m, (DateOnly?)new DateOnly(2026, 11, 24), (DateOnly?)new DateOnly(2026, 12, 24), "finance@test"));
        invoices.Where(i => i.Kind == InvoiceKind.Milestone).Select(i => (i.ScheduleKey, i.Status, i.MilestoneStage, i.Total, i.Number)).ShouldBe(
            [("milestone:1", InvoiceStatus.Draft, "Internal kickoff", 9_600m, (string?)null), ("milestone:2", InvoiceStatus.Draft, "Client kickoff", 7_200m, null)]);
        (await world.AuditAsync("Billing terms set")).ShouldHaveSingleItem().ShouldBe(
            "Currency: USD; Billing model: Fixed fee of USD 24,000.00 in milestones; Deposit: 30% = USD 7,200.00; "
            + "Milestones: Team ready 40% at Internal kickoff, Kickoff held 30% at Client kickoff; Payment terms: Net 30; "
            + "Late fee: 1.5% a month, after 7 grace days; Payment methods: Bank transfer, Card.");
        (await world.AuditAsync("Invoice schedule updated")).ShouldHaveSingleItem().ShouldBe("2 drafts added.");
        (await world.AuditAsync("Invoice issued")).ShouldHaveSingleItem().ShouldStartWith("INV-000001 \"Deposit: 30% of USD 24,000.00\": USD 7,200.00, due 2026-12-24 (net 30)");
    }

    [Fact]
    public async Task Save_OpenPagesAreToldAfterTheCommit_SoTheyReadTheIssuedDeposit()
    {
        await using var world = await CreateAsync();
        var seen = new List<int>();
        using var watch = world.World.Database.Changes.Watch([world.OnboardingId], () =>
        {
            // What a page reloading on the notice reads, on its own connection.
            using var db = world.World.Database.Factory.CreateDbContext();
            seen.Add(db.Invoices.Count(i => i.OnboardingId == world.OnboardingId));
        });

        await world.SaveAsync(FixedFee());

        seen.ShouldNotBeEmpty();
        seen.ShouldAllBe(count => count == 3, "the deposit and both milestone drafts are committed before anyone is told");
    }

    [Fact]
    public async Task Save_TheSameTermsAgain_ChangesNothing_AndNeverIssuesASecondDeposit()
    {
        await using var world = await CreateAsync();
        var first = await world.SaveAsync(FixedFee());
        var before = await world.InvoicesAsync();

        var again = await world.SaveAsync(FixedFee(), first.Terms.ConcurrencyToken);

        again.Deposit.ShouldBeNull();
        again.Schedule.Any.ShouldBeFalse();
        var after = await world.InvoicesAsync();
        after.Select(i => (i.Id, i.ConcurrencyToken, i.Total)).ShouldBe(before.Select(i => (i.Id, i.ConcurrencyToken, i.Total)));
        (await world.AuditAsync("Billing terms changed")).ShouldBeEmpty("nothing changed");
    }

    [Fact]
    public async Task Save_ChangedTerms_UpdatesAndRemovesDrafts_LeavesIssuedOnes_AndAuditsWhatChanged()
    {
        await using var world = await CreateAsync();
        var first = await world.SaveAsync(FixedFee());
        var deposit = await world.InvoiceAsync("deposit");

        await world.SaveAsync(FixedFee(f =>
        {
            f.DepositValue = 40;
            f.PaymentTermDays = 21;
            f.Milestones = [new() { Name = "Everything", Percent = 60, Stage = "Scope guard" }];
        }), first.Terms.ConcurrencyToken);

        var invoices = await world.InvoicesAsync();
        var keptDeposit = invoices.Single(i => i.ScheduleKey == "deposit");
        (keptDeposit.ConcurrencyToken, keptDeposit.Total).ShouldBe((deposit.ConcurrencyToken, 7_200m), "an issued invoice is never touched");
        invoices.Where(i => i.Status == InvoiceStatus.Draft).Select(i => (i.ScheduleKey, i.Title, i.MilestoneStage, i.Total))
            .ShouldBe([("milestone:1", "Milestone 1: Everything", "Scope guard", 14_400m)]);
        (await world.AuditAsync("Billing terms changed")).ShouldHaveSingleItem().ShouldBe(
            "Deposit: 30% = USD 7,200.00 → 40% = USD 9,600.00; Milestones: Team ready 40% at Internal kickoff, Kickoff held 30% at Client kickoff → Everything 60% at Scope guard; "
            + "Payment terms: Net 30 → Net 21.");
        (await world.AuditAsync("Invoice schedule updated")).Last().ShouldBe("1 draft changed, 1 draft removed.");
    }

    [Fact]
    public async Task Save_CurrencyAfterAnInvoiceWasIssued_IsRefusedOnTheCurrencyField()
    {
        await using var world = await CreateAsync();
        var first = await world.SaveAsync(FixedFee());

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => world.SaveAsync(FixedFee(f => f.Currency = "EUR"), first.Terms.ConcurrencyToken));

        refused.Errors.ShouldHaveSingleItem().MemberNames.ShouldBe([nameof(BillingTermsForm.Currency)]);
        refused.Message.ShouldBe("The currency stays USD: invoice INV-000001 was already issued in it. Void the invoices first if the client really pays in EUR.");
        (await world.InvoicesAsync()).ShouldAllBe(i => i.Currency == "USD");
    }

    [Fact]
    public async Task Save_CurrencyBeforeAnyInvoiceWasIssued_MovesTheDrafts()
    {
        await using var world = await CreateAsync();
        var first = await world.SaveAsync(Retainer(new DateOnly(2027, 1, 1), 2));

        await world.SaveAsync(Retainer(new DateOnly(2027, 1, 1), 2, f => f.Currency = "EUR"), first.Terms.ConcurrencyToken);

        (await world.InvoicesAsync()).Select(i => (i.ScheduleKey, i.Currency)).ShouldBe([("retainer:2027-01", "EUR"), ("retainer:2027-02", "EUR")]);
    }

    [Fact]
    public async Task Save_FromAStaleVersion_IsRefusedWithWhoChangedIt_AndATwinFirstSaveToo()
    {
        await using var world = await CreateAsync();
        var first = await world.SaveAsync(Hourly());
        await world.SaveAsync(Hourly(f => f.HourlyRate = 160), first.Terms.ConcurrencyToken, AdminUser);

        var stale = await Should.ThrowAsync<DomainException>(() => world.SaveAsync(Hourly(f => f.HourlyRate = 170), first.Terms.ConcurrencyToken));
        var twin = await Should.ThrowAsync<DomainException>(() => world.SaveAsync(Hourly(), null));

        stale.Message.ShouldBe("admin@test changed the billing terms meanwhile; reload to see their version, then make your change again.");
        twin.Message.ShouldBe(stale.Message);
        (await world.TermsQueries.ForOnboardingAsync(world.OnboardingId, world.Finance, Ct)).Terms!.HourlyRate.ShouldBe(160m);
    }

    [Fact]
    public async Task Save_InvalidTerms_NothingIsSaved()
    {
        await using var world = await CreateAsync();

        await Should.ThrowAsync<ValidationFailedException>(() => world.SaveAsync(FixedFee(f => f.Milestones[0].Stage = "Launch")));

        (await world.TermsQueries.ForOnboardingAsync(world.OnboardingId, world.Finance, Ct)).Terms.ShouldBeNull();
        (await world.InvoicesAsync()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Roles.AccountManager)]
    [InlineData(Roles.OpsLead)]
    public async Task Save_ByAnyoneButFinance_IsRefused(string role)
    {
        await using var world = await CreateAsync();

        var refused = await Should.ThrowAsync<DomainException>(() => world.SaveAsync(FixedFee(), by: world.As(role)));

        refused.Message.ShouldBe("Only finance or an admin can set billing terms.");
        (await world.InvoicesAsync()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Roles.Finance)]
    [InlineData(Roles.Admin)]
    public async Task Save_ByFinanceOrAdmin_IsAllowed(string role)
    {
        await using var world = await CreateAsync();

        var saved = await world.SaveAsync(Hourly(), by: world.As(role));

        saved.Terms.UpdatedBy.ShouldBe(world.As(role).Name);
    }

    [Fact]
    public async Task Query_TheAccountManagerReads_TheOpsLeadIsRefused()
    {
        await using var world = await CreateAsync();
        await world.SaveAsync(Hourly());

        var read = await world.TermsQueries.ForOnboardingAsync(world.OnboardingId, world.AccountManager, Ct);
        var refused = await Should.ThrowAsync<DomainException>(() => world.TermsQueries.ForOnboardingAsync(world.OnboardingId, world.OpsLead, Ct));

        (read.Terms!.Model, read.CanEdit).ShouldBe((BillingModel.Hourly, false));
        read.Stages.ShouldContain("Client kickoff");
        refused.Message.ShouldBe("Only finance, an admin or the client's account manager can see this onboarding's invoices.");
    }
}
