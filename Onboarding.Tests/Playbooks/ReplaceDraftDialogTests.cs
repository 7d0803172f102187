using System.Text;
using Bunit;
using MudBlazor;
using Onboarding.Domain.Common;
using Onboarding.Tests.Workflows.Bpmn;
using Onboarding.Web.Playbooks;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Playbooks;

public sealed class ReplaceDraftDialogTests : PlaybookDialogContext
{
    private readonly List<ImportReport> replaced = [];

    private Task<IDialogReference> ShowAsync(Func<ImportReport, Task> replace) =>
        ShowAsync("Replace", new DialogParameters<ReplaceDraftDialog>
        {
            { d => d.HasUnsavedChanges, true },
            { d => d.Replace, replace },
        });

    [Fact]
    public async Task Replace_UnreadableFile_CannotBeConfirmed()
    {
        await ShowAsync(r => { replaced.Add(r); return Task.CompletedTask; });
        Provider.Find(".mud-dialog").TextContent.ShouldContain("Your unsaved changes in the designer are discarded.");

        Upload("broken.bpmn", Encoding.UTF8.GetBytes("<definitions><process></definitions>"));

        Provider.WaitForAssertion(() => Provider.Find("[data-testid=import-problem]").TextContent.ShouldContain("not well-formed XML"));
        Provider.Find("[data-testid=replace-confirm]").HasAttribute("disabled").ShouldBeTrue();
        replaced.ShouldBeEmpty();
    }

    [Fact]
    public async Task Replace_CatalogRefuses_ShowsItsMessageAndStaysOpen()
    {
        await ShowAsync(_ => throw new ConcurrencyConflictException("Version 1 of this playbook"));
        Upload("A.1.0.bpmn", File.ReadAllBytes(SampleFiles.PathOf("miwg/A.1.0.bpmn")));
        Provider.WaitForAssertion(() => Provider.Find("[data-testid=import-summary]"));

        Provider.Find("[data-testid=replace-confirm]").Click();

        Provider.WaitForAssertion(() => Provider.Find("[data-testid=replace-error]").TextContent.ShouldContain("was changed by someone else"));
    }

    [Fact]
    public async Task Replace_ReadableFile_HandsOverItsReportAndCloses()
    {
        var dialog = await ShowAsync(r => { replaced.Add(r); return Task.CompletedTask; });
        Upload("A.1.0.bpmn", File.ReadAllBytes(SampleFiles.PathOf("miwg/A.1.0.bpmn")));
        Provider.WaitForAssertion(() => Provider.Find("[data-testid=import-summary]"));

        Provider.Find("[data-testid=replace-confirm]").Click();

        (await dialog.Result).ShouldNotBeNull().Canceled.ShouldBeFalse();
        replaced.ShouldHaveSingleItem().FileName.ShouldBe("A.1.0.bpmn");
    }
}
