using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Onboarding.Domain.Onboardings;
using Onboarding.Web.Onboardings.Kickoff;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Onboardings.Kickoff;

namespace Onboarding.Tests.Onboardings.Kickoff;

/// <summary>The Kickoff tab on the real planner and database: prerequisites, the meeting form, the download.</summary>
public sealed class KickoffTabTests : OnboardingTabContext
{
    public KickoffTabTests()
    {
        AddAuthorization().SetAuthorized("am@test");
    }

    [Fact]
    public async Task Render_NewOnboarding_ListsThePrerequisitesAsMetOrMissing_AndOffersNoDownloadYet()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var (_, cut) = await StartAndRenderAsync(world);

        var checks = cut.FindAll("[data-testid=prerequisite]");
        checks.Select(c => c.GetAttribute("data-key")).ShouldBe(["team-assigned", "access-verified", "questionnaire-received", "goals-defined", "reporting-plan", "kickoff-scheduled"]);
        checks.Select(c => c.GetAttribute("data-met")).ShouldBe(["true", "false", "false", "false", "false", "false"]);
        checks[1].TextContent.ShouldContain("mark each one verified once it works");
        cut.Find("[data-testid=prerequisites-step]").TextContent.ShouldBe("The workflow has not reached 'Kickoff prerequisites' yet");
        cut.FindAll("[data-testid=download-ics]").ShouldBeEmpty();
        Input(cut, "Time zone").GetAttribute("value").ShouldBe("Europe/Berlin");
        cut.FindAll("[data-testid=kickoff-attendee]").Count.ShouldBe(2);
    }

    [Fact]
    public async Task Save_DateTimeAndPlaceFilledIn_SavesTheMeeting_AndTheDownloadButtonAppears()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var (started, cut) = await StartAndRenderAsync(world);

        await Input(cut, "Date (yyyy-mm-dd)").ChangeAsync(new() { Value = "2026-12-01" });
        await Input(cut, "Start, client's clock (hh:mm)").ChangeAsync(new() { Value = "10:00" });
        await Input(cut, "Where: video link or address").ChangeAsync(new() { Value = "https://meet.example.com/acme" });
        await cut.Find("[data-testid=save-kickoff]").ClickAsync(new());

        var download = cut.WaitForElement("[data-testid=download-ics]");
        download.GetAttribute("href").ShouldBe($"/onboardings/{started.Id}/kickoff.ics");
        download.GetAttribute("download").ShouldBe("kickoff-acme-analytics.ics");
        var meeting = await world.Host.QueryAsync(db => db.KickoffMeetings.SingleAsync(Ct));
        (meeting.StartsAtLocal, meeting.TimeZoneId, meeting.Location, meeting.Sequence).ShouldBe((new DateTime(2026, 12, 1, 10, 0, 0), "Europe/Berlin", "https://meet.example.com/acme", 0));
        meeting.Agenda.ShouldBe(KickoffAgendaTemplates.Standard.Text);
        cut.WaitForAssertion(() => cut.Find("[data-key=kickoff-scheduled]").GetAttribute("data-met").ShouldBe("true"));
        Services.GetRequiredService<ISnackbar>().ShownSnackbars.Single().Message.ShouldBe("Kickoff saved (invitation version 0).");
    }

    [Fact]
    public async Task DateAndTimeEntered_ShowTheSameMomentInTheReadersOwnZone()
    {
        JSInterop.SetupModule("./Onboardings/Kickoff/KickoffTab.razor.js").Setup<string?>("timeZone").SetResult("America/Los_Angeles");
        await using var world = await OnboardingWorld.CreateAsync();
        var (_, cut) = await StartAndRenderAsync(world);

        await Input(cut, "Date (yyyy-mm-dd)").ChangeAsync(new() { Value = "2026-12-01" });
        await Input(cut, "Start, client's clock (hh:mm)").ChangeAsync(new() { Value = "10:00" });

        // Berlin is UTC+1 in December, Los Angeles UTC-8.
        cut.WaitForAssertion(() => cut.Find("[data-testid=kickoff-local]").TextContent.ShouldBe("Tue 1 Dec 10:00 in Europe/Berlin is Tue 1 Dec 01:00 for you (America/Los_Angeles)."));
    }

    [Fact]
    public async Task Save_WithoutDateOrPlace_ShowsTheErrorsUnderTheirFields_AndSavesNothing()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var (_, cut) = await StartAndRenderAsync(world);

        await cut.Find("[data-testid=save-kickoff]").ClickAsync(new());

        cut.Markup.ShouldContain("Choose the meeting date.");
        cut.Markup.ShouldContain("Enter where the meeting happens: a video link or an address.");
        cut.FindAll("[data-testid=download-ics]").ShouldBeEmpty();
        (await world.Host.QueryAsync(db => db.KickoffMeetings.CountAsync(Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task AnotherUserSavesTheMeeting_TheTabShowsItWithoutAReload()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var (started, cut) = await StartAndRenderAsync(world);

        await world.Planner().SaveAsync(started.Id, KickoffScenario.ValidDraft(), "ops@test", Ct);

        cut.WaitForAssertion(() => cut.Find("[data-testid=kickoff-saved]").TextContent.ShouldContain("Saved by ops@test"));
        cut.Find("[data-key=kickoff-scheduled]").GetAttribute("data-met").ShouldBe("true");
        cut.FindAll("[data-testid=download-ics]").Count.ShouldBe(1);
        Input(cut, "Time zone").GetAttribute("value").ShouldBe("Asia/Seoul");
    }

    [Fact]
    public async Task SomeoneElseSavesWhileIAmTyping_KeepsWhatITyped_AndStillUpdatesThePrerequisites()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var (started, cut) = await StartAndRenderAsync(world);
        await Input(cut, "Date (yyyy-mm-dd)").ChangeAsync(new() { Value = "2026-12-02" });
        await Input(cut, "Start, client's clock (hh:mm)").ChangeAsync(new() { Value = "09:00" });
        await Input(cut, "Where: video link or address").ChangeAsync(new() { Value = "https://meet.example.com/mine" });

        await world.Planner().SaveAsync(started.Id, KickoffScenario.ValidDraft(), "ops@test", Ct);

        cut.WaitForAssertion(() => cut.Find("[data-key=kickoff-scheduled]").GetAttribute("data-met").ShouldBe("true"));
        Input(cut, "Where: video link or address").GetAttribute("value").ShouldBe("https://meet.example.com/mine");

        // Saving what I typed would undo their meeting: refused, and I can switch to theirs.
        await cut.Find("[data-testid=save-kickoff]").ClickAsync(new());
        cut.WaitForAssertion(() => cut.Find("[data-testid=kickoff-problem]").TextContent.ShouldContain("changed by someone else"));
        (await world.Host.QueryAsync(db => db.KickoffMeetings.SingleAsync(Ct))).Location.ShouldBe(KickoffScenario.ValidDraft().Location);
        await cut.Find("[data-testid=kickoff-show-saved]").ClickAsync(new());
        cut.WaitForAssertion(() => Input(cut, "Where: video link or address").GetAttribute("value").ShouldBe(KickoffScenario.ValidDraft().Location));
    }

    private async Task<(StartedOnboarding Started, IRenderedComponent<KickoffTab> Tab)> StartAndRenderAsync(OnboardingWorld world)
    {
        var started = await world.StartAsync();
        Services.AddSingleton(world.Host.Get<KickoffPlanner>());
        Services.AddSingleton<OnboardingChanges>(world.Database.Changes);
        Render<MudPopoverProvider>();
        var cut = Render<KickoffTab>(p => p.Add(c => c.OnboardingId, started.Id).Add(c => c.InstanceId, started.InstanceId));
        cut.WaitForElement("[data-testid=kickoff-form]");
        return (started, cut);
    }

    private static IElement Input(IRenderedComponent<KickoffTab> cut, string label)
    {
        var labelElement = cut.FindAll("label").First(l => l.TextContent.Trim().TrimEnd('*') == label);
        return cut.Find($"#{labelElement.GetAttribute("for")}");
    }
}
