using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Onboarding.Domain.Clients;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.People;
using Onboarding.Tests.Browser;
using Onboarding.Tests.Clients;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Playbooks;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Tests.Onboardings.Work;

/// <summary>An account manager works the first item on the onboarding page: ticks its checklist, reassigns, comments, completes.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class OnboardingWorkBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task WorkTab_TickReassignCommentComplete_EachShowsOnThePage()
    {
        var onboardingId = await StartAsync();
        var page = await app.NewPageAsync();
        await StaffSignIn.AsAsync(page, "am@demo.local");
        await app.GotoInteractiveAsync(page, $"/onboardings/{onboardingId}");

        var panel = page.Locator("[data-testid=work-item-panel][data-title='Send contract for e-signature']");
        await panel.Locator("summary").ClickAsync();
        await panel.GetByLabel("Contract prepared from the signed proposal").CheckAsync();
        await Expect(panel.GetByTestId("checklist-progress")).ToHaveTextAsync("1/3 checked");

        await panel.GetByTestId("reassign").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Priya Shah (Ops lead)" }).ClickAsync();
        await Expect(page.GetByTestId("open-work-items")).ToContainTextAsync("Priya Shah");

        var comment = panel.GetByLabel("Add a comment");
        await comment.FillAsync("Signer is away until Monday.");
        await comment.PressAsync("Control+Enter");
        await Expect(panel.GetByTestId("comment")).ToContainTextAsync("Signer is away until Monday.");
        await Expect(panel.GetByTestId("comment")).ToContainTextAsync("Alex Morgan");

        await page.GetByTestId("open-work-items").GetByTestId("complete-work-item").ClickAsync();
        await Expect(page.GetByTestId("open-work-items")).ToContainTextAsync("Confirm contract signed");
        await Expect(panel).ToHaveAttributeAsync("data-status", "Completed");
        await Expect(page.Locator("[data-testid=stage-step][data-state=Current] [data-testid=stage-wait]")).ToContainTextAsync("Confirm contract signed");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Timeline" }).ClickAsync();
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("Comment on 'Send contract for e-signature'");
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync("Work item reassigned");
    }

    /// <summary>A fresh client's onboarding on the default playbook, Alex Morgan its account manager and Priya Shah on the team.</summary>
    private async Task<Guid> StartAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var services = app.Services;
        var client = await services.GetRequiredService<ClientDirectory>().CreateAsync(ClientDrafts.Valid($"Work Tab {Guid.NewGuid():N}"), "am@demo.local", ct);
        await using var db = await services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>().CreateDbContextAsync(ct);
        var am = await db.Users.Where(u => u.Email == "am@demo.local").Select(u => u.Id).SingleAsync(ct);
        var ops = await db.Users.Where(u => u.Email == "ops@demo.local").Select(u => u.Id).SingleAsync(ct);
        var playbook = (await services.GetRequiredService<PlaybookCatalog>().ListAsync(ct)).Single(p => p.Key == DefaultPlaybook.Key).Id;
        var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var started = await services.GetRequiredService<OnboardingStarter>().StartAsync(
            new StartOnboarding(client, playbook, today, am, [new TeamAssignment(ops, Roles.OpsLead)]), "am@demo.local", ct);
        return started.Id;
    }
}
