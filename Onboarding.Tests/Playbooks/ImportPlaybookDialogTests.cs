using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Onboarding.Tests.Workflows.Bpmn;
using Onboarding.Web.Playbooks;
using Onboarding.Workflows.Automations;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Playbooks;

/// <summary>The import dialog's report: what the file holds and what is wrong, before anything is created.</summary>
public sealed class ImportPlaybookDialogTests : BunitContext
{
    private readonly List<NewPlaybook> created = [];
    private readonly IRenderedComponent<MudDialogProvider> provider;

    public ImportPlaybookDialogTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(new PlaybookImport(new PlaybookChecks(new AutomationRegistry([]))));
        Render<MudPopoverProvider>();
        provider = Render<MudDialogProvider>();
    }

    private Task<IDialogReference> ShowAsync() =>
        provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<ImportPlaybookDialog>("Import a playbook", new DialogParameters<ImportPlaybookDialog>
        {
            { d => d.ExistingKeys, ["client-onboarding", "a-1-0"] },
            { d => d.Create, request => { created.Add(request); return Task.FromResult(Guid.NewGuid()); } },
        }));

    private void Upload(string fileName, byte[] bytes) =>
        provider.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(bytes, fileName));

    private string Text(string testId) => provider.Find($"[data-testid={testId}]").TextContent;

    [Fact]
    public async Task Upload_FileWithErrors_ReportsThemAndStillAllowsImportingAsADraft()
    {
        var dialog = await ShowAsync();

        Upload("A.4.0.bpmn", File.ReadAllBytes(SampleFiles.PathOf("miwg/A.4.0.bpmn")));

        provider.WaitForAssertion(() => Text("import-verdict").ShouldContain("1 error and 0 warnings"));
        Text("import-verdict").ShouldContain("cannot be published until the errors are fixed");
        Text("import-unsupported").ShouldContain("WFP-6-2");
        provider.FindAll("[data-testid=finding]").ShouldHaveSingleItem().TextContent.ShouldContain("WFP-6-2");
        provider.Find("[data-testid=import-create]").HasAttribute("disabled").ShouldBeFalse();

        provider.Find("[data-testid=import-create]").Click();

        (await dialog.Result).ShouldNotBeNull().Canceled.ShouldBeFalse();
        var request = created.ShouldHaveSingleItem();
        request.ImportedFrom.ShouldBe("A.4.0.bpmn");
        request.Xml.ShouldContain("WFP-6-2");
    }

    [Fact]
    public async Task Upload_UnreadableFile_ShowsTheReadersMessageAndCannotBeImported()
    {
        await ShowAsync();

        Upload("broken.bpmn", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<definitions>\n  <process>\n</definitions>"));

        provider.WaitForAssertion(() => Text("import-problem").ShouldContain("The file is not well-formed XML: line 4, column 3:"));
        Text("import-problem").ShouldContain("This file cannot be imported.");
        provider.FindAll("[data-testid=new-playbook-key]").ShouldBeEmpty();
        provider.Find("[data-testid=import-create]").HasAttribute("disabled").ShouldBeTrue();
        created.ShouldBeEmpty();
    }

    [Fact]
    public async Task Upload_CleanFile_SuggestsAFreeKeyAndTheNameAndSaysItCanBePublished()
    {
        await ShowAsync();

        Upload("A.1.0.bpmn", File.ReadAllBytes(SampleFiles.PathOf("miwg/A.1.0.bpmn")));

        provider.WaitForAssertion(() => Text("import-summary").ShouldContain("5 elements, 4 sequence flows"));
        Text("import-file-name").ShouldContain("A.1.0.bpmn");
        Text("import-verdict").ShouldContain("No problems found");
        provider.Find("[data-testid=findings-none]");
        provider.Find("input[data-testid=new-playbook-key]").GetAttribute("value").ShouldBe("a-1-0-2");
        provider.Find("input[data-testid=new-playbook-name]").GetAttribute("value").ShouldBe("A.1.0");
    }

    [Fact]
    public async Task Import_KeyCleared_SaysSoOnTheKeyFieldAndCreatesNothing()
    {
        await ShowAsync();
        Upload("A.1.0.bpmn", File.ReadAllBytes(SampleFiles.PathOf("miwg/A.1.0.bpmn")));
        provider.WaitForAssertion(() => provider.Find("input[data-testid=new-playbook-key]"));

        provider.Find("input[data-testid=new-playbook-key]").Input("");
        provider.Find("[data-testid=import-create]").Click();

        provider.WaitForAssertion(() => provider.Find("[data-testid=new-playbook-key]").Closest(".mud-input-control")!.TextContent
            .ShouldContain("Give the playbook a key"));
        created.ShouldBeEmpty();
    }
}
