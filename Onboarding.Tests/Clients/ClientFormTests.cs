using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Onboarding.Domain.Clients;
using Onboarding.Domain.Common;
using Onboarding.Web.Clients;

namespace Onboarding.Tests.Clients;

public sealed class ClientFormTests : BunitContext
{
    private readonly List<ClientDraft> submitted = [];

    public ClientFormTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Render<MudPopoverProvider>();
    }

    [Fact]
    public void Submit_EmptyForm_ShowsRequiredNameAndDoesNotSave()
    {
        var cut = RenderForm(new ClientDraft());

        cut.Find("form").Submit();

        cut.Markup.ShouldContain("Company name is required.");
        submitted.ShouldBeEmpty();
    }

    [Fact]
    public void Submit_EmptyContactAndBadWebsite_ShowsAMessageOnEachField()
    {
        var draft = new ClientDraft { CompanyName = "Acme", Website = "not a web address" };
        var cut = RenderForm(draft);
        cut.Find("[data-testid=add-contact]").Click();

        cut.Find("form").Submit();

        cut.Markup.ShouldContain("Enter a web address like https://example.com.");
        cut.Markup.ShouldContain("Contact name is required.");
        cut.Markup.ShouldContain("Contact e-mail is required.");
        submitted.ShouldBeEmpty();
    }

    [Fact]
    public void Submit_TypedValidValues_PassesTheDraftToSave()
    {
        var cut = RenderForm(new ClientDraft());
        Input(cut, "Company name").Change("Acme Analytics");
        cut.Find("[data-testid=add-contact]").Click();
        Input(cut, "Name").Change("Maya Chen");
        Input(cut, "E-mail").Change("maya@acme.com");

        cut.Find("form").Submit();

        var draft = submitted.ShouldHaveSingleItem();
        draft.CompanyName.ShouldBe("Acme Analytics");
        draft.Contacts.ShouldHaveSingleItem().Email.ShouldBe("maya@acme.com");
        cut.Markup.ShouldNotContain("is required");
    }

    [Fact]
    public void Submit_ServiceRefusesTheName_ShowsItsMessageOnTheNameField()
    {
        var cut = Render<ClientForm>(p => p
            .Add(f => f.Draft, ClientDrafts.Valid())
            .Add(f => f.SubmitLabel, "Create client")
            .Add(f => f.CancelHref, "/clients")
            .Add(f => f.OnSubmit, _ => throw new ValidationFailedException(
                [new("A client named Acme Analytics already exists.", ["CompanyName"])])));

        cut.Find("form").Submit();

        var nameField = Input(cut, "Company name").Closest(".mud-input-control")!;
        nameField.TextContent.ShouldContain("A client named Acme Analytics already exists.");
    }

    private IRenderedComponent<ClientForm> RenderForm(ClientDraft draft) => Render<ClientForm>(p => p
        .Add(f => f.Draft, draft)
        .Add(f => f.SubmitLabel, "Create client")
        .Add(f => f.CancelHref, "/clients")
        .Add(f => f.OnSubmit, d => { submitted.Add(d); return Task.CompletedTask; }));

    /// <summary>The input a visible label names, as a person finds it.</summary>
    private static IElement Input(IRenderedComponent<ClientForm> cut, string label)
    {
        var labelElement = cut.FindAll("label").First(l => l.TextContent.Trim().TrimEnd('*') == label);
        return cut.Find($"#{labelElement.GetAttribute("for")}");
    }
}
