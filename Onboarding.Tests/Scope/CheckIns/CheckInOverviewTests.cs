using Onboarding.Domain.Scope;
using Onboarding.Tests.Onboardings;
using Onboarding.Workflows.Model;
using Onboarding.Workflows.Scope.CheckIns;
using Onboarding.Workflows.Timers;
using static Onboarding.Tests.Scope.CheckIns.CheckInWorld;

namespace Onboarding.Tests.Scope.CheckIns;

/// <summary>The check-ins overview: budget and burn arithmetic against the latest check-in, the history's order, what may be corrected.</summary>
public sealed class CheckInOverviewTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Overview_BurnAgainstTheLatestCheckIn_WithAddendaInTheTotals()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var sowId = await world.AddSowAsync(started.Id);
        var addendum = ScopeLine.AddendumKey(await world.AddChangeRequestAsync(started.Id, sowId, 1, 8, 960));
        await world.RecordAsync(started.Id, (Articles, 2, 10));
        world.Database.Clock.Advance(TimeSpan.FromDays(1));
        await world.RecordAsync(started.Id, (Articles, 9, 52), (Pages, 1, 6), (addendum, null, 2));

        var overview = await world.CheckInQueries().OverviewAsync(started.Id, Ct);

        var scope = overview.Scope.ShouldNotBeNull();
        (scope.Label, scope.SowHours, scope.SowValue, scope.AddendaHours, scope.AddendaValue, scope.TotalValue).ShouldBe(("v1", 80m, 9_600m, 8m, 960m, 10_560m));
        overview.Burn.Select(b => (b.Line.Name, b.QuantityDelivered, b.HoursUsed, b.HoursOver)).ShouldBe(
        [
            ("Blog articles", 9m, 52m, 12m), ("Technical SEO audit", 0m, 0m, 0m), ("Landing pages", 1m, 6m, 0m), ("CR-001 Extra landing page", 0m, 2m, 0m),
        ]);
        (overview.Burn[0].QuantityShare, overview.Burn[0].HoursShare, overview.Burn[2].HoursShare).ShouldBe((0.9m, 1.3m, 0.25m));
        (overview.HoursUsed, overview.HoursBudgeted).ShouldBe((60m, 88m));
        overview.Suggested!.Health.ShouldBe(ScopeHealth.OverScope);
        overview.History.Select(h => h.HoursUsed).ShouldBe([60m, 10m], "newest first");
        overview.Correctable!.Id.ShouldBe(overview.History[0].Id);
    }

    [Fact]
    public async Task Overview_ApprovedButNoCheckInYet_BurnsNothing_AndANewerApprovedVersionIsMeasured()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.AddSowAsync(started.Id, status: SowStatus.Superseded);
        await world.AddSowAsync(started.Id, Content() with { Deliverables = [new SowDeliverable("Blog articles", "", 12, "articles", 48)] }, version: 2);
        await world.AddSowAsync(started.Id, version: 3, status: SowStatus.Draft);

        var overview = await world.CheckInQueries().OverviewAsync(started.Id, Ct);

        overview.Scope!.Label.ShouldBe("v2");
        overview.Burn.ShouldHaveSingleItem().ShouldBe(new BurnLine(overview.Scope.Lines[0], 0, 0));
        (overview.Latest, overview.Correctable).ShouldBe((null, null));
        overview.NewDraft()!.Health.ShouldBe(ScopeHealth.OnTrack);
    }

    [Fact]
    public async Task Overview_CheckInOnAnEarlierVersion_CannotBeCorrected_ButItsNumbersCarryByName()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var v1 = await world.AddSowAsync(started.Id);
        await world.RecordAsync(started.Id, (Articles, 4, 16));
        await world.Host.QueryAsync(async db =>
        {
            (await db.StatementsOfWork.FindAsync([v1], Ct))!.Status = SowStatus.Superseded;
            return await db.SaveChangesAsync(Ct);
        });
        await world.AddSowAsync(started.Id, version: 2);

        var overview = await world.CheckInQueries().OverviewAsync(started.Id, Ct);

        overview.Correctable.ShouldBeNull();
        overview.Burn[0].HoursUsed.ShouldBe(16m);
        overview.NewDraft()!.Lines[0].QuantityDelivered.ShouldBe(4m);
    }

    [Theory]
    [InlineData(TimerKind.Cycle, "R/P5BD", "Every 5 business days")]
    [InlineData(TimerKind.Cycle, "R/P10BD", "Every 10 business days")]
    [InlineData(TimerKind.Cycle, "R3/P2BD", "Every 2 business days, 3 times")]
    [InlineData(TimerKind.Cycle, "R/P1W", "Every 7 days")]
    [InlineData(TimerKind.Duration, "P5BD", "After 5 business days")]
    public void Cadence_TheTimerInPlainWords(TimerKind kind, string expression, string expected) =>
        ScopeCheckInQueries.Cadence(TimerExpression.Parse(new TimerDefinition(kind, expression))).ShouldBe(expected);
}
