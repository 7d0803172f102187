using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Domain.Scope;
using Onboarding.Tests.Onboardings;
using Onboarding.Workflows.Scope.CheckIns;
using static Onboarding.Tests.Scope.CheckIns.CheckInWorld;

namespace Onboarding.Tests.Scope.CheckIns;

/// <summary>Recording and correcting check-ins on the real service and database: the rules, their messages, prefill, addenda, audit.</summary>
public sealed class ScopeCheckInsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Record_NoApprovedSow_IsRefusedWithTheReason()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.AddSowAsync(started.Id, status: SowStatus.Sent);

        var refusal = await Should.ThrowAsync<DomainException>(() => world.CheckIns().RecordAsync(started.Id, new CheckInDraft { HeldOn = OnboardingWorld.Today, Health = ScopeHealth.OnTrack }, "am@test", Ct));

        refusal.Message.ShouldBe("Check-ins measure delivered work against the approved statement of work; get the SOW approved first.");
        (await world.CheckInQueries().OverviewAsync(started.Id, Ct)).NewDraft().ShouldBeNull("nothing to record without an approved SOW");
    }

    [Fact]
    public async Task Record_FutureDayOrBeforeTheStart_NamesTheDayField()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.AddSowAsync(started.Id);
        var draft = await world.DraftAsync(started.Id);

        draft.HeldOn = OnboardingWorld.Today.AddDays(1);
        var future = await Should.ThrowAsync<ValidationFailedException>(() => world.CheckIns().RecordAsync(started.Id, draft, "am@test", Ct));
        draft.HeldOn = OnboardingWorld.Today.AddDays(-1);
        var early = await Should.ThrowAsync<ValidationFailedException>(() => world.CheckIns().RecordAsync(started.Id, draft, "am@test", Ct));

        future.Errors.ShouldHaveSingleItem().MemberNames.ShouldBe(["HeldOn"]);
        future.Message.ShouldBe("Wed 25 Nov 2026 is in the future (today is Tue 24 Nov 2026 in the firm's time zone). Record a check-in once it has been held.");
        early.Message.ShouldBe("The onboarding started on Tue 24 Nov 2026; a check-in cannot be held before that.");
    }

    [Fact]
    public async Task Record_NegativeMissingOrHugeNumbers_NameTheirLines()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.AddSowAsync(started.Id);
        var draft = await world.DraftAsync(started.Id, (Articles, -1, 4), (Audit, null, 2.125m), (Pages, 1, 200_000));

        var refusal = await Should.ThrowAsync<ValidationFailedException>(() => world.CheckIns().RecordAsync(started.Id, draft, "am@test", Ct));

        refusal.Errors.Select(e => (e.MemberNames.Single(), e.ErrorMessage)).ShouldBe(
        [
            ("Lines[0].QuantityDelivered", "Blog articles: the articles delivered cannot be negative; enter the total so far, 0 or more."),
            ("Lines[1].QuantityDelivered", "Technical SEO audit: enter the audit delivered so far (0 if none)."),
            ("Lines[1].HoursUsed", "Technical SEO audit: use at most two decimals for the hours used (2.12)."),
            ("Lines[2].HoursUsed", "Landing pages: 200,000 is more than this form takes (at most 100,000)."),
        ]);
        (await world.Host.QueryAsync(db => db.ScopeCheckIns.CountAsync(Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task Record_UnknownDeliverable_IsRefused_AndHealthAndNotesAreRequiredWhenNotOnTrack()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.AddSowAsync(started.Id);
        var draft = await world.DraftAsync(started.Id);
        draft.Lines.Add(new CheckInLineDraft { Key = ScopeLine.DeliverableKey("Podcast episodes"), QuantityDelivered = 1, HoursUsed = 3 });
        draft.Health = ScopeHealth.AtRisk;
        draft.Notes = "  ";

        var refusal = await Should.ThrowAsync<ValidationFailedException>(() => world.CheckIns().RecordAsync(started.Id, draft, "am@test", Ct));

        refusal.Errors.Select(e => e.ErrorMessage).ShouldBe(
        [
            "Say why the scope is at risk and what happens next (a change request, a talk with the client...).",
            "'Podcast episodes' is not a deliverable of the approved SOW v1 nor an approved change request. Reload the check-in form to get the current scope.",
        ]);
    }

    [Fact]
    public async Task Record_KeepsThePersonsHealthOverTheSuggestion_AndAuditsBoth()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.AddSowAsync(started.Id);
        var draft = await world.DraftAsync(started.Id, (Articles, 4, 36));
        draft.Health.ShouldBe(ScopeHealth.OnTrack, "the form's health was suggested from the previous numbers (none)");
        draft.Health = ScopeHealth.OnTrack;

        var saved = await world.CheckIns().RecordAsync(started.Id, draft, "am@test", Ct);

        (saved.Health, saved.Suggested.Health).ShouldBe((ScopeHealth.OnTrack, ScopeHealth.AtRisk));
        var audit = await world.Host.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "Scope check-in recorded", Ct));
        audit.Details.ShouldBe("Held on Tue 24 Nov 2026 against SOW v1. Health: On track (the numbers suggest at risk). "
            + "Blog articles: 4 of 10 articles, 36 of 40 h. Technical SEO audit: 0 of 1 audit, 0 of 16 h. Landing pages: 0 of 4 pages, 0 of 24 h.");
        (audit.Actor, audit.SubjectId).ShouldBe(("am@test", started.Id.ToString()));
    }

    [Fact]
    public async Task NewDraft_IsPrefilledFromTheLastCheckIn_WithTheHealthItsNumbersSuggest()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.AddSowAsync(started.Id);
        await world.RecordAsync(started.Id, (Articles, 9, 52), (Pages, 1, 5));

        var draft = await world.DraftAsync(started.Id);

        draft.Lines.Select(l => (l.Key, l.QuantityDelivered, l.HoursUsed)).ShouldBe([(Articles, 9m, 52m), (Audit, 0m, 0m), (Pages, 1m, 5m)]);
        draft.Health.ShouldBe(ScopeHealth.OverScope);
        draft.HeldOn.ShouldBe(OnboardingWorld.Today);
        draft.BasedOnCheckInId.ShouldNotBeNull();
    }

    [Fact]
    public async Task Record_ApprovedAddenda_AddHoursOnlyLines_AndOthersDoNot()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var sowId = await world.AddSowAsync(started.Id);
        var approved = await world.AddChangeRequestAsync(started.Id, sowId, 1, 8, 960);
        await world.AddChangeRequestAsync(started.Id, sowId, 2, 6, 720, ChangeRequestStatus.Billed, "Extra audit round");
        await world.AddChangeRequestAsync(started.Id, sowId, 3, 20, 2400, ChangeRequestStatus.AwaitingClientApproval, "Podcast");
        await world.AddChangeRequestAsync(started.Id, sowId, 4, 0, 0, title: "Clarify the audit's format");
        var addendum = ScopeLine.AddendumKey(approved);

        var draft = await world.DraftAsync(started.Id, (addendum, null, 3));
        await world.CheckIns().RecordAsync(started.Id, draft, "am@test", Ct);

        draft.Lines.Select(l => l.Key).ShouldBe([Articles, Audit, Pages, addendum, draft.Lines[4].Key]);
        var checkIn = await world.Host.QueryAsync(db => db.ScopeCheckIns.SingleAsync(Ct));
        checkIn.ReadDelivered()[3].ShouldBe(new DeliveredWork("CR-001 Extra landing page", 0, 3, approved));
        var scope = (await world.CheckInQueries().OverviewAsync(started.Id, Ct)).Scope!;
        (scope.Addenda.Count, scope.AddendaHours, scope.AddendaValue, scope.TotalHours, scope.TotalValue).ShouldBe((3, 14m, 1680m, 94m, 11_280m));
    }

    [Fact]
    public async Task Record_SomeoneRecordedSinceTheFormOpened_IsRefusedNamingThem()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.AddSowAsync(started.Id);
        var mine = await world.DraftAsync(started.Id, (Articles, 2, 8));
        await world.CheckIns().RecordAsync(started.Id, await world.DraftAsync(started.Id, (Articles, 3, 10)), "ops@test", Ct);

        var refusal = await Should.ThrowAsync<CheckInConflictException>(() => world.CheckIns().RecordAsync(started.Id, mine, "am@test", Ct));

        refusal.Message.ShouldStartWith("ops@test recorded a check-in (held on Tue 24 Nov 2026) while you were filling in this one.");
    }

    [Fact]
    public async Task Correct_TheLatest_AuditsBeforeAndAfter_AndKeepsWhenItWasRecorded()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.AddSowAsync(started.Id);
        await world.RecordAsync(started.Id, (Articles, 4, 16));
        world.Database.Clock.Advance(TimeSpan.FromHours(2));
        var overview = await world.CheckInQueries().OverviewAsync(started.Id, Ct);
        var draft = CheckInDrafts.Correction(overview.Scope!, overview.Correctable.ShouldNotBeNull());
        draft.Lines[0].HoursUsed = 18.5m;
        draft.Notes = "Article 4 took a second round.";

        await world.CheckIns().CorrectAsync(overview.Latest!.Id, draft, "ops@test", Ct);

        var checkIn = await world.Host.QueryAsync(db => db.ScopeCheckIns.SingleAsync(Ct));
        (checkIn.RecordedBy, checkIn.RecordedAtUtc, checkIn.ReadDelivered()[0].HoursUsed).ShouldBe(("am@test", overview.Latest.RecordedAtUtc, 18.5m));
        var audit = await world.Host.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "Scope check-in corrected", Ct));
        audit.Actor.ShouldBe("ops@test");
        audit.Details.ShouldBe("Check-in recorded by am@test on 24 Nov 2026 09:00 UTC. Blog articles: 4 delivered, 16 h → 4 delivered, 18.5 h. Notes: (none) → \"Article 4 took a second round.\".");
        var again = await Should.ThrowAsync<CheckInConflictException>(() => world.CheckIns().CorrectAsync(overview.Latest.Id, draft, "am@test", Ct));
        again.Message.ShouldStartWith("Someone corrected this check-in while you were editing it.");
    }

    [Fact]
    public async Task Correct_AnOlderCheckIn_IsRefused_NoneIsEverDeleted()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.AddSowAsync(started.Id);
        await world.RecordAsync(started.Id, (Articles, 4, 16));
        var older = (await world.CheckInQueries().OverviewAsync(started.Id, Ct)).Latest!;
        world.Database.Clock.Advance(TimeSpan.FromDays(1));
        await world.RecordAsync(started.Id, (Articles, 5, 20));
        var overview = await world.CheckInQueries().OverviewAsync(started.Id, Ct);

        var refusal = await Should.ThrowAsync<DomainException>(() => world.CheckIns().CorrectAsync(older.Id, CheckInDrafts.Correction(overview.Scope!, older), "am@test", Ct));

        refusal.Message.ShouldBe("Only the latest check-in can be corrected: the ones after it build on its numbers. Record a new check-in with the right numbers instead.");
        overview.Correctable!.Id.ShouldNotBe(older.Id);
        typeof(ScopeCheckIns).GetMethods().ShouldNotContain(m => m.Name.StartsWith("Delete", StringComparison.Ordinal) || m.Name.StartsWith("Remove", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Record_HeldBeforeThePreviousCheckIn_IsRefused()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.AddSowAsync(started.Id);
        world.Database.Clock.Advance(TimeSpan.FromDays(2));
        await world.RecordAsync(started.Id, (Articles, 4, 16));
        var draft = await world.DraftAsync(started.Id);
        draft.HeldOn = OnboardingWorld.Today;

        var refusal = await Should.ThrowAsync<ValidationFailedException>(() => world.CheckIns().RecordAsync(started.Id, draft, "am@test", Ct));

        refusal.Message.ShouldBe("The check-in before this one was held on Thu 26 Nov 2026. The numbers add up over time, so choose that day or a later one.");
    }
}
