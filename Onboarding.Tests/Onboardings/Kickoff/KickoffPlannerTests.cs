using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Workflows.Onboardings.Gates;
using Onboarding.Workflows.Onboardings.Kickoff;

namespace Onboarding.Tests.Onboardings.Kickoff;

/// <summary>Saving the kickoff meeting on a real database: validation, time zones, the invitation sequence, the audit.</summary>
public sealed class KickoffPlannerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveAsync_NothingFilledIn_RefusesWithAnErrorPerField_AndSavesNothing()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();

        var refused = await Should.ThrowAsync<ValidationFailedException>(() =>
            world.Planner().SaveAsync(started.Id, new KickoffDraft { TimeZoneId = "Asia/Seoul", DurationMinutes = 5 }, "am@test", Ct));

        refused.Errors.SelectMany(e => e.MemberNames).Distinct().Order().ShouldBe(
            [nameof(KickoffDraft.Agenda), nameof(KickoffDraft.Attendees), nameof(KickoffDraft.Date), nameof(KickoffDraft.DurationMinutes), nameof(KickoffDraft.Location), nameof(KickoffDraft.Time)]);
        refused.Errors.Single(e => e.MemberNames.Contains(nameof(KickoffDraft.DurationMinutes))).ErrorMessage!.ShouldContain("from 15 to 480");
        (await world.Host.QueryAsync(db => db.KickoffMeetings.CountAsync(Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task SaveAsync_AttendeeWithoutAValidEmail_NamesThatAttendee()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var draft = KickoffScenario.ValidDraft();
        draft.Attendees.Add(new KickoffAttendee("Mina Lee", "mina.lee-at-client", AttendeeSide.Client));

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => world.Planner().SaveAsync(started.Id, draft, "am@test", Ct));

        var error = refused.Errors.ShouldHaveSingleItem();
        error.MemberNames.ShouldBe(["Attendees[2].Email"]);
        error.ErrorMessage.ShouldBe("'mina.lee-at-client' is not an e-mail address. Enter one like name@company.com so the invitation reaches Mina Lee.");
    }

    [Fact]
    public async Task SaveAsync_OnlyFirmAttendees_AsksForSomeoneFromTheClient()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var draft = KickoffScenario.ValidDraft();
        draft.Attendees.RemoveAll(a => a.Side == AttendeeSide.Client);

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => world.Planner().SaveAsync(started.Id, draft, "am@test", Ct));

        refused.Errors.ShouldHaveSingleItem().ErrorMessage.ShouldBe("Invite at least one person from the client: the kickoff is held with them.");
    }

    [Fact]
    public async Task SaveAsync_TimeInTheSpringForwardGap_IsRefusedAsMissing()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var draft = KickoffScenario.ValidDraft("Europe/Berlin");
        draft.Date = new DateOnly(2027, 3, 28);
        draft.Time = new TimeOnly(2, 30);

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => world.Planner().SaveAsync(started.Id, draft, "am@test", Ct));

        var error = refused.Errors.ShouldHaveSingleItem();
        error.MemberNames.ShouldBe([nameof(KickoffDraft.Time)]);
        error.ErrorMessage.ShouldBe("02:30 on 28 Mar 2027 does not exist in Europe/Berlin: the clocks jump forward that night. Choose a time after the change.");
    }

    [Fact]
    public async Task SaveAsync_TimeInTheRepeatedAutumnHour_IsRefusedAsAmbiguous()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var draft = KickoffScenario.ValidDraft("America/New_York");
        draft.Date = new DateOnly(2027, 11, 7);
        draft.Time = new TimeOnly(1, 30);

        var refused = await Should.ThrowAsync<ValidationFailedException>(() => world.Planner().SaveAsync(started.Id, draft, "am@test", Ct));

        refused.Errors.ShouldHaveSingleItem().ErrorMessage!.ShouldStartWith("01:30 on 7 Nov 2027 happens twice in America/New_York");
    }

    [Fact]
    public async Task SaveAsync_Valid_StoresTheWallClockTimeInTheChosenZone_FromSequenceZero_AndAudits()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();

        var saved = await world.Planner().SaveAsync(started.Id, KickoffScenario.ValidDraft(), "am@test", Ct);

        (saved.Sequence, saved.Changed, saved.Completed.Count).ShouldBe((0, true, 0));
        var meeting = await world.Host.QueryAsync(db => db.KickoffMeetings.SingleAsync(Ct));
        meeting.StartsAtLocal.ShouldBe(new DateTime(2026, 12, 1, 10, 0, 0));
        meeting.TimeZoneId.ShouldBe("Asia/Seoul");
        meeting.UpdatedBy.ShouldBe("am@test");
        KickoffAttendees.Read(meeting.AttendeesJson).Select(a => a.Email).ShouldBe(["am@test.example", "jin.park@client.example"]);
        var audit = await world.Host.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.SubjectType == AuditSubjects.Onboarding && a.Action == "Kickoff scheduled", Ct));
        audit.SubjectId.ShouldBe(started.Id.ToString());
        audit.Details!.ShouldStartWith("Tue 1 Dec 2026 10:00 Asia/Seoul (1 Dec 01:00 UTC), 60 min, at https://meet.example.com/acme-kickoff; attendees: Alex Morgan, Jin Park");
    }

    [Fact]
    public async Task SaveAsync_DraftLoadedBeforeSomeoneElseSaved_IsRefused_AndTheirMeetingStays()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.Planner().SaveAsync(started.Id, KickoffScenario.ValidDraft(), "am@test", Ct);
        var mine = (await world.Planner().GetAsync(started.Id, Ct))!.Saved!.Draft;
        var theirs = (await world.Planner().GetAsync(started.Id, Ct))!.Saved!.Draft;
        theirs.Time = new TimeOnly(16, 30);
        await world.Planner().SaveAsync(started.Id, theirs, "ops@test", Ct);

        mine.Agenda += "\nQuestions";
        var refused = await Should.ThrowAsync<ConcurrencyConflictException>(() => world.Planner().SaveAsync(started.Id, mine, "am@test", Ct));

        refused.Message.ShouldStartWith("The kickoff meeting was changed by someone else");
        var meeting = await world.Host.QueryAsync(db => db.KickoffMeetings.SingleAsync(Ct));
        (meeting.StartsAtLocal.TimeOfDay, meeting.Sequence, meeting.UpdatedBy).ShouldBe((new TimeSpan(16, 30, 0), 1, "ops@test"));
        // A second first save from a form opened before any meeting existed is refused the same way.
        await Should.ThrowAsync<ConcurrencyConflictException>(() => world.Planner().SaveAsync(started.Id, KickoffScenario.ValidDraft(), "am@test", Ct));
    }

    [Fact]
    public async Task SaveAsync_EachChange_RaisesTheSequence_ButASaveWithoutChangesDoesNot()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var draft = KickoffScenario.ValidDraft();
        await world.Planner().SaveAsync(started.Id, draft, "am@test", Ct);

        var same = KickoffScenario.ValidDraft();
        same.BasedOnSequence = 0;
        var unchanged = await world.Planner().SaveAsync(started.Id, same, "am@test", Ct);
        draft.Time = new TimeOnly(11, 0);
        draft.BasedOnSequence = 0;
        var moved = await world.Planner().SaveAsync(started.Id, draft, "ops@test", Ct);
        draft.Location = "Seoul office, 12 Teheran-ro";
        draft.BasedOnSequence = 1;
        var relocated = await world.Planner().SaveAsync(started.Id, draft, "ops@test", Ct);

        (unchanged.Sequence, unchanged.Changed).ShouldBe((0, false));
        moved.Sequence.ShouldBe(1);
        relocated.Sequence.ShouldBe(2);
        (await world.Host.QueryAsync(db => db.KickoffMeetings.SingleAsync(Ct))).Sequence.ShouldBe(2);
        var actions = await world.Host.QueryAsync(db => db.AuditEntries.Where(a => a.Action.StartsWith("Kickoff")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Ct));
        actions.ShouldBe(["Kickoff scheduled", "Kickoff rescheduled", "Kickoff updated"]);
    }

    [Fact]
    public async Task GetAsync_NewOnboarding_DefaultsToTheClientsZone_InvitesTheAccountManagerAndTheMainContact_AndThePrerequisitesAreNotReached()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();

        var plan = (await world.Planner().GetAsync(started.Id, Ct)).ShouldNotBeNull();

        plan.ClientTimeZone.ShouldBe("Europe/Berlin");
        plan.Saved.ShouldBeNull();
        var draft = plan.NewDraft();
        draft.TimeZoneId.ShouldBe("Europe/Berlin");
        draft.Attendees.Select(a => a.Side).ShouldBe([AttendeeSide.Firm, AttendeeSide.Client]);
        draft.Attendees[0].Email.ShouldBe(world.AccountManager.Email);
        plan.FirmPeople.Count.ShouldBe(3);
        plan.Prerequisites.Step.ShouldBe(PrerequisitesStep.NotReached);
        plan.Prerequisites.Status.Checks.Single(c => c.Check.Key == "team-assigned").IsMet.ShouldBeTrue();
        plan.Prerequisites.Status.Checks.Single(c => c.Check.Key == "kickoff-scheduled").IsMet.ShouldBeFalse();
    }

    [Fact]
    public async Task Gate_BlocksThePrerequisitesUntilTheKickoffIsScheduled_ThenSavingTheMeetingReleasesTheWorkflow()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        // The goals, plans, brand guidelines and access first: the gates on the way to the kickoff check them too.
        await world.RecordReadinessAsync(started.Id);
        await world.DriveToPrerequisitesAsync(started);
        var advancer = world.Host.Get<GateAdvancer>();

        // Everything but the meeting: the gate holds the work item, by hand and by the advancer.
        (await advancer.AdvanceAsync(started.Id, "am@test", Ct)).ShouldBeEmpty();
        var item = (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single(w => w.Title == KickoffScenario.Prerequisites);
        var blocked = await Should.ThrowAsync<GateBlockedException>(() => world.Host.Runtime.CompleteWorkItemAsync(item.Id, "ops@test", null, Ct));
        blocked.Message.ShouldBe("'Kickoff prerequisites' cannot be completed yet. Kickoff meeting scheduled: Set the kickoff date and time, the attendees and the agenda.");
        var waiting = (await world.Planner().GetAsync(started.Id, Ct))!.Prerequisites;
        waiting.Step.ShouldBe(PrerequisitesStep.Waiting);
        waiting.Status.Missing.Select(m => m.Check.Key).ShouldBe(["kickoff-scheduled"]);

        var saved = await world.Planner().SaveAsync(started.Id, KickoffScenario.ValidDraft(), "am@test", Ct);

        saved.Completed.ShouldBe([KickoffScenario.Prerequisites]);
        (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Select(w => w.Title).ShouldBe([KickoffScenario.HoldKickoff]);
        var passed = (await world.Planner().GetAsync(started.Id, Ct))!.Prerequisites;
        passed.Step.ShouldBe(PrerequisitesStep.Passed);
        passed.Status.IsMet.ShouldBeTrue();
    }
}
