using Onboarding.Tests.Browser;
using static Microsoft.Playwright.Assertions;
using static Onboarding.Tests.Playbooks.DesignerModeler;

namespace Onboarding.Tests.Playbooks;

/// <summary>An ops lead edits a draft's stages beside the modeler: the list, the tasks' stages and the saved draft agree.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class StagesBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task OpsLead_AddsAStage_AssignsItToATask_Saves_AndFindsBothAfterReload_ThenARenameMovesTheTask()
    {
        var page = await OpsLeadOnNewDraftAsync(app, "staged-onboarding", "Staged onboarding");
        var url = page.Url;
        var editor = page.GetByTestId("stages-editor");
        var panel = page.GetByTestId("properties-panel");
        await Expect(editor.GetByTestId("stage-row")).ToHaveCountAsync(7);
        await Expect(page.GetByTestId("save-draft")).ToBeDisabledAsync();

        // Add a stage with the keyboard: type its name, Enter.
        var newStage = editor.GetByLabel("New stage", new() { Exact = true });
        await newStage.FillAsync("Handover");
        await newStage.PressAsync("Enter");
        var handover = editor.Locator("[data-testid=stage-row][data-stage=Handover]");
        await Expect(handover).ToBeVisibleAsync();
        await Expect(newStage).ToHaveValueAsync("");
        await Expect(page.GetByTestId("unsaved")).ToBeVisibleAsync();

        await SelectAsync(page, "Task_SendContract");
        await Expect(panel.GetByTestId("properties-element")).ToContainTextAsync("Task_SendContract");
        await MudField.SelectAsync(page, panel, "Stage", "Handover");
        await ModelerXmlContainsAsync(page, "onboarding:stage=\"Handover\"");
        await Expect(handover.GetByTestId("stage-usage")).ToHaveTextAsync("1");
        await page.GetByTestId("save-draft").ClickAsync();
        await Expect(page.GetByText("Draft saved.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("save-draft")).ToBeDisabledAsync();

        await app.GotoInteractiveAsync(page, new Uri(url).PathAndQuery);
        await Expect(page.Locator("[data-testid=bpmn-canvas][data-modeler=true] .djs-palette")).ToBeVisibleAsync();
        await Expect(editor.GetByTestId("stage-row")).ToHaveCountAsync(8);
        await Expect(editor.GetByTestId("stage-row").Last).ToHaveAttributeAsync("data-stage", "Handover");
        await Expect(handover.GetByTestId("stage-usage")).ToHaveTextAsync("1");
        await SelectAsync(page, "Task_SendContract");
        await Expect(panel.GetByTestId("prop-stage")).ToContainTextAsync("Handover");

        // Renaming the stage moves the task with it in the model, so no finding appears.
        await handover.GetByTestId("stage-edit-open").ClickAsync();
        var name = editor.GetByTestId("stage-edit").GetByLabel("Stage name", new() { Exact = true });
        await name.FillAsync("Client handover");
        await name.PressAsync("Enter");
        await Expect(editor.GetByTestId("stages-status")).ToHaveTextAsync("Renamed 'Handover' to 'Client handover': 1 element moved with it.");
        await ModelerXmlContainsAsync(page, "onboarding:stage=\"Client handover\"");
        await Expect(panel.GetByTestId("prop-stage")).ToContainTextAsync("Client handover");
        await Expect(page.GetByTestId("findings-none")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("save-draft")).ToBeEnabledAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "onboarding-stages-editor.png") });
    }
}
