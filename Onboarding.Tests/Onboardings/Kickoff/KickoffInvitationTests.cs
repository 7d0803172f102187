using Ical.Net.CalendarComponents;
using Onboarding.Workflows.Onboardings.Kickoff;

namespace Onboarding.Tests.Onboardings.Kickoff;

/// <summary>The .ics built from a saved meeting, parsed back with Ical.Net.</summary>
public sealed class KickoffInvitationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InvitationAsync_SavedMeeting_OneEventInTheClientsZone_WithTitleAgendaOrganizerAndAttendees()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.Planner().SaveAsync(started.Id, KickoffScenario.ValidDraft(), "am@test", Ct);

        var file = (await world.Planner().InvitationAsync(started.Id, Ct)).ShouldNotBeNull();

        file.FileName.ShouldBe("kickoff-acme-analytics.ics");
        file.ContentType.ShouldBe("text/calendar");
        var calendar = Ical.Net.Calendar.Load(file.Text)!;
        calendar.Method.ShouldBe("PUBLISH");
        var kickoff = calendar.Events.ShouldHaveSingleItem();
        kickoff.Uid.ShouldBe($"kickoff-{started.Id:N}@onboarding");
        kickoff.Sequence.ShouldBe(0);
        kickoff.Summary.ShouldBe("Kickoff: Acme Analytics and Onboarding");
        kickoff.Location.ShouldBe("https://meet.example.com/acme-kickoff");
        kickoff.Description.ShouldBe(KickoffAgendaTemplates.Standard.Text);
        // 10:00 in Seoul (UTC+9, no daylight saving) is 01:00 UTC; the start keeps its zone for calendars to show.
        kickoff.Start!.TzId.ShouldBe("Asia/Seoul");
        kickoff.Start.AsUtc.ShouldBe(new DateTime(2026, 12, 1, 1, 0, 0, DateTimeKind.Utc));
        kickoff.End!.AsUtc.ShouldBe(new DateTime(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc));
        var zone = calendar.TimeZones.ShouldHaveSingleItem();
        zone.TzId.ShouldBe("Asia/Seoul");
        zone.TimeZoneInfos.ShouldNotBeEmpty();
        kickoff.Organizer!.Value!.ToString().ShouldBe($"mailto:{world.AccountManager.Email}");
        kickoff.Attendees.Select(a => (a.CommonName, a.Value!.ToString())).ShouldBe([("Alex Morgan", "mailto:am@test.example"), ("Jin Park", "mailto:jin.park@client.example")]);
    }

    [Fact]
    public async Task InvitationAsync_MeetingMoved_KeepsTheUid_AndRaisesTheSequence()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var draft = KickoffScenario.ValidDraft("Europe/Berlin");
        await world.Planner().SaveAsync(started.Id, draft, "am@test", Ct);
        var first = Load((await world.Planner().InvitationAsync(started.Id, Ct))!);
        draft.BasedOnSequence = 0;
        draft.Date = new DateOnly(2027, 7, 6);
        draft.Time = new TimeOnly(9, 30);
        await world.Planner().SaveAsync(started.Id, draft, "am@test", Ct);

        var moved = Load((await world.Planner().InvitationAsync(started.Id, Ct))!);

        moved.Uid.ShouldBe(first.Uid);
        moved.Sequence.ShouldBe(first.Sequence + 1);
        // Berlin in summer is UTC+2.
        moved.Start!.AsUtc.ShouldBe(new DateTime(2027, 7, 6, 7, 30, 0, DateTimeKind.Utc));
    }

    [Fact]
    public async Task InvitationAsync_NothingSaved_IsNull()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();

        (await world.Planner().InvitationAsync(started.Id, Ct)).ShouldBeNull();
    }

    [Theory]
    [InlineData("Acme Analytics", "kickoff-acme-analytics.ics")]
    [InlineData("  Café & Co. (Seoul) ", "kickoff-caf-co-seoul.ics")]
    [InlineData("東京", "kickoff-client.ics")]
    public void FileName_KeepsLettersDigitsAndSingleDashes(string client, string expected) =>
        KickoffInvitation.FileName(client).ShouldBe(expected);

    private static CalendarEvent Load(DownloadFile file) => Ical.Net.Calendar.Load(file.Text)!.Events.Single();
}
