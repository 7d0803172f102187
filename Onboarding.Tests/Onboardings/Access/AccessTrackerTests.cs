using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Onboardings.Access;
using Onboarding.Workflows.Onboardings.Gates;

namespace Onboarding.Tests.Onboardings.Access;

/// <summary>The access tracker on a real database and runtime: lifecycle, concurrency, duplicates, secrets, audit and the access gate.</summary>
public sealed class AccessTrackerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RequestAsync_TwoMembers_AddsARowEach_Requested_WithWhoAndWhen_AndAudits()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var tracker = world.Host.Get<AccessTracker>();

        await tracker.RequestAsync(started.Id, new(PlatformKind.Analytics, " Google Analytics 4 ", [world.AccountManager.Id, world.OpsLead.Id], "GA4 property 'Main site' (ID 123456789)"), "ops@test", Ct);

        var overview = await tracker.GetAsync(started.Id, Ct);
        overview.Rows.Count.ShouldBe(2);
        overview.Rows.ShouldAllBe(r => r.Platform == "Google Analytics 4" && r.Status == AccessStatus.Requested && r.RequestedBy == "ops@test"
                                        && r.RequestedAtUtc == world.Database.Clock.GetUtcNow().UtcDateTime && r.Note == "GA4 property 'Main site' (ID 123456789)");
        overview.Rows.Select(r => r.TeamMemberId).ShouldBe([world.AccountManager.Id, world.OpsLead.Id], ignoreOrder: true);
        overview.Verified.ShouldBe(0);
        var audit = await AuditAsync(world, started.Id);
        audit.Single().Action.ShouldBe("Access requested");
        audit.Single().Details.ShouldStartWith("Analytics: Google Analytics 4 for ");
        audit.Single().Actor.ShouldBe("ops@test");
    }

    [Fact]
    public async Task GetAsync_Team_IsTheAccountManagerThenTheTeam()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();

        var team = (await world.Host.Get<AccessTracker>().GetAsync(started.Id, Ct)).Team;

        team.Select(m => m.UserId).ShouldBe([world.AccountManager.Id, world.OpsLead.Id, world.Finance.Id]);
    }

    [Fact]
    public async Task Lifecycle_GrantedThenVerified_RecordsWhoAndWhen_AndMoveBackUndoesOneStepAtATime()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var tracker = world.Host.Get<AccessTracker>();
        await tracker.RequestAsync(started.Id, new(PlatformKind.Cms, "WordPress", [world.OpsLead.Id], null), "ops@test", Ct);
        var row = (await tracker.GetAsync(started.Id, Ct)).Rows.Single();

        world.Database.Clock.Advance(TimeSpan.FromHours(2));
        await tracker.MarkGrantedAsync(row.Id, row.ConcurrencyToken, "am@test", Ct);
        row = (await tracker.GetAsync(started.Id, Ct)).Rows.Single();
        row.Status.ShouldBe(AccessStatus.Granted);
        row.GrantedBy.ShouldBe("am@test");
        row.GrantedAtUtc.ShouldBe(world.Database.Clock.GetUtcNow().UtcDateTime);

        world.Database.Clock.Advance(TimeSpan.FromHours(1));
        await tracker.MarkVerifiedAsync(row.Id, row.ConcurrencyToken, "ops@test", Ct);
        row = (await tracker.GetAsync(started.Id, Ct)).Rows.Single();
        row.Status.ShouldBe(AccessStatus.Verified);
        row.VerifiedBy.ShouldBe("ops@test");
        row.VerifiedAtUtc.ShouldBe(world.Database.Clock.GetUtcNow().UtcDateTime);

        await tracker.MoveBackAsync(row.Id, row.ConcurrencyToken, "ops@test", Ct);
        row = (await tracker.GetAsync(started.Id, Ct)).Rows.Single();
        (row.Status, row.VerifiedAtUtc, row.VerifiedBy, row.GrantedBy).ShouldBe((AccessStatus.Granted, null, null, "am@test"));
        await tracker.MoveBackAsync(row.Id, row.ConcurrencyToken, "ops@test", Ct);
        row = (await tracker.GetAsync(started.Id, Ct)).Rows.Single();
        (row.Status, row.GrantedAtUtc, row.GrantedBy).ShouldBe((AccessStatus.Requested, null, null));
        var nothingToUndo = await Should.ThrowAsync<DomainException>(() => tracker.MoveBackAsync(row.Id, row.ConcurrencyToken, "ops@test", Ct));
        nothingToUndo.Message.ShouldContain("Remove the request");

        (await AuditAsync(world, started.Id)).Select(a => a.Action).ShouldBe(
            ["Access requested", "Access granted", "Access verified", "Access mark undone", "Access mark undone"]);
    }

    [Fact]
    public async Task MarkVerifiedAsync_NotGrantedYet_IsRefused_WithWhatToDo()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var tracker = world.Host.Get<AccessTracker>();
        await tracker.RequestAsync(started.Id, new(PlatformKind.Crm, "HubSpot", [world.OpsLead.Id], null), "ops@test", Ct);
        var row = (await tracker.GetAsync(started.Id, Ct)).Rows.Single();

        var refused = await Should.ThrowAsync<DomainException>(() => tracker.MarkVerifiedAsync(row.Id, row.ConcurrencyToken, "ops@test", Ct));

        refused.Message.ShouldBe("Mark the access granted first: it can only be verified once the client has granted it.");
        (await tracker.GetAsync(started.Id, Ct)).Rows.Single().Status.ShouldBe(AccessStatus.Requested);
    }

    [Fact]
    public async Task MarkGrantedAsync_SomeoneMarkedTheRowFirst_SecondIsToldWhoAndNothingChanges()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var tracker = world.Host.Get<AccessTracker>();
        await tracker.RequestAsync(started.Id, new(PlatformKind.Social, "Instagram", [world.AccountManager.Id], null), "ops@test", Ct);
        var seenByBoth = (await tracker.GetAsync(started.Id, Ct)).Rows.Single();
        await tracker.MarkGrantedAsync(seenByBoth.Id, seenByBoth.ConcurrencyToken, "ops@test", Ct);

        var second = await Should.ThrowAsync<AccessChangedException>(() => tracker.MarkGrantedAsync(seenByBoth.Id, seenByBoth.ConcurrencyToken, "am@test", Ct));

        second.Message.ShouldContain("access to Instagram");
        second.Message.ShouldContain("it is now granted by ops@test");
        (await tracker.GetAsync(started.Id, Ct)).Rows.Single().GrantedBy.ShouldBe("ops@test");
        (await AuditAsync(world, started.Id)).Count(a => a.Action == "Access granted").ShouldBe(1);
    }

    [Fact]
    public async Task RemoveAsync_AfterSomeoneRemovedIt_SaysItIsGone()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var tracker = world.Host.Get<AccessTracker>();
        await tracker.RequestAsync(started.Id, new(PlatformKind.AdAccounts, "Google Ads", [world.AccountManager.Id], null), "ops@test", Ct);
        var row = (await tracker.GetAsync(started.Id, Ct)).Rows.Single();

        await tracker.RemoveAsync(row.Id, row.ConcurrencyToken, "ops@test", Ct);
        var again = await Should.ThrowAsync<AccessChangedException>(() => tracker.RemoveAsync(row.Id, row.ConcurrencyToken, "am@test", Ct));

        again.Message.ShouldContain("removed this access request");
        (await tracker.GetAsync(started.Id, Ct)).Rows.ShouldBeEmpty();
        (await AuditAsync(world, started.Id)).Last().Action.ShouldBe("Access request removed");
    }

    [Fact]
    public async Task RequestAsync_SamePlatformAndMemberAgain_IsReportedOnTheMembers_NotAddedTwice()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var tracker = world.Host.Get<AccessTracker>();
        await tracker.RequestAsync(started.Id, new(PlatformKind.Analytics, "Google Analytics 4", [world.OpsLead.Id], null), "ops@test", Ct);

        var duplicate = await Should.ThrowAsync<ValidationFailedException>(() =>
            tracker.RequestAsync(started.Id, new(PlatformKind.Analytics, "google analytics 4", [world.AccountManager.Id, world.OpsLead.Id], null), "am@test", Ct));

        duplicate.Errors.Single().MemberNames.ShouldBe([nameof(AccessRequest.TeamMemberIds)]);
        duplicate.Message.ShouldContain("Access to Google Analytics 4 is already tracked for ");
        duplicate.Message.ShouldContain("(requested)");
        (await tracker.GetAsync(started.Id, Ct)).Rows.Count.ShouldBe(1, "nothing of the refused request is saved");
    }

    [Theory]
    [InlineData("Platform", "WordPress xK9#mP2$vL7qR4wZ!", "GA4 property 'Main site'")]
    [InlineData("Note", "WordPress", "password: Summer2026!")]
    [InlineData("Note", "WordPress", "https://admin:s3cret@client.com/wp-admin")]
    public async Task RequestAsync_SomethingLooksLikeASecret_IsRefusedWithTheExplanation_AndNothingIsSaved(string field, string platform, string note)
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var tracker = world.Host.Get<AccessTracker>();
        var request = new AccessRequest(PlatformKind.Cms, platform, [world.OpsLead.Id], note);

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => tracker.RequestAsync(started.Id, request, "ops@test", Ct));

        refused.Errors.Single().ErrorMessage.ShouldBe(SecretDetector.Explanation);
        refused.Errors.Single().MemberNames.ShouldBe([field]);
        (await world.Host.QueryAsync(db => db.PlatformAccess.CountAsync(Ct))).ShouldBe(0);
        (await AuditAsync(world, started.Id)).ShouldNotContain(a => a.Action == "Access requested");
    }

    [Fact]
    public async Task RequestAsync_NoPlatform_NoMembers_OrSomeoneOffTheTeam_SaysWhatToDo()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync(world.Request() with { Team = [] });
        var tracker = world.Host.Get<AccessTracker>();

        var empty = await Should.ThrowAsync<ValidationFailedException>(() => tracker.RequestAsync(started.Id, new(PlatformKind.Cms, " ", [], null), "ops@test", Ct));
        var offTeam = await Should.ThrowAsync<ValidationFailedException>(() => tracker.RequestAsync(started.Id, new(PlatformKind.Cms, "WordPress", [world.Finance.Id], null), "ops@test", Ct));

        empty.Errors.Select(e => e.ErrorMessage).ShouldBe(["Name the platform, for example Google Analytics 4 or WordPress.", "Choose at least one team member who needs the access."]);
        offTeam.Errors.Single().ErrorMessage.ShouldBe("Access can only be requested for the account manager and the team of this onboarding.");
    }

    [Fact]
    public async Task VerifyAccessGranted_BlocksUntilEveryRequestedAccessIsVerified_ThenCompletesByItself_AndConnectReportingOpens()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await TechSetup.DriveToVerifyAccessAsync(world, started);
        var tracker = world.Host.Get<AccessTracker>();
        var verify = (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single(w => w.Title == "Verify access granted");
        verify.Gate.ShouldBe("access-verified");

        var blocked = await Should.ThrowAsync<GateBlockedException>(() => world.Host.Runtime.CompleteWorkItemAsync(verify.Id, "ops@test", null, Ct));
        blocked.Message.ShouldContain("Access verified on every platform");

        await tracker.RequestAsync(started.Id, new(PlatformKind.Analytics, "Google Analytics 4", [world.AccountManager.Id, world.OpsLead.Id], null), "ops@test", Ct);
        foreach (var row in (await tracker.GetAsync(started.Id, Ct)).Rows) await tracker.MarkGrantedAsync(row.Id, row.ConcurrencyToken, "am@test", Ct);
        var rows = (await tracker.GetAsync(started.Id, Ct)).Rows;
        var first = await tracker.MarkVerifiedAsync(rows[0].Id, rows[0].ConcurrencyToken, "ops@test", Ct);
        first.CompletedWorkItems.ShouldBeEmpty("one of two is verified");
        await Should.ThrowAsync<GateBlockedException>(() => world.Host.Runtime.CompleteWorkItemAsync(verify.Id, "ops@test", null, Ct));

        var last = await tracker.MarkVerifiedAsync(rows[1].Id, rows[1].ConcurrencyToken, "ops@test", Ct);

        last.CompletedWorkItems.ShouldBe(["Verify access granted"]);
        var item = await world.Host.QueryAsync(db => db.WorkItems.SingleAsync(w => w.Id == verify.Id, Ct));
        item.Status.ShouldBe(WorkItemStatus.Completed);
        item.ClosedBy!.ShouldStartWith("ops@test (gate passed");
        (await world.Host.OpenWorkItemsAsync(started.InstanceId)).ShouldContain(w => w.Title == "Connect platforms to reporting");
    }

    [Fact]
    public async Task VerifyAccessGranted_AnUnverifiedRequestStillOpen_KeepsTheGateShut()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await TechSetup.DriveToVerifyAccessAsync(world, started);
        var tracker = world.Host.Get<AccessTracker>();
        await tracker.RequestAsync(started.Id, new(PlatformKind.Cms, "WordPress", [world.OpsLead.Id], null), "ops@test", Ct);
        await tracker.RequestAsync(started.Id, new(PlatformKind.Crm, "HubSpot", [world.OpsLead.Id], null), "ops@test", Ct);
        var wordPress = (await tracker.GetAsync(started.Id, Ct)).Rows.Single(r => r.Platform == "WordPress");
        await tracker.MarkGrantedAsync(wordPress.Id, wordPress.ConcurrencyToken, "ops@test", Ct);
        wordPress = (await tracker.GetAsync(started.Id, Ct)).Rows.Single(r => r.Platform == "WordPress");

        var outcome = await tracker.MarkVerifiedAsync(wordPress.Id, wordPress.ConcurrencyToken, "ops@test", Ct);

        outcome.CompletedWorkItems.ShouldBeEmpty();
        (await world.Host.OpenWorkItemsAsync(started.InstanceId)).ShouldContain(w => w.Title == "Verify access granted");
        // Removing the request nobody needs leaves only verified access: the gate passes.
        var hubSpot = (await tracker.GetAsync(started.Id, Ct)).Rows.Single(r => r.Platform == "HubSpot");
        (await tracker.RemoveAsync(hubSpot.Id, hubSpot.ConcurrencyToken, "ops@test", Ct)).CompletedWorkItems.ShouldBe(["Verify access granted"]);
    }

    private static Task<List<AuditEntry>> AuditAsync(OnboardingWorld world, Guid onboardingId) =>
        world.Host.QueryAsync(db => db.AuditEntries.Where(a => a.SubjectType == AuditSubjects.Onboarding && a.SubjectId == onboardingId.ToString() && a.Action != "Started")
            .OrderBy(a => a.Id).ToListAsync(Ct));
}
