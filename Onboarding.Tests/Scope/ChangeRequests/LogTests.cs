using Onboarding.Domain.Scope;
using Onboarding.Workflows.Scope.ChangeRequests;
using static Onboarding.Tests.Scope.ChangeRequests.ChangeRequestWorld;

namespace Onboarding.Tests.Scope.ChangeRequests;

/// <summary>The change-request log: counts, approved and pending value, the share of the original SOW and the approved scope.</summary>
public sealed class LogTests
{
    [Fact]
    public async Task Log_CountsByStatus_SumsApprovedAndBilled_AndGivesTheShareOfTheOriginalSow()
    {
        await using var world = await CreateAsync();
        await world.ApprovedSowAsync(hours: 120, rate: 150); // USD 18,000.00
        await world.RaiseAsync(Draft("A draft"));
        await world.AwaitingAsync(Draft("Pending", d => d.ImpactCost = 700));
        var (_, approved) = await world.AwaitingAsync(Draft("Approved", d => { d.ImpactCost = 1600; d.ImpactHours = 10; }));
        await world.Approval.ApproveAsync(approved, "Dana Kim", null, Ct);
        var (billedOne, toBill) = await world.AwaitingAsync(Draft("Billed", d => { d.ImpactCost = 800; d.ImpactHours = 6; }));
        await world.Approval.ApproveAsync(toBill, "Dana Kim", null, Ct);
        var fresh = await world.ReloadAsync(billedOne.Id);
        await world.Billing.MarkBilledAsync(fresh.Id, fresh.ConcurrencyToken, null, "finance@test", ["Finance"], Ct);
        var (_, rejected) = await world.AwaitingAsync(Draft("Rejected", d => d.ImpactCost = 5000));
        await world.Approval.RejectAsync(rejected, "Dana Kim", "No", Ct);

        var log = await world.Log.LoadAsync(world.OnboardingId, Ct);

        log.Total.ShouldBe(5);
        (log.Count(ChangeRequestStatus.Draft), log.Count(ChangeRequestStatus.AwaitingClientApproval), log.Count(ChangeRequestStatus.Approved),
            log.Count(ChangeRequestStatus.Billed), log.Count(ChangeRequestStatus.Rejected), log.Count(ChangeRequestStatus.Submitted)).ShouldBe((1, 1, 1, 1, 1, 0));
        log.ApprovedHours.ShouldBe(16m);
        log.ApprovedValue.ShouldBe(2400m);
        log.PendingValue.ShouldBe(700m);
        log.SharePercent.ShouldBe(13.3m);
        log.ShareText.ShouldBe("USD 2,400.00 = 13.3% of SOW v1's USD 18,000.00");
        log.ApprovedScopeValue.ShouldBe(20_400m);
        log.ApprovedScopeHours.ShouldBe(136m);
        log.ApprovedScopeText.ShouldBe("USD 20,400.00 (SOW v1 + approved changes)");
    }

    [Fact]
    public async Task Log_ShareIsRoundedHalfAwayFromZero_ToOneDecimal()
    {
        await using var world = await CreateAsync();
        await world.ApprovedSowAsync(hours: 100, rate: 80); // USD 8,000.00; 1,004 / 8,000 = 12.55%
        var (_, token) = await world.AwaitingAsync(Draft(change: d => d.ImpactCost = 1004));
        await world.Approval.ApproveAsync(token, "Dana Kim", null, Ct);

        var log = await world.Log.LoadAsync(world.OnboardingId, Ct);

        log.SharePercent.ShouldBe(12.6m);
        log.ShareText.ShouldBe("USD 1,004.00 = 12.6% of SOW v1's USD 8,000.00");
    }

    [Fact]
    public async Task Log_InAZeroDecimalCurrency_FormatsWithoutMinorUnits()
    {
        await using var world = await CreateAsync();
        await world.ApprovedSowAsync(hours: 100, rate: 150_000, currency: "KRW"); // KRW 15,000,000
        var (_, token) = await world.AwaitingAsync(Draft(change: d => d.ImpactCost = 1_234_567.5m));
        await world.Approval.ApproveAsync(token, "Dana Kim", null, Ct);

        var log = await world.Log.LoadAsync(world.OnboardingId, Ct);

        log.ApprovedValue.ShouldBe(1_234_568m, "KRW has no minor units: rounded half away from zero when raised");
        log.ShareText.ShouldBe("KRW 1,234,568 = 8.2% of SOW v1's KRW 15,000,000");
        log.ApprovedScopeText.ShouldBe("KRW 16,234,568 (SOW v1 + approved changes)");
    }

    [Fact]
    public async Task Log_WithoutAnApprovedSow_SaysSo_AndListsOtherCurrenciesApart()
    {
        await using var world = await CreateAsync();
        var (_, usd) = await world.AwaitingAsync();
        var (_, eur) = await world.AwaitingAsync(Draft("In euros", d => { d.Currency = "EUR"; d.ImpactCost = 300; }));
        await world.Approval.ApproveAsync(usd, "Dana Kim", null, Ct);
        await world.Approval.ApproveAsync(eur, "Dana Kim", null, Ct);

        var log = await world.Log.LoadAsync(world.OnboardingId, Ct);

        log.OriginalSow.ShouldBeNull();
        log.SharePercent.ShouldBeNull();
        log.ShareText.ShouldBe("USD 2,400.00 approved; no approved SOW yet");
        log.ApprovedScopeText.ShouldBe("no approved SOW yet");
        log.OtherCurrencies.ShouldBe([new CurrencyAmount("EUR", 300m)]);
    }

    [Fact]
    public async Task Log_OriginalSowIsTheFirstApproved_NotOneSentBackNorTheLatest()
    {
        await using var world = await CreateAsync();
        await world.ApprovedSowAsync(hours: 10, rate: 100, version: 1, status: SowStatus.Superseded, changesRequested: "Add the blog");
        await world.ApprovedSowAsync(hours: 100, rate: 100, version: 2, status: SowStatus.Superseded);
        await world.ApprovedSowAsync(hours: 150, rate: 100, version: 3);

        var log = await world.Log.LoadAsync(world.OnboardingId, Ct);

        log.OriginalSow.ShouldBe(new SowFigures("v2", 10_000m, 100m, "USD"));
        log.ShareText.ShouldBe("USD 0.00 = 0.0% of SOW v2's USD 10,000.00");
    }
}
