using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.People;
using Onboarding.Domain.Playbooks;
using Onboarding.Tests.Clients;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Onboardings;

/// <summary>Starting an onboarding on real SQLite with the real workflow runtime.</summary>
public sealed class OnboardingStarterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_ValidRequest_SavesTheRowAndRunsTheLatestPublishedVersion_WithTheTeamAsAssignees()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var v1 = (await world.Host.Catalog.ListAsync(Ct)).Single().Versions.Single();
        var v2 = await world.Host.Catalog.NewDraftAsync(v1.Id, "ops@test", Ct);
        await world.Host.Catalog.PublishAsync(v2, "ops@test", Ct);

        var started = await world.StartAsync();

        var onboarding = await world.Host.QueryAsync(db => db.Onboardings.Include(o => o.Team).SingleAsync(Ct));
        onboarding.Id.ShouldBe(started.Id);
        onboarding.ClientId.ShouldBe(world.ClientId);
        onboarding.ActiveForClientId.ShouldBe(world.ClientId);
        onboarding.PlaybookVersionId.ShouldBe(v2, "the latest published version");
        onboarding.StartDate.ShouldBe(OnboardingWorld.Today);
        onboarding.AccountManagerId.ShouldBe(world.AccountManager.Id);
        onboarding.StartedBy.ShouldBe("am@test");
        onboarding.Team.Select(m => (m.UserId, m.Role)).ShouldBe([(world.OpsLead.Id, Roles.OpsLead), (world.Finance.Id, Roles.Finance)], ignoreOrder: true);
        var instance = await world.Host.InstanceAsync(started.InstanceId);
        instance.PlaybookVersionId.ShouldBe(v2);
        instance.CorrelationKey.ShouldBe(started.Id.ToString());
        instance.Status.ShouldBe("Running");
        var first = (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single();
        first.Title.ShouldBe("Send contract for e-signature");
        first.AssigneeId.ShouldBe(world.AccountManager.Id);
        var audit = await world.Host.QueryAsync(db => db.AuditEntries.Where(a => a.SubjectType == AuditSubjects.Onboarding).SingleAsync(Ct));
        audit.Actor.ShouldBe("am@test");
        audit.Details.ShouldContain("Client onboarding v2");
    }

    [Fact]
    public async Task Start_FinanceOnTheTeam_GetsTheFinanceWorkItems()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();

        await world.Host.CompleteAsync(started.InstanceId, "Send contract for e-signature");
        await world.Host.CompleteAsync(started.InstanceId, "Confirm contract signed");

        var finance = (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Where(w => w.Role == Roles.Finance).ToList();
        finance.ShouldNotBeEmpty();
        finance.ShouldAllBe(w => w.AssigneeId == world.Finance.Id);
    }

    [Fact]
    public async Task Start_ClientAlreadyHasARunningOnboarding_IsRefusedSayingWhichOne()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        await world.StartAsync();

        var refused = await Should.ThrowAsync<DomainException>(() => world.StartAsync());

        refused.Message.ShouldContain("Acme Analytics already has an onboarding running (Client onboarding v1, from 24 Nov 2026, started by am@test)");
        (await world.Host.QueryAsync(db => db.Onboardings.CountAsync(Ct))).ShouldBe(1);
        (await world.Host.QueryAsync(db => db.WorkflowInstances.CountAsync(Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task Start_AfterThePreviousOnboardingWasCancelled_StartsANewOne()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var first = await world.StartAsync();
        await world.Host.Runtime.CancelAsync(first.InstanceId, "Client paused", "ops@test", Ct);

        var second = await world.StartAsync();

        var rows = await world.Host.QueryAsync(db => db.Onboardings.AsNoTracking().ToListAsync(Ct));
        rows.Single(o => o.Id == first.Id).ActiveForClientId.ShouldBeNull();
        rows.Single(o => o.Id == second.Id).ActiveForClientId.ShouldBe(world.ClientId);
    }

    [Fact]
    public async Task Start_BadInput_IsRefusedWithAMessagePerField()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var request = world.Request() with
        {
            StartDate = OnboardingWorld.Today.AddYears(2),
            AccountManagerId = world.Finance.Id,
            Team = [new TeamAssignment(world.OpsLead.Id, Roles.OpsLead), new TeamAssignment(world.OpsLead.Id, Roles.OpsLead), new TeamAssignment(null, Roles.Finance)],
        };

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => world.StartAsync(request));

        var byField = refused.Errors.ToDictionary(e => e.MemberNames.Single(), e => e.ErrorMessage ?? "");
        byField["StartDate"].ShouldContain("more than a year ahead");
        byField["AccountManagerId"].ShouldBe("finance (finance@test) is not an account manager. Choose someone with the Account manager role, or ask an admin to give them the role.");
        byField["Team[1].UserId"].ShouldBe("ops (ops@test) is already on the team as Ops lead. Remove the repeated row.");
        byField["Team[2].UserId"].ShouldContain("choose a person");
        (await world.Host.QueryAsync(db => db.Onboardings.CountAsync(Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task Start_NoStartDateNoAccountManagerAndAStartLongAgo_AreRefused()
    {
        await using var world = await OnboardingWorld.CreateAsync();

        var missing = await Should.ThrowAsync<ValidationFailedException>(() => world.StartAsync(world.Request() with { StartDate = null, AccountManagerId = " " }));
        var longAgo = await Should.ThrowAsync<ValidationFailedException>(() => world.StartAsync(world.Request() with { StartDate = OnboardingWorld.Today.AddDays(-91) }));

        missing.Errors.Select(e => e.ErrorMessage).ShouldBe(["Choose the start date.", "Choose the account manager."]);
        longAgo.Errors.Single().ErrorMessage.ShouldNotBeNull().ShouldContain("more than 90 days ago");
    }

    [Fact]
    public async Task Start_PlaybookWithoutAPublishedVersion_IsRefused()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        await world.Host.Catalog.CreateAsync(new NewPlaybook("draft-only", "Draft only", null, DefaultPlaybook.Xml, DefaultPlaybook.Stages), "ops@test", Ct);
        var draftOnly = (await world.Host.Catalog.ListAsync(Ct)).Single(p => p.Key == "draft-only").Id;

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => world.StartAsync(world.Request() with { PlaybookId = draftOnly }));

        refused.Errors.Single().ErrorMessage.ShouldBe("The playbook 'Draft only' has no published version yet. Ask an ops lead to publish it first.");
    }

    [Fact]
    public async Task Start_WorkflowFailsToStart_LeavesNoOnboardingInstanceOrAudit()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        // A published version whose BPMN no longer reads: the instance's first step throws.
        await world.Host.QueryAsync(db => db.PlaybookVersions.ExecuteUpdateAsync(s => s.SetProperty(v => v.Xml, "<not-bpmn"), Ct));

        await Should.ThrowAsync<Exception>(() => world.StartAsync());

        (await world.Host.QueryAsync(db => db.Onboardings.CountAsync(Ct))).ShouldBe(0);
        (await world.Host.QueryAsync(db => db.WorkflowInstances.CountAsync(Ct))).ShouldBe(0);
        (await world.Host.QueryAsync(db => db.WorkItems.CountAsync(Ct))).ShouldBe(0);
        (await world.Host.QueryAsync(db => db.AuditEntries.CountAsync(a => a.SubjectType == AuditSubjects.Onboarding, Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task Start_ArchivedClient_IsRefused()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var other = await world.Clients.CreateAsync(ClientDrafts.Valid("Gone Ltd"), "am@test", Ct);
        await world.Clients.ArchiveAsync(other, "am@test", Ct);

        var refused = await Should.ThrowAsync<DomainException>(() => world.StartAsync(world.Request(other)));

        refused.Message.ShouldStartWith("Gone Ltd is archived.");
    }
}
