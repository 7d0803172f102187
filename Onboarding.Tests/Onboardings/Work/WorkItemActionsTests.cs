using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.People;
using Onboarding.Domain.Playbooks;
using Onboarding.Tests.Workflows.Runtime;
using Onboarding.Workflows.MyWork;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Onboardings.Gates;
using Onboarding.Workflows.Onboardings.Work;

namespace Onboarding.Tests.Onboardings.Work;

public sealed class WorkItemActionsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SetChecklistLine_Ticked_SavesItAndAuditsItOnTheOnboarding_UntickedToo()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var item = (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single();
        var actions = world.Host.Get<WorkItemActions>();

        await actions.SetChecklistLineAsync(item.Id, 1, true, "am@test", Ct);

        var lines = ChecklistLine.Read((await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single().ChecklistJson);
        lines.Select(l => l.Done).ShouldBe([false, true, false]);
        var audit = await AuditAsync(world, started);
        audit.Single().Action.ShouldBe(WorkItemActions.Ticked);
        audit.Single().Details.ShouldBe("Send contract for e-signature: Signer name and e-mail checked");

        await actions.SetChecklistLineAsync(item.Id, 1, false, "am@test", Ct);
        ChecklistLine.Read((await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single().ChecklistJson).ShouldAllBe(l => !l.Done);
        (await AuditAsync(world, started)).Select(a => a.Action).ShouldBe([WorkItemActions.Unticked, WorkItemActions.Ticked]);
    }

    [Fact]
    public async Task SetChecklistLine_CompletedItem_IsRefusedWithWhoCompletedIt()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var item = (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single();
        await world.Host.CompleteAsync(started.InstanceId, item.Title, "ops@test");

        var refused = await Should.ThrowAsync<DomainException>(() => world.Host.Get<WorkItemActions>().SetChecklistLineAsync(item.Id, 0, true, "am@test", Ct));

        refused.Message.ShouldBe("'Send contract for e-signature' is already completed (ops@test), so you can no longer tick its checklist.");
    }

    [Fact]
    public async Task Reassign_ToAPerson_ShowsInTheirWork_ThenBackToTheRole_BothAudited()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var item = (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single();
        var actions = world.Host.Get<WorkItemActions>();
        var myWork = world.Host.Get<MyWorkQuery>();

        await actions.ReassignAsync(item.Id, world.OpsLead.Id, "am@test", Ct);

        (await myWork.ForAsync(world.OpsLead.Id, [Roles.OpsLead], MyWorkScope.Mine, Ct)).Single().Id.ShouldBe(item.Id);
        (await myWork.ForAsync(world.AccountManager.Id, [Roles.AccountManager], MyWorkScope.Mine, Ct)).ShouldBeEmpty();

        await actions.ReassignAsync(item.Id, null, "ops@test", Ct);

        (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single().AssigneeId.ShouldBeNull();
        (await myWork.ForAsync(world.AccountManager.Id, [Roles.AccountManager], MyWorkScope.MineAndMyRoles, Ct)).Single().Id.ShouldBe(item.Id);
        var audit = await AuditAsync(world, started);
        audit.Select(a => (a.Action, a.Actor, a.Details)).ShouldBe([
            (WorkItemActions.Reassigned, "ops@test", "Send contract for e-signature: ops (ops@test) → any account manager"),
            (WorkItemActions.Reassigned, "am@test", "Send contract for e-signature: am (am@test) → ops (ops@test)")]);
    }

    [Fact]
    public async Task Reassign_SomeoneWhoIsNotStaff_IsRefusedAndNothingChanges()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var item = (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single();

        var refused = await Should.ThrowAsync<DomainException>(() => world.Host.Get<WorkItemActions>().ReassignAsync(item.Id, "nobody", "am@test", Ct));

        refused.Message.ShouldBe("The new assignee is not a staff user. Choose someone from the list.");
        (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single().AssigneeId.ShouldBe(world.AccountManager.Id);
        (await AuditAsync(world, started)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Comment_Text_IsSavedWithTheAuthorsNameAndTime_EmptyIsRefused()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var item = (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single();
        var actions = world.Host.Get<WorkItemActions>();

        var refused = await Should.ThrowAsync<DomainException>(() => actions.CommentAsync(item.Id, "   ", world.AccountManager.Id, Ct));
        refused.Message.ShouldBe("Write something before posting the comment.");

        await actions.CommentAsync(item.Id, "  Signer is on holiday until Monday. ", world.AccountManager.Id, Ct);

        var comment = await world.Host.QueryAsync(db => db.WorkItemComments.SingleAsync(Ct));
        (comment.OnboardingId, comment.WorkItemId, comment.AuthorName, comment.Text, comment.AtUtc)
            .ShouldBe((started.Id, item.Id, "am", "Signer is on holiday until Monday.", world.Database.Clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public async Task Complete_NextItemsGateAlreadyMet_CompletesItThroughTheEngineToo()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var playbook = await PublishGatedAsync(world);
        var started = await world.StartAsync(world.Request() with { PlaybookId = playbook });
        await AddVerifiedAccessAsync(world, started);
        var first = (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single();

        var done = await world.Host.Get<WorkItemActions>().CompleteAsync(first.Id, "am@test", Ct);

        done.Title.ShouldBe("Prepare");
        done.AlsoCompleted.ShouldBe(["Verify access"]);
        (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single().Title.ShouldBe("After access");
    }

    [Fact]
    public async Task Complete_GateNotMet_IsRefusedSayingWhatIsMissing()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var playbook = await PublishGatedAsync(world);
        var started = await world.StartAsync(world.Request() with { PlaybookId = playbook });
        var actions = world.Host.Get<WorkItemActions>();
        var first = (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single();

        (await actions.CompleteAsync(first.Id, "am@test", Ct)).AlsoCompleted.ShouldBeEmpty();
        var gated = (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single();
        gated.Title.ShouldBe("Verify access");

        var refused = await Should.ThrowAsync<GateBlockedException>(() => actions.CompleteAsync(gated.Id, "am@test", Ct));
        refused.Message.ShouldContain("Access verified on every platform");
        (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single().Id.ShouldBe(gated.Id);
    }

    /// <summary>prepare → verify access (gated, completes by itself) → after access.</summary>
    private static async Task<Guid> PublishGatedAsync(OnboardingWorld world)
    {
        await world.Host.PublishAsync("gated", Processes.Bpmn("""
            <bpmn:startEvent id="start" onboarding:stage="Setup" />
            <bpmn:userTask id="prepare" name="Prepare" onboarding:role="AccountManager" onboarding:stage="Setup" />
            <bpmn:userTask id="verify" name="Verify access" onboarding:role="OpsLead" onboarding:stage="Setup" onboarding:gate="access-verified" />
            <bpmn:userTask id="after" name="After access" onboarding:role="AccountManager" onboarding:stage="Setup" />
            <bpmn:endEvent id="end" onboarding:stage="Setup" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="prepare" />
            <bpmn:sequenceFlow id="f2" sourceRef="prepare" targetRef="verify" />
            <bpmn:sequenceFlow id="f3" sourceRef="verify" targetRef="after" />
            <bpmn:sequenceFlow id="f4" sourceRef="after" targetRef="end" />
            """));
        return (await world.Host.Catalog.ListAsync(Ct)).Single(p => p.Key == "gated").Id;
    }

    private static Task AddVerifiedAccessAsync(OnboardingWorld world, StartedOnboarding started) => world.Host.QueryAsync(async db =>
    {
        var now = world.Database.Clock.GetUtcNow().UtcDateTime;
        db.PlatformAccess.Add(new PlatformAccess
        {
            Id = Guid.NewGuid(), OnboardingId = started.Id, Kind = PlatformKind.Analytics, Platform = "Google Analytics", TeamMemberId = world.OpsLead.Id,
            Status = AccessStatus.Verified, RequestedAtUtc = now, RequestedBy = "ops@test", GrantedAtUtc = now, GrantedBy = "ops@test", VerifiedAtUtc = now, VerifiedBy = "ops@test",
            ConcurrencyToken = Guid.NewGuid(),
        });
        return await db.SaveChangesAsync(Ct);
    });

    private static Task<List<AuditEntry>> AuditAsync(OnboardingWorld world, StartedOnboarding started) => world.Host.QueryAsync(db =>
        db.AuditEntries.Where(a => a.SubjectType == AuditSubjects.Onboarding && a.SubjectId == started.Id.ToString() && a.Action != "Started")
            .OrderByDescending(a => a.Id).ToListAsync(Ct));
}
