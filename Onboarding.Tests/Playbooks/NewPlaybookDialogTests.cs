using AngleSharp.Dom;
using Bunit;
using MudBlazor;
using Onboarding.Domain.Common;
using Onboarding.Web.Playbooks;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Playbooks;

public sealed class NewPlaybookDialogTests : PlaybookDialogContext
{
    private Task<IDialogReference> ShowAsync(Func<NewPlaybook, Task<Guid>>? create = null) =>
        ShowAsync("New playbook", new DialogParameters<NewPlaybookDialog>
        {
            { d => d.ExistingKeys, ["client-onboarding"] },
            { d => d.Create, create ?? Record },
        });

    private IElement Field(string testId) => Provider.Find($"[data-testid={testId}] input, [data-testid={testId}] textarea, input[data-testid={testId}]");

    private string FieldText(string testId) => Provider.Find($"[data-testid={testId}]").Closest(".mud-input-control")!.TextContent;

    [Fact]
    public async Task Create_KeyWithCapitalsAndSpaces_SaysWhatAKeyLooksLikeOnTheKeyField()
    {
        await ShowAsync();
        Field("new-playbook-key").Input("My Playbook");
        Field("new-playbook-name").Input("My playbook");

        Provider.Find("[data-testid=new-playbook-create]").Click();

        Provider.WaitForAssertion(() => FieldText("new-playbook-key").ShouldContain("is not a valid key: use lower-case letters, digits and single dashes"));
        Created.ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_ExistingKeyAndNoName_NamesBothProblemsOnTheirFields()
    {
        await ShowAsync();
        Field("new-playbook-key").Input("client-onboarding");

        Provider.Find("[data-testid=new-playbook-create]").Click();

        Provider.WaitForAssertion(() => FieldText("new-playbook-key").ShouldContain("A playbook with the key 'client-onboarding' already exists. Choose another key."));
        FieldText("new-playbook-name").ShouldContain("Give the playbook a name.");
        Created.ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_ValidFromDefault_SendsTheDefaultPlaybookAndCloses()
    {
        var dialog = await ShowAsync();
        Field("new-playbook-key").Input("agency-onboarding");
        Field("new-playbook-name").Input("Agency onboarding");

        Provider.Find("[data-testid=new-playbook-create]").Click();

        var result = await dialog.Result;
        result.ShouldNotBeNull().Canceled.ShouldBeFalse();
        var request = Created.ShouldHaveSingleItem();
        request.Key.ShouldBe("agency-onboarding");
        request.Xml.ShouldBe(DefaultPlaybook.Xml);
        request.Stages.Count.ShouldBe(DefaultPlaybook.Stages.Count);
    }

    [Fact]
    public async Task Create_CatalogRefuses_ShowsItsMessageInTheDialog()
    {
        await ShowAsync(_ => throw new DomainException("The BPMN could not be read: line 3."));
        Field("new-playbook-key").Input("agency-onboarding");
        Field("new-playbook-name").Input("Agency onboarding");

        Provider.Find("[data-testid=new-playbook-create]").Click();

        Provider.WaitForAssertion(() => Provider.Find("[data-testid=new-playbook-error]").TextContent.ShouldContain("The BPMN could not be read: line 3."));
    }
}
