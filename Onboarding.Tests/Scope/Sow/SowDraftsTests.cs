using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.Scope.Sow;

namespace Onboarding.Tests.Scope.Sow;

/// <summary>Saving drafts (incomplete is fine, stale is not), versions one draft at a time, discarding.</summary>
public sealed class SowDraftsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Save_AnIncompleteDraft_IsKeptWithANewTokenAndAudited()
    {
        await using var world = await SowWorld.CreateAsync();
        var v1 = await world.Drafts.StartAsync(world.OnboardingId, "am@test", Ct);
        var incomplete = v1.Content with { Title = "", Deliverables = [new SowDeliverable("Landing pages", "", 0, "", 0)] };

        var saved = await world.Drafts.SaveAsync(v1.Id, incomplete, v1.ConcurrencyToken, "ops@test", Ct);

        saved.ConcurrencyToken.ShouldNotBe(v1.ConcurrencyToken);
        saved.UpdatedBy.ShouldBe("ops@test");
        (await world.SowAsync(1)).ReadContent().Deliverables.ShouldHaveSingleItem().Name.ShouldBe("Landing pages");
        (await world.AuditAsync()).ShouldContain("Statement of work saved: v1 draft: 1 deliverable, 0 hours, USD 0.00; 0 exclusions, 0 Phase 2 candidates. [ops@test]");
    }

    [Fact]
    public async Task Save_WithAStaleToken_IsRefusedNamingWhoSavedWhen_AndKeepsTheirVersion()
    {
        await using var world = await SowWorld.CreateAsync();
        var v1 = await world.Drafts.StartAsync(world.OnboardingId, "am@test", Ct);
        world.World.Database.Clock.Advance(TimeSpan.FromMinutes(100));
        await world.Drafts.SaveAsync(v1.Id, v1.Content with { Title = "Theirs" }, v1.ConcurrencyToken, "ops@test", Ct);

        var refused = await Should.ThrowAsync<SowConflictException>(() => world.Drafts.SaveAsync(v1.Id, v1.Content with { Title = "Mine" }, v1.ConcurrencyToken, "am@test", Ct));

        refused.Message.ShouldStartWith("ops@test saved a newer version of this draft at Tuesday 24 November, 10:40; reload to see it.");
        (await world.SowAsync(1)).ReadContent().Title.ShouldBe("Theirs");
    }

    [Fact]
    public async Task Save_OverTheSizeLimits_IsRefused()
    {
        await using var world = await SowWorld.CreateAsync();
        var v1 = await world.Drafts.StartAsync(world.OnboardingId, "am@test", Ct);

        var refused = await Should.ThrowAsync<DomainException>(() =>
            world.Drafts.SaveAsync(v1.Id, v1.Content with { Summary = new string('a', 4001) }, v1.ConcurrencyToken, "am@test", Ct));

        refused.Message.ShouldBe("This draft cannot be saved: Summary: keep it under 4,000 characters.");
    }

    [Fact]
    public async Task NewVersion_CopiesTheChosenVersion_AndOnlyOneDraftAtATime()
    {
        await using var world = await SowWorld.CreateAsync();
        var v1 = await world.ReadyDraftAsync();
        await world.SendAsync(v1);

        var v2 = await world.Drafts.NewVersionAsync(world.OnboardingId, 1, "am@test", Ct);

        v2.Version.ShouldBe(2);
        v2.Status.ShouldBe(SowStatus.Draft);
        v2.Content.ShouldBeEquivalentTo((await world.SowAsync(1)).ReadContent());
        var refused = await Should.ThrowAsync<DomainException>(() => world.Drafts.NewVersionAsync(world.OnboardingId, 1, "ops@test", Ct));
        refused.Message.ShouldBe("v2 is already a draft (started by am@test on Tuesday 24 November, 09:00): edit it, or discard it first.");
        (await world.AuditAsync()).ShouldContain("Statement of work version started: v2 started as a copy of v1. [am@test]");
    }

    [Fact]
    public async Task NewVersion_StartedTwiceAtOnce_MakesOneDraft_AndTheOtherIsToldToEditIt()
    {
        await using var world = await SowWorld.CreateAsync();
        var v1 = await world.ReadyDraftAsync();
        await world.SendAsync(v1);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
        {
            try
            {
                await world.Drafts.NewVersionAsync(world.OnboardingId, 1, $"person{i}@test", Ct);
                return "started";
            }
            catch (DomainException e)
            {
                return e.Message;
            }
        }));

        results.Count(r => r == "started").ShouldBe(1);
        results.Where(r => r != "started").ShouldAllBe(r => r.StartsWith("v2 is already a draft"));
        (await world.QueryAsync(db => db.StatementsOfWork.CountAsync(s => s.OnboardingId == world.OnboardingId, Ct))).ShouldBe(2);
    }

    [Fact]
    public async Task Discard_ADraft_DeletesIt_AndTheTrailKeepsIt_ButASentVersionIsRefused()
    {
        await using var world = await SowWorld.CreateAsync();
        var v1 = await world.ReadyDraftAsync();
        await world.SendAsync(v1);
        var v2 = await world.Drafts.NewVersionAsync(world.OnboardingId, 1, "am@test", Ct);

        await world.Drafts.DiscardAsync(v2.Id, "am@test", Ct);
        var refused = await Should.ThrowAsync<DomainException>(() => world.Drafts.DiscardAsync(v1.Id, "am@test", Ct));

        (await world.QueryAsync(db => db.StatementsOfWork.Select(s => s.Version).ToListAsync(Ct))).ShouldBe([1]);
        (await world.AuditAsync()).ShouldContain(a => a.StartsWith("Statement of work draft discarded: v2 draft discarded: 2 deliverables"));
        refused.Message.ShouldBe("SOW v1 was sent for approval by am@test on Tuesday 24 November, 09:00 and can no longer be changed. Start a new version to change it.");
    }
}
