using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Onboarding.Tests.Browser;
using Onboarding.Workflows.Playbooks;
using static Microsoft.Playwright.Assertions;
using static Onboarding.Tests.Playbooks.DesignerModeler;

namespace Onboarding.Tests.Playbooks;

/// <summary>The designer as an ops lead uses it: the palette, a new step from draft to a running onboarding, conflicts and leaving.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class DesignerBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task OpsLead_AddsAUserTaskToTheDefaultPlaybook_PublishesIt_AndANewOnboardingGetsTheWorkItem()
    {
        var page = await app.NewPageAsync();
        await StaffSignIn.AsAsync(page, "ops@demo.local");
        await app.GotoInteractiveAsync(page, "/playbooks");
        await page.Locator("[data-testid=playbook-card][data-key=client-onboarding]").GetByTestId("new-draft").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Client onboarding v2");
        await Expect(page.Locator($"{Canvas} .djs-palette")).ToBeVisibleAsync();

        // From the palette onto the flow after "Deal won": bpmn-js inserts it between the start and the first task.
        await page.Locator($"{Canvas} .djs-palette [data-action='create.user-task']").ClickAsync();
        var flow = (await page.Locator($"{Canvas} [data-element-id=Flow_DealWon_SendContract]").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(flow.X + flow.Width / 2 - 5, flow.Y + flow.Height / 2);
        await page.Mouse.MoveAsync(flow.X + flow.Width / 2, flow.Y + flow.Height / 2);
        await page.Mouse.ClickAsync(flow.X + flow.Width / 2, flow.Y + flow.Height / 2);
        await page.Keyboard.TypeAsync("Collect the brand kit");
        await page.Keyboard.PressAsync("Enter");

        var panel = page.GetByTestId("properties-panel");
        await Expect(panel.GetByTestId("properties-element")).ToContainTextAsync("User task");
        await Expect(panel.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Collect the brand kit");
        await MudField.SelectAsync(page, panel, "Stage", "Contract & payment");
        await MudField.SelectAsync(page, panel, "Role", "Account manager");
        await MudField.FillAsync(panel, "Due in business days", "2");
        await Expect(page.GetByTestId("findings-none")).ToBeVisibleAsync();

        await page.GetByTestId("save-draft").ClickAsync();
        await Expect(page.GetByText("Draft saved.")).ToBeVisibleAsync();
        await page.GetByTestId("publish").ClickAsync();
        await Expect(page.GetByTestId("changes-added")).ToContainTextAsync("Collect the brand kit");
        await page.GetByTestId("publish-confirm").ClickAsync();
        await Expect(page.GetByTestId("version-status")).ToContainTextAsync("Published");

        // An account manager starts an onboarding now: it runs version 2, and its first work item is the new task.
        var am = await app.NewPageAsync();
        await StaffSignIn.AsAsync(am, "am@demo.local");
        await app.GotoInteractiveAsync(am, "/clients");
        await am.GetByText("Seoul Bloom Cosmetics").ClickAsync();
        await am.GetByTestId("start-onboarding").ClickAsync();
        await am.GetByTestId("start-onboarding-submit").ClickAsync();
        await Expect(am).ToHaveURLAsync(new Regex("/onboardings/[0-9a-f-]{36}$"));
        await Expect(am.GetByTestId("onboarding-facts")).ToContainTextAsync("Client onboarding v2");
        var item = am.GetByTestId("work-item");
        await Expect(item).ToHaveCountAsync(1);
        await Expect(item).ToContainTextAsync("Collect the brand kit");
        await Expect(item).ToContainTextAsync("Alex Morgan");
    }

    [Fact]
    public async Task Palette_ContextPadAndChangeMenu_OfferOnlyElementsTheEngineRuns()
    {
        var page = await OpsLeadOnNewDraftAsync(app, "palette-onboarding", "Palette onboarding");
        var url = new Uri(page.Url).AbsolutePath;
        await app.GotoInteractiveAsync(page, "/");
        (await BpmnLoadedAsync(page)).ShouldBeFalse("only the pages that draw a playbook load bpmn-js");
        await app.GotoInteractiveAsync(page, url);
        var palette = page.Locator($"{Canvas} .djs-palette");
        await Expect(palette).ToBeVisibleAsync();
        (await BpmnLoadedAsync(page)).ShouldBeTrue();

        var actions = await palette.Locator("[data-action]").EvaluateAllAsync<string[]>("entries => entries.map(e => e.dataset.action)");
        actions.ShouldBe(["hand-tool", "lasso-tool", "space-tool", "global-connect-tool", "create.start-event", "create.end-event",
            "create.exclusive-gateway", "create.subprocess-expanded", "create.user-task", "create.service-task", "create.parallel-gateway",
            "create.message-catch", "create.timer-catch"], ignoreOrder: true);

        await SelectAsync(page, "Task_SendContract");
        var pad = page.Locator(".djs-context-pad");
        await Expect(pad.Locator("[data-action='append.user-task']")).ToBeVisibleAsync();
        await Expect(pad.Locator("[data-action='append.timer-catch']")).ToBeVisibleAsync();
        await Expect(pad.Locator("[data-action='append.intermediate-event']")).ToHaveCountAsync(0);
        await Expect(pad.Locator("[data-action='append.append-task']")).ToHaveCountAsync(0);

        await pad.Locator("[data-action=replace]").ClickAsync();
        var menu = page.Locator(".djs-popup");
        await Expect(menu.Locator("[data-id='replace-with-service-task']")).ToBeVisibleAsync();
        await Expect(menu.Locator("[data-id='replace-with-script-task']")).ToHaveCountAsync(0);
        await Expect(menu.Locator("[data-id='replace-with-send-task']")).ToHaveCountAsync(0);
        await Expect(menu.Locator("[data-id='toggle-loop']")).ToHaveCountAsync(0);

        // Appending from the context pad gives a user task wired after the selected one.
        await page.Keyboard.PressAsync("Escape");
        await SelectAsync(page, "Task_SendContract");
        await pad.Locator("[data-action='append.user-task']").ClickAsync();
        var xml = await ModelerXmlAsync(page);
        Regex.Matches(xml, "<bpmn:userTask ").Count.ShouldBeGreaterThan(Regex.Matches(DefaultPlaybook.Xml, "<bpmn:userTask ").Count);
    }

    [Fact]
    public async Task TwoOpsLeads_SaveTheSameDraft_TheSecondIsToldToReload_AndLosesNothingSilently()
    {
        var first = await OpsLeadOnNewDraftAsync(app, "conflict-onboarding", "Conflict onboarding");
        var url = new Uri(first.Url).AbsolutePath;
        var second = await app.NewPageAsync();
        await StaffSignIn.AsAsync(second, "admin@demo.local");
        await app.GotoInteractiveAsync(second, url);
        await Expect(second.Locator($"{Canvas} .djs-palette")).ToBeVisibleAsync();

        await RenameAsync(first, "Task_SendContract", "Send the contract (first)");
        await Expect(first.GetByTestId("unsaved")).ToBeVisibleAsync();
        await first.GetByTestId("save-draft").ClickAsync();
        await Expect(first.GetByText("Draft saved.")).ToBeVisibleAsync();

        await RenameAsync(second, "Task_SendContract", "Send the contract (second)");
        await Expect(second.GetByTestId("unsaved")).ToBeVisibleAsync();
        await second.GetByTestId("save-draft").ClickAsync();
        await Expect(second.GetByText("changed by someone else")).ToBeVisibleAsync();
        await Expect(second.GetByTestId("unsaved")).ToBeVisibleAsync();
        await Expect(second.GetByTestId("save-draft")).ToBeEnabledAsync();

        await app.GotoInteractiveAsync(first, url);
        await Expect(first.Locator(Canvas).GetByText("Send the contract (first)")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task LeavingADraftWithUnsavedChanges_AsksFirst_StayKeepsThem_LeaveGoes()
    {
        var page = await OpsLeadOnNewDraftAsync(app, "leave-onboarding", "Leave onboarding");
        var url = new Uri(page.Url).AbsolutePath;
        await RenameAsync(page, "Task_SendContract", "Send the contract today");
        await Expect(page.GetByTestId("unsaved")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Playbooks", Exact = true }).First.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Your changes to this draft are not saved yet.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Stay" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(url) + "$"));
        await Expect(page.GetByTestId("unsaved")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Playbooks", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Leave" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/playbooks$"));
    }

    private static Task<bool> BpmnLoadedAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => performance.getEntriesByType('resource').some(r => r.name.includes('/lib/bpmn/designer'))");
}
