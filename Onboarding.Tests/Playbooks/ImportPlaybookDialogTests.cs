using System.Text;
using Bunit;
using MudBlazor;
using Onboarding.Tests.Workflows.Bpmn;
using Onboarding.Web.Playbooks;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Playbooks;

/// <summary>The import dialog's report: what the file holds and what is wrong, before anything is created.</summary>
public sealed class ImportPlaybookDialogTests : PlaybookDialogContext
{
    private Task<IDialogReference> ShowAsync() =>
        ShowAsync("Import a playbook", new DialogParameters<ImportPlaybookDialog>
        {
            { d => d.ExistingKeys, ["client-onboarding", "a-1-0"] },
            { d => d.Create, Record },
        });

    private string Text(string testId) => Provider.Find($"[data-testid={testId}]").TextContent;

    [Fact]
    public async Task Upload_FileWithErrors_ReportsThemAndStillAllowsImportingAsADraft()
    {
        var dialog = await ShowAsync();

        Upload("A.4.0.bpmn", File.ReadAllBytes(SampleFiles.PathOf("miwg/A.4.0.bpmn")));

        Provider.WaitForAssertion(() => Text("import-verdict").ShouldContain("1 error. It can become a draft, but cannot be published until the errors are fixed"));
        Text("import-verdict").ShouldNotContain("warning");
        Text("import-unsupported").ShouldContain("WFP-6-2");
        Provider.FindAll("[data-testid=finding]").ShouldHaveSingleItem().TextContent.ShouldContain("WFP-6-2");
        Provider.Find("[data-testid=import-create]").HasAttribute("disabled").ShouldBeFalse();

        Provider.Find("[data-testid=import-create]").Click();

        (await dialog.Result).ShouldNotBeNull().Canceled.ShouldBeFalse();
        var request = Created.ShouldHaveSingleItem();
        request.ImportedFrom.ShouldBe("A.4.0.bpmn");
        request.Xml.ShouldContain("WFP-6-2");
    }

    [Fact]
    public async Task Upload_UnreadableFile_ShowsTheReadersMessageAndCannotBeImported()
    {
        await ShowAsync();

        Upload("broken.bpmn", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<definitions>\n  <process>\n</definitions>"));

        Provider.WaitForAssertion(() => Text("import-problem").ShouldContain("The file is not well-formed XML: line 4, column 3:"));
        Text("import-problem").ShouldContain("This file cannot be imported.");
        Provider.FindAll("[data-testid=new-playbook-key]").ShouldBeEmpty();
        Provider.Find("[data-testid=import-create]").HasAttribute("disabled").ShouldBeTrue();
        Created.ShouldBeEmpty();
    }

    [Fact]
    public async Task Upload_CleanFile_SuggestsAFreeKeyAndTheNameAndSaysItCanBePublished()
    {
        await ShowAsync();

        Upload("A.1.0.bpmn", File.ReadAllBytes(SampleFiles.PathOf("miwg/A.1.0.bpmn")));

        Provider.WaitForAssertion(() => Text("import-summary").ShouldContain("5 elements, 4 sequence flows"));
        Text("import-file-name").ShouldContain("A.1.0.bpmn");
        Text("import-summary").ShouldContain("Process WFP-6-:"); // no name: its id
        Text("import-verdict").ShouldContain("No problems found");
        Provider.FindAll("[data-testid=findings]").ShouldBeEmpty(); // the verdict says it once
        Provider.Find("input[data-testid=new-playbook-key]").GetAttribute("value").ShouldBe("a-1-0-2");
        Provider.Find("input[data-testid=new-playbook-name]").GetAttribute("value").ShouldBe("A.1.0");
    }

    [Fact]
    public async Task Import_KeyCleared_SaysSoOnTheKeyFieldAndCreatesNothing()
    {
        await ShowAsync();
        Upload("A.1.0.bpmn", File.ReadAllBytes(SampleFiles.PathOf("miwg/A.1.0.bpmn")));
        Provider.WaitForAssertion(() => Provider.Find("input[data-testid=new-playbook-key]"));

        Provider.Find("input[data-testid=new-playbook-key]").Input("");
        Provider.Find("[data-testid=import-create]").Click();

        Provider.WaitForAssertion(() => Provider.Find("[data-testid=new-playbook-key]").Closest(".mud-input-control")!.TextContent
            .ShouldContain("Give the playbook a key"));
        Created.ShouldBeEmpty();
    }
}
