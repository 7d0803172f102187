using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Onboarding.Domain.Common;
using Onboarding.Web.Playbooks;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Playbooks;

public sealed class NewPlaybookDialogTests : BunitContext
{
    private readonly List<NewPlaybook> created = [];
    private readonly IRenderedComponent<MudDialogProvider> provider;

    public NewPlaybookDialogTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Render<MudPopoverProvider>();
        provider = Render<MudDialogProvider>();
    }

    private Task<IDialogReference> ShowAsync(Func<NewPlaybook, Task<Guid>>? create = null) =>
        provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<NewPlaybookDialog>("New playbook", new DialogParameters<NewPlaybookDialog>
        {
            { d => d.ExistingKeys, ["client-onboarding"] },
            { d => d.Create, create ?? (request => { created.Add(request); return Task.FromResult(Guid.NewGuid()); }) },
        }));

    private IElement Field(string testId) => provider.Find($"[data-testid={testId}] input, [data-testid={testId}] textarea, input[data-testid={testId}]");

    private string FieldText(string testId) => provider.Find($"[data-testid={testId}]").Closest(".mud-input-control")!.TextContent;

    [Fact]
    public async Task Create_KeyWithCapitalsAndSpaces_SaysWhatAKeyLooksLikeOnTheKeyField()
    {
        await ShowAsync();
        Field("new-playbook-key").Input("My Playbook");
        Field("new-playbook-name").Input("My playbook");

        provider.Find("[data-testid=new-playbook-create]").Click();

        provider.WaitForAssertion(() => FieldText("new-playbook-key").ShouldContain("is not a valid key: use lower-case letters, digits and single dashes"));
        created.ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_ExistingKeyAndNoName_NamesBothProblemsOnTheirFields()
    {
        await ShowAsync();
        Field("new-playbook-key").Input("client-onboarding");

        provider.Find("[data-testid=new-playbook-create]").Click();

        provider.WaitForAssertion(() => FieldText("new-playbook-key").ShouldContain("A playbook with the key 'client-onboarding' already exists. Choose another key."));
        FieldText("new-playbook-name").ShouldContain("Give the playbook a name.");
        created.ShouldBeEmpty();
    }

    [Fact]
    public async Task Create_ValidFromDefault_SendsTheDefaultPlaybookAndCloses()
    {
        var dialog = await ShowAsync();
        Field("new-playbook-key").Input("agency-onboarding");
        Field("new-playbook-name").Input("Agency onboarding");

        provider.Find("[data-testid=new-playbook-create]").Click();

        var result = await dialog.Result;
        result.ShouldNotBeNull().Canceled.ShouldBeFalse();
        var request = created.ShouldHaveSingleItem();
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

        provider.Find("[data-testid=new-playbook-create]").Click();

        provider.WaitForAssertion(() => provider.Find("[data-testid=new-playbook-error]").TextContent.ShouldContain("The BPMN could not be read: line 3."));
    }
}
