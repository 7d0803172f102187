using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.People;
using Onboarding.Tests.Browser;
using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Playbooks;
using Onboarding.Workflows.Scope.CheckIns;
using static Microsoft.Playwright.Assertions;
using static Onboarding.Tests.Playbooks.DesignerModeler;

namespace Onboarding.Tests.Scope.CheckIns;

/// <summary>
/// The check-ins section in Chromium (an account manager records an over-scope check-in from the keyboard; screenshots in the temp
/// folder), and the cadence being the playbook's: an ops lead changes the check-in timer's cycle in the designer.
/// </summary>
[Collection(nameof(BrowserCollection))]
public sealed class CheckInsBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AccountManager_RecordsAnOverScopeCheckIn_FromTheKeyboard_AndTheBurnShowsTheOverrun()
    {
        var onboardingId = await OnboardingWithAnApprovedSowAsync();
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 1000);
        await StaffSignIn.AsAsync(page, "am@demo.local");
        await app.GotoInteractiveAsync(page, $"/onboardings/{onboardingId}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Scope" }).ClickAsync();
        var section = page.GetByTestId("check-ins-section");
        await Expect(section.GetByTestId("checkin-row")).ToHaveCountAsync(1);
        await section.ScrollIntoViewIfNeededAsync();
        await section.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "onboarding-check-ins.png") });

        await section.GetByTestId("record-check-in").ClickAsync();
        var date = section.GetByLabel("Held on", new() { Exact = true });
        await Expect(date).ToBeFocusedAsync();
        var articles = section.Locator($"[data-testid=checkin-line][data-key='{CheckInWorld.Articles}']");
        await articles.GetByLabel("Delivered so far", new() { Exact = true }).FillAsync("9");
        await articles.GetByLabel("Hours used so far", new() { Exact = true }).FillAsync("52");
        await Expect(section.GetByTestId("checkin-suggestion")).ToContainTextAsync("Suggested: Over scope. Blog articles: 52 h used of 40 h budgeted (+12 h over).");
        await section.GetByTestId("use-suggestion").ClickAsync();
        await Expect(section.GetByTestId("raise-change-request")).ToHaveAttributeAsync("href", "#change-requests");
        var notes = section.GetByLabel("Notes: what was delivered, blockers, what comes next", new() { Exact = true });
        await notes.FillAsync("Two articles needed a second legal review; the client asked for a ninth topic.");
        await section.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "onboarding-check-in-form.png") });
        await notes.PressAsync("Control+Enter");

        await Expect(page.GetByText("Check-in recorded (held on")).ToBeVisibleAsync();
        await Expect(section.GetByTestId("checkin-form")).ToHaveCountAsync(0);
        await Expect(articles).ToHaveCountAsync(0);
        var burn = section.Locator($"[data-testid=burn-row][data-key='{CheckInWorld.Articles}']");
        await Expect(burn.GetByTestId("hours-over")).ToHaveTextAsync("+12 h over");
        await Expect(section.GetByTestId("checkin-row")).ToHaveCountAsync(2);
        await Expect(section.GetByTestId("checkin-row").First.GetByTestId("health-chip")).ToHaveTextAsync("Over scope");
        await Expect(section.GetByTestId("over-scope-hint")).ToBeVisibleAsync();
        await section.GetByTestId("checkin-expand").First.ClickAsync();
        await Expect(section.GetByTestId("checkin-delivered").First).ToContainTextAsync("9 delivered, 52 h used");
        await section.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "onboarding-check-ins-over-scope.png") });
    }

    [Fact]
    public async Task OpsLead_ChangesTheCheckInCycleInThePropertiesPanel_AndTheCadenceFollowsThePlaybook()
    {
        var page = await OpsLeadOnNewDraftAsync(app, "cadence-onboarding", "Cadence onboarding");
        var panel = page.GetByTestId("properties-panel");

        await SelectAsync(page, "Timer_ScopeCheckIn");
        await Expect(panel.GetByTestId("properties-element")).ToContainTextAsync("Timer_ScopeCheckIn");
        await Expect(panel.GetByTestId("prop-timer-kind")).ToContainTextAsync("Cycle (repeating)");
        var expression = panel.GetByLabel("Timer expression", new() { Exact = true });
        await Expect(expression).ToHaveValueAsync("R/P5BD");
        await expression.FillAsync("R/P10BD");
        await Expect(panel).ToContainTextAsync("every 10 business days");
        await expression.PressAsync("Enter");
        await ModelerXmlContainsAsync(page, ">R/P10BD<");
        await page.GetByTestId("save-draft").ClickAsync();
        await Expect(page.GetByText("Draft saved.")).ToBeVisibleAsync();

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>().CreateDbContextAsync(Ct);
        var xml = await db.PlaybookVersions.Where(v => v.Playbook!.Key == "cadence-onboarding").Select(v => v.Xml).SingleAsync(Ct);
        var timer = ScopeCheckInQueries.CadenceTimer(BpmnReader.Read(xml)).ShouldNotBeNull();
        ScopeCheckInQueries.Cadence(Onboarding.Workflows.Timers.TimerExpression.Parse(timer.Timer!)).ShouldBe("Every 10 business days");
    }

    /// <summary>Seoul Bloom's onboarding started today with SOW v1 approved, one approved change request and one check-in on track.</summary>
    private async Task<Guid> OnboardingWithAnApprovedSowAsync()
    {
        var databases = app.Services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>();
        Guid onboardingId;
        await using (var db = await databases.CreateDbContextAsync(Ct))
        {
            var clientId = await db.Clients.Where(c => c.CompanyName == "Seoul Bloom Cosmetics").Select(c => c.Id).SingleAsync(Ct);
            string UserId(string email) => db.Users.Single(u => u.Email == email).Id;
            var playbookId = (await app.Services.GetRequiredService<PlaybookCatalog>().ListAsync(Ct)).Single(p => p.Key == DefaultPlaybook.Key).Id;
            var started = await app.Services.GetRequiredService<OnboardingStarter>().StartAsync(
                new StartOnboarding(clientId, playbookId, DateOnly.FromDateTime(DateTime.UtcNow), UserId("am@demo.local"), [new TeamAssignment(UserId("ops@demo.local"), Roles.OpsLead)]),
                "am@demo.local", Ct);
            onboardingId = started.Id;
            var sow = db.StatementsOfWork.Add(CheckInWorld.Sow(onboardingId, DateTime.UtcNow)).Entity;
            db.ChangeRequests.Add(CheckInWorld.ChangeRequest(onboardingId, sow.Id, 1, 8, 960, DateTime.UtcNow));
            await db.SaveChangesAsync(Ct);
        }
        var overview = await app.Services.GetRequiredService<ScopeCheckInQueries>().OverviewAsync(onboardingId, Ct);
        var draft = overview.NewDraft()!;
        (draft.Lines[0].QuantityDelivered, draft.Lines[0].HoursUsed, draft.Lines[1].QuantityDelivered, draft.Lines[1].HoursUsed) = (3, 14, 1, 15);
        draft.Notes = "Audit delivered; three articles live.";
        await app.Services.GetRequiredService<ScopeCheckIns>().RecordAsync(onboardingId, draft, "am@demo.local", Ct);
        return onboardingId;
    }
}
