using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Scope;

namespace Onboarding.Tests.Scope.Sow;

/// <summary>An approval whose follow-up failed leaves the workflow waiting; staff see it and move the onboarding on.</summary>
public sealed class SowFollowUpTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApprovedButTheWorkflowStillWaits_IsStuck_AndMoveOnDeliversTheApproval()
    {
        await using var world = await SowWorld.CreateAsync();
        await world.DriveToWriteSowAsync();
        await world.SendAsync(await world.ReadyDraftAsync());
        // The approval saved but its follow-up never ran (the app stopped in between): recorded as the client would have.
        await using (var db = await world.World.Database.Factory.CreateDbContextAsync(Ct))
        {
            var sow = await db.StatementsOfWork.SingleAsync(Ct);
            (sow.Status, sow.DecidedByName, sow.DecidedAtUtc) = (SowStatus.Approved, "Kim Ji-woo", world.Now);
            await db.SaveChangesAsync(Ct);
        }

        var before = await world.Queries.OverviewAsync(world.OnboardingId, Ct);
        var moved = await world.FollowUp.MoveOnAsync(world.OnboardingId, "am@test", Ct);
        var after = await world.Queries.OverviewAsync(world.OnboardingId, Ct);

        before!.Stuck.ShouldBeTrue();
        moved.ShouldBeTrue();
        after!.Stuck.ShouldBeFalse();
        (await world.OpenTitlesAsync()).ShouldContain(SowWorld.ConfirmScope);
    }

    [Fact]
    public async Task NothingApproved_IsNotStuck_AndMoveOnSaysThereIsNothingToMoveOnFrom()
    {
        await using var world = await SowWorld.CreateAsync();
        await world.DriveToWriteSowAsync();
        await world.SendAsync(await world.ReadyDraftAsync());

        (await world.Queries.OverviewAsync(world.OnboardingId, Ct))!.Stuck.ShouldBeFalse();
        (await Should.ThrowAsync<Onboarding.Domain.Common.DomainException>(() => world.FollowUp.MoveOnAsync(world.OnboardingId, "am@test", Ct)))
            .Message.ShouldStartWith("No version of the statement of work is approved yet");
    }

    [Fact]
    public async Task AFailedStep_IsWrittenOnTheTrail()
    {
        await using var world = await SowWorld.CreateAsync();
        await world.DriveToWriteSowAsync();
        await world.World.Host.Runtime.CancelAsync(world.Started.InstanceId, "Client left", "ops@test", Ct);

        var ok = await world.FollowUp.AfterSentAsync(world.OnboardingId, phase2Interest: false, "am@test", Ct);

        ok.ShouldBeFalse();
        (await world.AuditAsync()).ShouldContain(a => a.StartsWith("Statement of work follow-up failed: The statement of work is sent, but recording the Phase 2 interest on the workflow failed"));
    }
}
