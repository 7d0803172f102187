using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Onboarding.Tests.Browser;
using static Microsoft.Playwright.Assertions;
using static Onboarding.Tests.Playbooks.DesignerModeler;

namespace Onboarding.Tests.Playbooks;

/// <summary>An ops lead creates a playbook from the default and sees its draft drawn by bpmn-js.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class PlaybooksBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task OpsLead_CreatesAPlaybookFromTheDefault_AndSeesItsDraftDrawn()
    {
        var page = await app.NewPageAsync();
        await StaffSignIn.AsAsync(page, "ops@demo.local");

        await app.GotoInteractiveAsync(page, "/playbooks");
        await Expect(page.Locator("[data-testid=playbook-card][data-key=client-onboarding]")).ToContainTextAsync("Published");
        await page.GetByTestId("new-playbook").ClickAsync();
        await MudField.FillAsync(page, "Key", "agency-onboarding");
        await MudField.FillAsync(page, "Name", "Agency onboarding");
        await page.GetByTestId("new-playbook-create").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/playbooks/versions/[0-9a-f-]{36}$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Agency onboarding v1");
        await Expect(page.GetByTestId("version-status")).ToContainTextAsync("Draft");
        var canvas = page.GetByTestId("bpmn-canvas");
        await Expect(canvas.Locator("svg").First).ToBeVisibleAsync();
        await Expect(canvas.GetByText("Send contract for e-signature")).ToBeVisibleAsync();
        await Expect(canvas.Locator(".bjs-powered-by")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("stages-editor")).ToContainTextAsync("Contract & payment");

        await app.GotoInteractiveAsync(page, "/playbooks");
        var created = page.Locator("[data-testid=playbook-card][data-key=agency-onboarding]");
        await Expect(created).ToContainTextAsync("Draft");
        var download = await page.RunAndWaitForDownloadAsync(() => created.GetByTestId("export-version").ClickAsync());
        download.SuggestedFilename.ShouldBe("agency-onboarding-v1.bpmn");
        var file = await download.PathAsync();
        (await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)).ShouldContain("Send contract for e-signature");
    }

    [Fact]
    public async Task OpsLead_EditsADraftInTheModeler_SavesIt_AndPublishesItWithASummaryOfChanges()
    {
        var page = await app.NewPageAsync();
        await StaffSignIn.AsAsync(page, "ops@demo.local");

        // Version 1 from the default, published as it is: nothing to compare with yet.
        await app.GotoInteractiveAsync(page, "/playbooks");
        await page.GetByTestId("new-playbook").ClickAsync();
        await MudField.FillAsync(page, "Key", "partner-onboarding");
        await MudField.FillAsync(page, "Name", "Partner onboarding");
        await page.GetByTestId("new-playbook-create").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Partner onboarding v1");
        await Expect(page.Locator($"{DesignerModeler.Canvas} .djs-palette")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("findings-none")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("save-draft")).ToBeDisabledAsync();
        await page.GetByTestId("publish").ClickAsync();
        await Expect(page.GetByTestId("changes-first")).ToBeVisibleAsync();
        await page.GetByTestId("publish-confirm").ClickAsync();
        await Expect(page.GetByTestId("version-status")).ToContainTextAsync("Published");
        await Expect(page.GetByText("Version 1 published")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("publish")).ToHaveCountAsync(0);

        // Version 2, started from the published version's page: a task renamed through the modeler, saved, then published.
        await page.GetByTestId("new-draft-here").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Partner onboarding v2");
        var canvas = page.Locator(DesignerModeler.Canvas);
        await Expect(canvas.GetByText("Send contract for e-signature")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("save-draft")).ToBeDisabledAsync();
        await RenameAsync(page, "Task_SendContract", "Send the contract");
        await Expect(page.GetByTestId("save-draft")).ToBeEnabledAsync();
        await Expect(page.GetByTestId("unsaved")).ToBeVisibleAsync();
        await page.GetByTestId("save-draft").ClickAsync();
        await Expect(page.GetByText("Draft saved.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("save-draft")).ToBeDisabledAsync();

        await page.GetByTestId("publish").ClickAsync();
        var changed = page.GetByTestId("changes-changed");
        await Expect(changed).ToContainTextAsync("Task_SendContract");
        await Expect(changed).ToContainTextAsync("Send the contract");
        await Expect(page.GetByTestId("changes-added")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("changes-removed")).ToHaveCountAsync(0);
        await page.GetByTestId("publish-confirm").ClickAsync();
        await Expect(page.GetByTestId("version-status")).ToContainTextAsync("Published");
        await Expect(page.GetByText("Version 2 published")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("bpmn-canvas").GetByText("Send the contract")).ToBeVisibleAsync();
        await Expect(page.Locator(DesignerModeler.Canvas)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task OpsLead_ChangesATasksRoleAndDueDaysInThePropertiesPanel_AndTheyAreSaved()
    {
        var page = await OpsLeadOnNewDraftAsync(app, "panel-onboarding", "Panel onboarding");
        var url = page.Url;
        var panel = page.GetByTestId("properties-panel");
        await Expect(panel.GetByTestId("properties-empty")).ToHaveTextAsync("Select an element to edit its properties");

        await SelectAsync(page, "Task_SendContract");
        await Expect(panel.GetByTestId("properties-element")).ToContainTextAsync("Task_SendContract");
        await Expect(panel.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("Send contract for e-signature");
        await Expect(panel.GetByLabel("Role", new() { Exact = true })).ToHaveValueAsync("Account manager");
        await Expect(panel.GetByLabel("Due in business days", new() { Exact = true })).ToHaveValueAsync("1");

        await MudField.SelectAsync(page, panel, "Role", "Finance");
        await Expect(panel.GetByLabel("Role", new() { Exact = true })).ToHaveValueAsync("Finance");
        await MudField.FillAsync(panel, "Due in business days", "4");
        await Expect(page.GetByTestId("save-draft")).ToBeEnabledAsync();
        await page.GetByTestId("save-draft").ClickAsync();
        await Expect(page.GetByText("Draft saved.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("save-draft")).ToBeDisabledAsync();

        await app.GotoInteractiveAsync(page, new Uri(url).PathAndQuery);
        await Expect(page.Locator($"{DesignerModeler.Canvas} .djs-palette")).ToBeVisibleAsync();
        await SelectAsync(page, "Task_SendContract");
        await Expect(panel.GetByLabel("Role", new() { Exact = true })).ToHaveValueAsync("Finance");
        await Expect(panel.GetByLabel("Due in business days", new() { Exact = true })).ToHaveValueAsync("4");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "onboarding-properties-panel.png") });

        await app.GotoInteractiveAsync(page, "/playbooks");
        var card = page.Locator("[data-testid=playbook-card][data-key=panel-onboarding]");
        var download = await page.RunAndWaitForDownloadAsync(() => card.GetByTestId("export-version").ClickAsync());
        var xml = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        xml.ShouldContain("onboarding:dueBusinessDays=\"4\"");
        xml.ShouldContain("onboarding:role=\"Finance\"");
    }

    [Fact]
    public async Task OpsLead_EditsATimerAMessageAndADefaultFlowInThePanel_ThroughTheModeler_AndCanUndo()
    {
        var page = await OpsLeadOnNewDraftAsync(app, "events-onboarding", "Events onboarding");
        var panel = page.GetByTestId("properties-panel");

        await SelectAsync(page, "Timer_Reminder3");
        var timer = panel.GetByLabel("Timer expression", new() { Exact = true });
        await Expect(timer).ToHaveValueAsync("P3BD");
        await timer.FillAsync("P4BD");
        await Expect(panel).ToContainTextAsync("4 business days");
        await timer.BlurAsync();
        await ModelerXmlContainsAsync(page, ">P4BD<");

        await SelectAsync(page, "Catch_DepositPaid");
        await Expect(panel.GetByTestId("properties-element")).ToContainTextAsync("Catch_DepositPaid");
        await MudField.SelectAsync(page, panel, "Message", "ContractSigned");
        await ModelerXmlContainsAsync(page, "name=\"ContractSigned\"");

        await SelectAsync(page, "Flow_Phase2_Yes");
        var defaultSwitch = panel.GetByLabel("Default flow", new() { Exact = true });
        await Expect(defaultSwitch).Not.ToBeCheckedAsync();
        await defaultSwitch.CheckAsync();
        await ModelerXmlContainsAsync(page, "default=\"Flow_Phase2_Yes\"");
        await Expect(defaultSwitch).ToBeCheckedAsync();

        await page.EvaluateAsync("() => window.onboardingBpmn.lastModeler.get('commandStack').undo()");
        await ModelerXmlContainsAsync(page, "default=\"Flow_Phase2_No\"");
        await Expect(defaultSwitch).Not.ToBeCheckedAsync();
    }

    [Fact]
    public async Task AccountManager_SeesPlaybooksOpensAndExportsAVersion_WithoutChangingAnything()
    {
        var page = await app.NewPageAsync();
        await StaffSignIn.AsAsync(page, "am@demo.local");

        await app.GotoInteractiveAsync(page, "/playbooks");
        var card = page.Locator("[data-testid=playbook-card][data-key=client-onboarding]");
        await Expect(card.GetByTestId("version-row").First).ToContainTextAsync("Published");
        await Expect(page.GetByTestId("new-playbook")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("duplicate")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("new-draft")).ToHaveCountAsync(0);

        await card.GetByTestId("open-version").First.ClickAsync();
        await Expect(page.GetByTestId("bpmn-canvas").GetByText("Send contract for e-signature")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("version-header")).ToContainTextAsync("checksum");
        await Expect(page.GetByTestId("new-draft-here")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=bpmn-canvas][data-modeler=true]")).ToHaveCountAsync(0);
        await page.GetByTestId("export-menu").GetByRole(AriaRole.Button).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-svg").ClickAsync());
        download.SuggestedFilename.ShouldBe("client-onboarding-v1.svg");
    }
}
