using Onboarding.Domain.Clients;
using Onboarding.Domain.Playbooks;
using Onboarding.Tests.Clients;
using Onboarding.Workflows.Onboardings.Gates;

namespace Onboarding.Tests.Onboardings.Readiness;

/// <summary>The default playbook's readiness gates block their work item until the record is saved, then let the workflow move on.</summary>
public sealed class ReadinessGateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AgreeKpis_WithoutGoals_IsBlockedNamingTheGoals_AndAGoalReleasesIt()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var item = await world.DriveToAsync(started, "Agree KPIs with the client");

        var blocked = await Should.ThrowAsync<GateBlockedException>(() => world.CompleteAsync(item));
        blocked.Message.ShouldBe("'Agree KPIs with the client' cannot be completed yet. Success defined as measurable goals: Add at least one goal with a metric, its baseline, a target and a date.");
        (await world.StatusAsync(item)).ShouldBe(WorkItemStatus.Open);

        await world.Goals().AddAsync(started.Id, ValidDrafts.Goal(), "am@test", Ct);
        await world.CompleteAsync(item);

        (await world.StatusAsync(item)).ShouldBe(WorkItemStatus.Completed);
        (await world.Host.OpenWorkItemsAsync(started.InstanceId)).ShouldContain(w => w.Title == "Pick the report template");
    }

    [Fact]
    public async Task ShareClientFacts_ClientWithOnlyTheSigner_IsBlocked_UntilTheClientPageAddsAKeyContact()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var draft = ClientDrafts.Valid("Signer Only Ltd", contacts: 1);
        draft.Contacts[0].Role = ContactRole.ContractSigner;
        var clientId = await world.Clients.CreateAsync(draft, "am@test", Ct);
        var started = await world.StartAsync(world.Request(clientId));
        var item = await world.DriveToAsync(started, "Share client facts with the team");

        var blocked = await Should.ThrowAsync<GateBlockedException>(() => world.CompleteAsync(item));
        blocked.Message.ShouldContain("Key contacts beyond the signer: Add the client's key contacts");

        var client = (await world.Clients.GetAsync(clientId, Ct))!;
        var edit = ClientDraft.From(client);
        edit.Contacts.Add(new ContactDraft { Name = "Grace Holloway", Role = ContactRole.MarketingManager, Email = "grace@signer-only.com" });
        await world.Clients.UpdateAsync(clientId, client.Version, edit, "am@test", Ct);
        await world.CompleteAsync(item);

        (await world.StatusAsync(item)).ShouldBe(WorkItemStatus.Completed);
        (await world.DriveToAsync(started, "Send welcome email with questionnaire")).Stage.ShouldBe("Questionnaire");
    }

    [Fact]
    public async Task PickReportTemplate_WithoutBrandGuidelines_IsBlocked_UntilTheirReceiptIsRecorded()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.Goals().AddAsync(started.Id, ValidDrafts.Goal(), "am@test", Ct);
        var item = await world.DriveToAsync(started, "Pick the report template");

        var blocked = await Should.ThrowAsync<GateBlockedException>(() => world.CompleteAsync(item));
        blocked.Message.ShouldContain("Brand guidelines received: Record when the brand guidelines arrived");

        await world.BrandGuidelines().SaveAsync(started.Id, ValidDrafts.BrandGuidelines(), "am@test", Ct);
        await world.CompleteAsync(item);

        (await world.Host.OpenWorkItemsAsync(started.InstanceId)).ShouldContain(w => w.Title == "Set cadence and first report date");
    }

    [Fact]
    public async Task SetReportingCadence_NamesEachMissingPlan_AndPassesOnlyOnceBothAreSaved()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.Goals().AddAsync(started.Id, ValidDrafts.Goal(), "am@test", Ct);
        await world.BrandGuidelines().SaveAsync(started.Id, ValidDrafts.BrandGuidelines(), "am@test", Ct);
        var item = await world.DriveToAsync(started, "Set cadence and first report date");

        var both = await Should.ThrowAsync<GateBlockedException>(() => world.CompleteAsync(item));
        both.Message.ShouldContain("Reporting agreed:");
        both.Message.ShouldContain("Communication plan agreed:");

        await world.ReportingPlans().SaveAsync(started.Id, ValidDrafts.ReportingPlan(), "am@test", Ct);
        var one = await Should.ThrowAsync<GateBlockedException>(() => world.CompleteAsync(item));
        one.Message.ShouldNotContain("Reporting agreed:");
        one.Message.ShouldContain("Communication plan agreed:");

        await world.CommunicationPlans().SaveAsync(started.Id, ValidDrafts.CommunicationPlan(), "am@test", Ct);
        await world.CompleteAsync(item);

        (await world.StatusAsync(item)).ShouldBe(WorkItemStatus.Completed);
        (await world.Host.OpenWorkItemsAsync(started.InstanceId)).ShouldNotContain(w => w.Stage == "Reporting");
    }

    [Fact]
    public async Task ClearingAPlan_BlocksItsGateAgain()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.Goals().AddAsync(started.Id, ValidDrafts.Goal(), "am@test", Ct);
        await world.BrandGuidelines().SaveAsync(started.Id, ValidDrafts.BrandGuidelines(), "am@test", Ct);
        await world.ReportingPlans().SaveAsync(started.Id, ValidDrafts.ReportingPlan(), "am@test", Ct);
        await world.CommunicationPlans().SaveAsync(started.Id, ValidDrafts.CommunicationPlan(), "am@test", Ct);
        var item = await world.DriveToAsync(started, "Set cadence and first report date");

        await world.CommunicationPlans().ClearAsync(started.Id, "am@test", Ct);

        (await Should.ThrowAsync<GateBlockedException>(() => world.CompleteAsync(item))).Message.ShouldContain("Communication plan agreed:");
    }
}
