using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.Scope;
using Onboarding.Tests.Onboardings;
using Onboarding.Web.Onboardings.Scope;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Scope.CheckIns;
using static Onboarding.Tests.Scope.CheckIns.CheckInWorld;

namespace Onboarding.Tests.Scope.CheckIns;

/// <summary>The Scope tab's check-ins section on the real services and database: empty states, burn rows, the form, the history.</summary>
public sealed class CheckInsSectionTests : OnboardingTabContext
{
    public CheckInsSectionTests()
    {
        AddAuthorization().SetAuthorized("am@test");
    }

    [Fact]
    public async Task Render_NoApprovedSow_ExplainsWhy_AndOffersNothingToRecord()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.AddSowAsync(started.Id, status: SowStatus.Sent);

        var cut = RenderSection(world, started);

        cut.WaitForElement("[data-testid=check-ins-no-sow]").TextContent.ShouldContain("No approved statement of work yet.");
        cut.FindAll("[data-testid=record-check-in]").ShouldBeEmpty();
        cut.FindAll("[data-testid=burn]").ShouldBeEmpty();
        cut.Find("[data-testid=cadence-text]").TextContent.ShouldContain("Every 5 business days, set in the playbook");
        cut.Find("[data-testid=next-check-in]").TextContent.ShouldBe($"Check-ins start when the workflow reaches '{CloseOnboarding}'");
    }

    [Fact]
    public async Task Render_ApprovedWithoutCheckIns_ShowsTheBudgetAndEmptyBurn_AndInvitesTheFirst()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var sowId = await world.AddSowAsync(started.Id);
        await world.AddChangeRequestAsync(started.Id, sowId, 1, 8, 960);

        var cut = RenderSection(world, started);

        cut.WaitForElement("[data-testid=check-ins-none-yet]");
        Text(cut.Find("[data-testid=scope-budget]")).ShouldBe("Against SOW v1: 80 h, USD 9,600.00 · 1 approved change request: 8 h, USD 960.00");
        cut.FindAll("[data-testid=burn-row]").Select(r => r.GetAttribute("data-key")).ShouldBe([Articles, Audit, Pages, ScopeLine.AddendumKey(await AddendumIdAsync(world))]);
        Text(cut.Find("[data-testid=burn-total] [data-testid=burn-hours]")).ShouldBe("0 / 88 h 0%");
        cut.Find("[data-testid=last-check-in]").TextContent.ShouldBe("No check-in yet");
        cut.FindAll("[data-testid=checkin-history]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Record_NumbersTyped_SuggestTheHealth_CtrlEnterSaves_AndTheBurnShowsTheOverrun()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.AddSowAsync(started.Id);
        var cut = RenderSection(world, started);

        await cut.WaitForElement("[data-testid=record-check-in]").ClickAsync(new());
        Field(cut, Articles, "Held on").ShouldBeNull();
        cut.Find("[data-testid=checkin-date] input, input[data-testid=checkin-date]").GetAttribute("value").ShouldBe("2026-11-24");
        await LineInput(cut, Articles, 0).InputAsync(new() { Value = "9" });
        await LineInput(cut, Articles, 1).InputAsync(new() { Value = "52" });

        cut.WaitForAssertion(() => cut.Find("[data-testid=checkin-suggestion]").TextContent.ShouldContain("Suggested: Over scope. Blog articles: 52 h used of 40 h budgeted (+12 h over)."));
        await cut.Find("[data-testid=use-suggestion]").ClickAsync(new());
        cut.Find("[data-testid=over-scope-hint] a[href='#change-requests']").TextContent.ShouldContain("Raise a change request");
        await cut.Find("[data-testid=checkin-notes] textarea, textarea[data-testid=checkin-notes]").InputAsync(new() { Value = "Two articles needed a second legal review." });
        await cut.Find("[data-testid=checkin-form]").KeyDownAsync(new KeyboardEventArgs { Key = "Enter", CtrlKey = true });

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=checkin-form]").ShouldBeEmpty());
        Services.GetRequiredService<ISnackbar>().ShownSnackbars.Single().Message.ShouldBe("Check-in recorded (held on Tue 24 Nov 2026).");
        var saved = await world.Host.QueryAsync(db => db.ScopeCheckIns.SingleAsync(Ct));
        (saved.Health, saved.Notes, saved.ReadDelivered()[0]).ShouldBe((ScopeHealth.OverScope, "Two articles needed a second legal review.", new DeliveredWork("Blog articles", 9, 52)));
        var articles = cut.Find($"[data-testid=burn-row][data-key='{Articles}']");
        articles.QuerySelector("[data-testid=burn-quantity]")!.TextContent.Trim().ShouldBe("9 / 10 articles");
        articles.QuerySelector("[data-testid=hours-over]")!.TextContent.ShouldBe("+12 h over");
        articles.QuerySelector("[data-testid=burn-hours]")!.GetAttribute("data-over").ShouldBe("true");
        cut.Find("[data-testid=over-scope-hint]").ShouldNotBeNull("the latest check-in is over scope: the hint stays");
        cut.Find("[data-testid=last-check-in]").TextContent.ShouldContain("Last: Tue 24 Nov by am@test");
    }

    [Fact]
    public async Task Record_NegativeNumber_ShowsTheErrorUnderItsField_SavesNothing_AndEscapeCloses()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.AddSowAsync(started.Id);
        var cut = RenderSection(world, started);
        await cut.WaitForElement("[data-testid=record-check-in]").ClickAsync(new());

        await LineInput(cut, Pages, 1).InputAsync(new() { Value = "-3" });
        await cut.Find("[data-testid=save-check-in]").ClickAsync(new());

        cut.WaitForAssertion(() => cut.Find($"[data-testid=checkin-line][data-key='{Pages}']").TextContent.ShouldContain("Landing pages: the hours used cannot be negative"));
        (await world.Host.QueryAsync(db => db.ScopeCheckIns.CountAsync(Ct))).ShouldBe(0);
        await cut.Find("[data-testid=checkin-form]").KeyDownAsync(new KeyboardEventArgs { Key = "Escape" });
        cut.WaitForAssertion(() => cut.FindAll("[data-testid=checkin-form]").ShouldBeEmpty());
    }

    [Fact]
    public async Task History_NewestFirst_RowsOpenToTheirNumbers_AndOnlyTheLatestCanBeCorrected()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.AddSowAsync(started.Id);
        await world.RecordAsync(started.Id, (Articles, 2, 8));
        world.Database.Clock.Advance(TimeSpan.FromDays(2));
        await world.RecordAsync(started.Id, (Articles, 4, 15), (Audit, 1, 14));
        var cut = RenderSection(world, started);

        var rows = cut.WaitForElements("[data-testid=checkin-row]");
        rows.Select(r => r.QuerySelector("td:nth-child(2)")!.TextContent).ShouldBe(["Thu 26 Nov 2026", "Tue 24 Nov 2026"]);
        rows.Select(r => r.QuerySelectorAll("[data-testid=correct-check-in]").Length).ShouldBe([1, 0]);
        await rows[1].QuerySelector("[data-testid=checkin-expand] button, button[data-testid=checkin-expand]")!.ClickAsync(new());
        cut.FindAll("[data-testid=checkin-delivered]").Select(Text).ShouldBe(["Blog articles 2 delivered, 8 h used", "Technical SEO audit 0 delivered, 0 h used", "Landing pages 0 delivered, 0 h used"]);

        await cut.Find("[data-testid=correct-check-in]").ClickAsync(new());
        cut.Find("[data-testid=checkin-form]").TextContent.ShouldContain("Correct the latest check-in");
        LineInput(cut, Audit, 1).GetAttribute("value").ShouldBe("14");
    }

    [Fact]
    public async Task Render_SomeoneRecordsElsewhere_TheSectionFollows()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.AddSowAsync(started.Id);
        var cut = RenderSection(world, started);
        cut.WaitForElement("[data-testid=check-ins-none-yet]");

        await world.RecordAsync(started.Id, (Articles, 1, 4));

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=checkin-row]").Count.ShouldBe(1));
    }

    private IRenderedComponent<CheckInsSection> RenderSection(OnboardingWorld world, StartedOnboarding started)
    {
        Services.AddSingleton(world.Host.Get<ScopeCheckIns>());
        Services.AddSingleton(world.Host.Get<ScopeCheckInQueries>());
        Services.AddSingleton<OnboardingChanges>(world.Database.Changes);
        Render<MudPopoverProvider>();
        return Render<CheckInsSection>(p => p.Add(c => c.OnboardingId, started.Id).Add(c => c.InstanceId, started.InstanceId));
    }

    private static IElement LineInput(IRenderedComponent<CheckInsSection> cut, string key, int index) =>
        cut.FindAll($"[data-testid=checkin-line][data-key='{key}'] input")[index];

    private static IElement? Field(IRenderedComponent<CheckInsSection> cut, string key, string label) =>
        cut.FindAll($"[data-testid=checkin-line][data-key='{key}'] label").FirstOrDefault(l => l.TextContent.Trim() == label);

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static Task<Guid> AddendumIdAsync(OnboardingWorld world) => world.Host.QueryAsync(db => db.ChangeRequests.Select(c => c.Id).SingleAsync(Ct));
}
