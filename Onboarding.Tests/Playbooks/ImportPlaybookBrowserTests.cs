using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Onboarding.Tests.Browser;
using Onboarding.Tests.Workflows.Playbooks;
using static Microsoft.Playwright.Assertions;

namespace Onboarding.Tests.Playbooks;

/// <summary>An ops lead imports a file made by another tool, sees its report, and exports versions as .bpmn and .svg.</summary>
[Collection(nameof(BrowserCollection))]
public sealed class ImportPlaybookBrowserTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<IPage> OpenImportDialogAsync()
    {
        var page = await app.NewPageAsync();
        await StaffSignIn.AsAsync(page, "ops@demo.local");
        await app.GotoInteractiveAsync(page, "/playbooks");
        await Expect(page.Locator("[data-testid=playbook-card][data-key=client-onboarding]")).ToBeVisibleAsync();
        await page.GetByTestId("import-playbook").ClickAsync();
        await Expect(page.GetByTestId("import-choose")).ToBeVisibleAsync();
        return page;
    }

    private static ILocator FileInput(IPage page) => page.Locator(".mud-dialog input[type=file]");

    private static async Task<string> DownloadedTextAsync(IPage page, Func<Task> click)
    {
        var download = await page.RunAndWaitForDownloadAsync(click);
        return (await File.ReadAllTextAsync(await download.PathAsync(), Ct)) + "\n" + download.SuggestedFilename;
    }

    [Fact]
    public async Task OpsLead_ImportsMiwgA10_SeesItsReport_ThenItsDraftDrawnWithItsChecks_AndExportsItAsSvgAndBpmn()
    {
        var page = await OpenImportDialogAsync();

        await FileInput(page).SetInputFilesAsync(SharedFiles.Path("bpmn-samples", "miwg", "A.1.0.bpmn"));

        await Expect(page.GetByTestId("import-file-name")).ToContainTextAsync("A.1.0.bpmn");
        await Expect(page.GetByTestId("import-summary")).ToContainTextAsync("5 elements, 4 sequence flows");
        await Expect(page.GetByTestId("import-verdict")).ToContainTextAsync("No problems found");
        await Expect(page.GetByLabel("Key", new() { Exact = true })).ToHaveValueAsync("a-1-0");
        await Expect(page.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("A.1.0");
        await page.GetByTestId("import-create").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/playbooks/versions/[0-9a-f-]{36}$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("A.1.0 v1");
        await Expect(page.GetByTestId("version-status")).ToContainTextAsync("Draft");
        var canvas = page.Locator("[data-testid=bpmn-canvas][data-modeler=true]");
        await Expect(canvas.Locator(".djs-palette")).ToBeVisibleAsync();
        await Expect(canvas.GetByText("Task 1", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(canvas.GetByText("Task 3", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("findings-none")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("bpmn-error")).ToHaveCountAsync(0);

        await page.GetByTestId("export-menu").GetByRole(AriaRole.Button).ClickAsync();
        var svg = await DownloadedTextAsync(page, () => page.GetByTestId("export-svg").ClickAsync());
        svg.ShouldStartWith("<?xml");
        svg.ShouldContain("<svg");
        svg.ShouldContain("Task 1");
        svg.ShouldEndWith("a-1-0-v1.svg");

        await page.GetByTestId("export-menu").GetByRole(AriaRole.Button).ClickAsync();
        var bpmn = await DownloadedTextAsync(page, () => page.GetByTestId("export-bpmn").ClickAsync());
        bpmn.ShouldContain("encoding=\"UTF-8\"");
        bpmn.ShouldContain("name=\"Task 1\"");
        bpmn.ShouldEndWith("a-1-0-v1.bpmn");
    }

    [Fact]
    public async Task OpsLead_ReplacesADraftFromAFile_AndSeesTheFilesDiagramAndChecks()
    {
        var page = await OpenImportDialogAsync();
        await FileInput(page).SetInputFilesAsync(SharedFiles.Path("bpmn-samples", "miwg", "A.1.0.bpmn"));
        await MudField.FillAsync(page, "Key", "replaced-from-file");
        await page.GetByTestId("import-create").ClickAsync();
        var canvas = page.Locator("[data-testid=bpmn-canvas][data-modeler=true]");
        await Expect(canvas.GetByText("Task 1", new() { Exact = true })).ToBeVisibleAsync();

        await page.GetByTestId("replace-from-file").ClickAsync();
        await Expect(page.GetByTestId("replace-confirm")).ToBeDisabledAsync();
        await FileInput(page).SetInputFilesAsync(SharedFiles.Path("bpmn-samples", "miwg", "C.1.1.bpmn"));
        await Expect(page.GetByTestId("import-verdict")).ToContainTextAsync("cannot be published until the errors are fixed");
        await page.GetByTestId("replace-confirm").ClickAsync();

        await Expect(page.GetByText("Draft replaced from the file.")).ToBeVisibleAsync();
        await Expect(canvas.GetByText("Task 1", new() { Exact = true })).ToHaveCountAsync(0);
        await Expect(canvas.Locator("[data-element-id=archiveInvoice]")).ToBeAttachedAsync();
        await Expect(page.Locator("[data-testid=findings] [data-element=archiveInvoice]")).ToContainTextAsync("names no automation");
        await Expect(page.GetByTestId("publish")).ToBeDisabledAsync();

        await app.GotoInteractiveAsync(page, new Uri(page.Url).PathAndQuery);
        await Expect(canvas.Locator("[data-element-id=archiveInvoice]")).ToBeAttachedAsync();
    }

    [Fact]
    public async Task AccountManager_IsNotOfferedImport()
    {
        var page = await app.NewPageAsync();
        await StaffSignIn.AsAsync(page, "am@demo.local");

        await app.GotoInteractiveAsync(page, "/playbooks");

        await Expect(page.Locator("[data-testid=playbook-card][data-key=client-onboarding]")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("import-playbook")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("new-playbook")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task OpsLead_ChoosesAMalformedFile_SeesTheReadersErrorAndCannotImportIt()
    {
        var page = await OpenImportDialogAsync();
        var playbooks = await page.GetByTestId("playbook-card").CountAsync();

        await FileInput(page).SetInputFilesAsync(new FilePayload
        {
            Name = "broken.bpmn",
            MimeType = "application/xml",
            Buffer = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<definitions>\n  <process>\n</definitions>"),
        });

        await Expect(page.GetByTestId("import-problem")).ToContainTextAsync("The file is not well-formed XML: line 4, column 3:");
        await Expect(page.GetByTestId("import-create")).ToBeDisabledAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(page.GetByTestId("import-choose")).ToHaveCountAsync(0);

        await app.GotoInteractiveAsync(page, "/playbooks");
        await Expect(page.GetByTestId("playbook-card")).ToHaveCountAsync(playbooks);
        await Expect(page.Locator("[data-testid=playbook-card][data-key=broken]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task OpsLead_ImportsAFileWithoutDiagram_IsWarned_AndTheDesignerSaysWhyItIsNotDrawn()
    {
        var page = await OpenImportDialogAsync();

        await FileInput(page).SetInputFilesAsync(new FilePayload
        {
            Name = "no-layout.bpmn",
            MimeType = "application/xml",
            Buffer = Encoding.UTF8.GetBytes(Processes.Linear("<bpmn:task id=\"review\" name=\"Review\" />")),
        });

        await Expect(page.GetByTestId("import-verdict")).ToContainTextAsync("No errors, 1 warning");
        await Expect(page.GetByTestId("finding")).ToContainTextAsync("The file has no diagram");
        await page.GetByTestId("import-create").ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Linear v1");
        await Expect(page.GetByTestId("no-diagram")).ToContainTextAsync("cannot be drawn here");
        await Expect(page.GetByTestId("bpmn-canvas")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("findings-none")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task OpsLead_ExportsAPublishedVersionAsSvg_FromTheViewer()
    {
        var page = await app.NewPageAsync();
        await StaffSignIn.AsAsync(page, "ops@demo.local");
        await app.GotoInteractiveAsync(page, "/playbooks");
        var published = await page.Locator("[data-testid=playbook-card][data-key=client-onboarding]").GetByTestId("open-version").First.GetAttributeAsync("href");
        await app.GotoInteractiveAsync(page, published.ShouldNotBeNull());
        await Expect(page.Locator("h1")).ToHaveTextAsync("Client onboarding v1");
        await Expect(page.GetByTestId("version-status")).ToContainTextAsync("Published");
        await Expect(page.GetByTestId("bpmn-canvas").GetByText("Send contract for e-signature")).ToBeVisibleAsync();

        await page.GetByTestId("export-menu").GetByRole(AriaRole.Button).ClickAsync();
        var svg = await DownloadedTextAsync(page, () => page.GetByTestId("export-svg").ClickAsync());

        svg.ShouldStartWith("<?xml");
        svg.ShouldContain("<svg");
        svg.ShouldContain("Send contract"); // bpmn-js wraps a label into lines
        svg.ShouldContain("signature"); // "e-signature" may break after the hyphen, depending on the fonts installed
        svg.ShouldEndWith("client-onboarding-v1.svg");
    }
}
