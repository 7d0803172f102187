using Onboarding.Workflows.Onboardings.Readiness;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.Onboardings;

namespace Onboarding.Tests.Onboardings.Readiness;

/// <summary>Saving, changing and clearing readiness records on real SQLite: validated, stamped, audited, and read back for the tab.</summary>
public sealed class ReadinessServicesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<List<AuditEntry>> AuditAsync(OnboardingWorld world, Guid onboardingId) => world.Host.QueryAsync(db =>
        db.AuditEntries.Where(a => a.SubjectType == AuditSubjects.Onboarding && a.SubjectId == onboardingId.ToString() && a.Action != "Started").OrderBy(a => a.Id).ToListAsync(Ct));

    [Fact]
    public async Task Goals_AddEditMoveRemove_AreKeptInOrder_StampedAndAudited()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var sessions = await world.Goals().AddAsync(started.Id, ValidDrafts.Goal(), "am@test", Ct);
        var leads = await world.Goals().AddAsync(started.Id, ValidDrafts.Goal("Leads a month"), "ops@test", Ct);

        var edit = ValidDrafts.Goal("Leads from the website a month");
        (edit.Baseline, edit.Target) = ("12", "30");
        edit.BasedOnSavedAtUtc = await world.Host.QueryAsync(db => db.SuccessGoals.Where(g => g.Id == leads).Select(g => (DateTime?)g.UpdatedAtUtc).SingleAsync(Ct));
        await world.Goals().UpdateAsync(leads, edit, "ops@test", Ct);
        await world.Goals().MoveAsync(leads, -1, "am@test", Ct);

        var view = (await world.Readiness().GetAsync(started.Id, Ct))!;
        view.Goals.Select(g => (g.Metric, g.Baseline, g.Target)).ShouldBe([("Leads from the website a month", "12", "30"), ("Organic sessions a month", "4,200 sessions", "6,000 sessions")]);
        view.Goals[0].UpdatedBy.ShouldBe("ops@test");
        view.Evidence.MeasurableGoals.ShouldBe(2);

        await world.Goals().RemoveAsync(sessions, "am@test", Ct);
        (await world.Readiness().GetAsync(started.Id, Ct))!.Goals.ShouldHaveSingleItem().Id.ShouldBe(leads);
        (await AuditAsync(world, started.Id)).Select(a => a.Action).ShouldBe(["Goal added", "Goal added", "Goal changed", "Goals reordered", "Goal removed"]);
        (await AuditAsync(world, started.Id)).Last().Details.ShouldBe("Organic sessions a month: 4,200 sessions to 6,000 sessions by 24 Mar 2027");
    }

    [Fact]
    public async Task Goal_Vague_IsRefusedAsFieldErrors_AndNothingIsSaved()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var draft = ValidDrafts.Goal("More traffic");
        draft.Target = "better";

        var failure = await Should.ThrowAsync<ValidationFailedException>(() => world.Goals().AddAsync(started.Id, draft, "am@test", Ct));

        failure.Errors.Select(e => e.MemberNames.Single()).ShouldBe(["Metric", "Target"]);
        (await world.Host.QueryAsync(db => db.SuccessGoals.CountAsync(Ct))).ShouldBe(0);
        (await AuditAsync(world, started.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Goal_TargetDate_IsCheckedAgainstTheOnboardingsStartDate()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync(world.Request() with { StartDate = OnboardingWorld.Today.AddDays(60) });
        var draft = ValidDrafts.Goal();
        draft.TargetDate = ValidDrafts.Day(30);

        var failure = await Should.ThrowAsync<ValidationFailedException>(() => world.Goals().AddAsync(started.Id, draft, "am@test", Ct));

        failure.Errors.ShouldHaveSingleItem().ErrorMessage.ShouldBe("The target date must be after the onboarding's start date (23 Jan 2027). Choose a later date.");
    }

    [Fact]
    public async Task Plans_TwoPeopleEditTheSamePlan_TheSecondSaveIsRefused_AndTheFirstStays()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.CommunicationPlans().SaveAsync(started.Id, ValidDrafts.CommunicationPlan(), "am@test", Ct);
        var saved = await world.Host.QueryAsync(db => db.CommunicationPlans.SingleAsync(Ct));
        var mine = CommunicationPlanDraft.From(saved);
        var theirs = CommunicationPlanDraft.From(saved);
        theirs.ResponseTimeHours = 2;
        world.Database.Clock.Advance(TimeSpan.FromMinutes(3));
        await world.CommunicationPlans().SaveAsync(started.Id, theirs, "ops@test", Ct);

        mine.UrgentPath = "Text Alex on +44 20 7946 0018";
        var refused = await Should.ThrowAsync<ConcurrencyConflictException>(() => world.CommunicationPlans().SaveAsync(started.Id, mine, "am@test", Ct));

        refused.Message.ShouldStartWith("The communication plan was changed by someone else");
        (await world.Host.QueryAsync(db => db.CommunicationPlans.SingleAsync(Ct))).ResponseTimeHours.ShouldBe(2);
        // A form opened for a new plan, saved after someone else recorded one, is refused the same way.
        await Should.ThrowAsync<ConcurrencyConflictException>(() => world.CommunicationPlans().SaveAsync(started.Id, ValidDrafts.CommunicationPlan(), "am@test", Ct));
    }

    [Fact]
    public async Task Plans_SaveChangeClear_UpsertOneRecord_AndAuditEachStep()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.CommunicationPlans().SaveAsync(started.Id, ValidDrafts.CommunicationPlan(), "am@test", Ct);
        var change = ValidDrafts.CommunicationPlan();
        change.ResponseTimeHours = 4;
        change.Notes = "  ";
        change.BasedOnSavedAtUtc = await world.Host.QueryAsync(db => db.CommunicationPlans.Select(p => (DateTime?)p.UpdatedAtUtc).SingleAsync(Ct));
        await world.CommunicationPlans().SaveAsync(started.Id, change, "ops@test", Ct);
        await world.ReportingPlans().SaveAsync(started.Id, ValidDrafts.ReportingPlan(), "am@test", Ct);
        await world.BrandGuidelines().SaveAsync(started.Id, ValidDrafts.BrandGuidelines(), "am@test", Ct);

        var view = (await world.Readiness().GetAsync(started.Id, Ct))!;
        view.CommunicationPlan!.ResponseTimeHours.ShouldBe(4);
        view.CommunicationPlan.Notes.ShouldBeNull();
        view.CommunicationPlan.UpdatedBy.ShouldBe("ops@test");
        view.CommunicationPlan.UpdatedAtUtc.ShouldBe(world.Database.Clock.GetUtcNow().UtcDateTime);
        view.ReportingPlan!.Kpis.ShouldBe("Organic sessions\nLeads from the website");
        view.BrandGuidelines!.Location.ShouldBe("PDF in the shared drive, /Brand");
        view.Evidence.CommunicationPlanAgreed.ShouldBeTrue();
        view.Evidence.ReportingPlanAgreed.ShouldBeTrue();
        view.Evidence.BrandGuidelinesReceived.ShouldBeTrue();

        await world.CommunicationPlans().ClearAsync(started.Id, "am@test", Ct);
        await world.ReportingPlans().ClearAsync(started.Id, "am@test", Ct);
        await world.BrandGuidelines().ClearAsync(started.Id, "am@test", Ct);

        var cleared = (await world.Readiness().GetAsync(started.Id, Ct))!;
        (cleared.CommunicationPlan, cleared.ReportingPlan, cleared.BrandGuidelines).ShouldBe((null, null, null));
        (await AuditAsync(world, started.Id)).Select(a => a.Action).ShouldBe([
            "Communication plan recorded", "Communication plan changed", "Reporting plan recorded", "Brand guidelines recorded",
            "Communication plan cleared", "Reporting plan cleared", "Brand guidelines cleared"]);
    }

    [Fact]
    public async Task Save_UnknownOnboarding_SaysItWasNotFound()
    {
        await using var world = await OnboardingWorld.CreateAsync();

        var error = await Should.ThrowAsync<NotFoundException>(() => world.BrandGuidelines().SaveAsync(Guid.NewGuid(), ValidDrafts.BrandGuidelines(), "am@test", Ct));

        error.Message.ShouldStartWith("The onboarding was not found.");
    }

    [Fact]
    public async Task Read_ListsTheClientsContacts_FlaggingTheSigner()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var draft = Clients.ClientDrafts.Valid("Two People Ltd");
        draft.Contacts[0].Role = Domain.Clients.ContactRole.ContractSigner;
        var clientId = await world.Clients.CreateAsync(draft, "am@test", Ct);
        var started = await world.StartAsync(world.Request(clientId));

        var view = (await world.Readiness().GetAsync(started.Id, Ct))!;

        view.ClientName.ShouldBe("Two People Ltd");
        view.Contacts.Select(c => (c.Name, c.IsSigner)).ShouldBe([("Person 1", true), ("Person 2", false)]);
        view.Evidence.KeyContactsBeyondSigner.ShouldBe(1);
    }
}
