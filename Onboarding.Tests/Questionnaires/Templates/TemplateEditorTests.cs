using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Onboarding.Domain.Questionnaires;
using Onboarding.Tests.Support;
using Onboarding.Web.Questionnaires.Templates;
using Onboarding.Workflows.Questionnaires;
using Onboarding.Workflows.Questionnaires.Templates;

namespace Onboarding.Tests.Questionnaires.Templates;

/// <summary>The draft editor over the real catalog and a real database: add a question, see what to fix, publish only after confirming.</summary>
public sealed class TemplateEditorTests : BunitContext, IAsyncLifetime
{
    private TestDatabase database = default!;
    private QuestionnaireTemplateCatalog catalog = default!;
    private IRenderedComponent<MudDialogProvider> dialogs = default!;
    private Guid draftId;
    private readonly List<Guid> published = [];

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        await new QuestionnaireTemplateSeeder(database.Factory, database.Clock).SeedAsync(Ct);
        catalog = new QuestionnaireTemplateCatalog(database.Factory, database.Clock);
        draftId = await catalog.StartDraftAsync(DefaultQuestionnaireTemplate.Key, "ops@test", Ct);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(catalog);
        Services.AddSingleton<TimeProvider>(database.Clock);
        Render<MudPopoverProvider>();
        dialogs = Render<MudDialogProvider>();
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task<IRenderedComponent<TemplateEditor>> RenderEditorAsync()
    {
        var detail = await catalog.GetAsync(draftId, Ct);
        return Render<TemplateEditor>(p => p
            .Add(c => c.Detail, detail)
            .Add(c => c.By, "ops@test")
            .Add(c => c.OnPublished, EventCallback.Factory.Create<Guid>(this, id => published.Add(id))));
    }

    private static IElement Input(IRenderedComponent<TemplateEditor> cut, string scope, string testId) =>
        cut.Find($"{scope} input[data-testid={testId}], {scope} textarea[data-testid={testId}], {scope} [data-testid={testId}] input, {scope} [data-testid={testId}] textarea");

    [Fact]
    public async Task Adding_a_question_makes_its_key_from_the_text_shows_it_in_the_preview_and_saves_it()
    {
        var cut = await RenderEditorAsync();
        var lastSection = $"[data-testid=section][data-index='6']";

        Input(cut, lastSection, "question-new-text").Input("Which CMS do you use?");
        Input(cut, lastSection, "question-new-text").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=question][data-key='which-cms-do-you-use']").ShouldHaveSingleItem());
        cut.FindAll("[data-testid=preview-question]").Count.ShouldBe(20);
        cut.FindAll("[data-testid=preview-question]")[^1].TextContent.ShouldContain("20. Which CMS do you use?");
        cut.Find("[data-testid=unsaved]").TextContent.ShouldBe("Unsaved changes");
        cut.Find("[data-testid=template-ready]");

        await cut.InvokeAsync(() => cut.Find("button[data-testid=save-draft]").Click());

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=unsaved]").ShouldBeEmpty());
        var saved = (await catalog.GetAsync(draftId, Ct)).Template.Definition;
        saved.Sections[^1].Questions[^1].ShouldBe(new Question("which-cms-do-you-use", "Which CMS do you use?", QuestionType.ShortText));
    }

    [Fact]
    public async Task A_question_without_text_is_listed_with_what_to_fix_and_publishing_waits()
    {
        var cut = await RenderEditorAsync();

        Input(cut, "[data-testid=question][data-key='goals']", "question-text").Input("");

        cut.WaitForAssertion(() => cut.Find("[data-testid=template-finding]").TextContent
            .ShouldBe("Section 'Goals and how success is measured', question 1: the question has no text. Write the question as the client should read it."), TimeSpan.FromSeconds(5));
        cut.Find("button[data-testid=publish]").HasAttribute("disabled").ShouldBeTrue();
        cut.FindAll("[data-testid=template-ready]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Publish_asks_first_and_says_questionnaires_already_sent_keep_their_version()
    {
        var cut = await RenderEditorAsync();

        await cut.InvokeAsync(() => cut.Find("button[data-testid=publish]").Click());

        dialogs.WaitForAssertion(() => dialogs.Find(".mud-dialog").TextContent.ShouldContain("Questionnaires already sent keep the version they were sent with (version 1 or earlier)."));
        (await catalog.GetAsync(draftId, Ct)).Template.Status.ShouldBe(TemplateStatus.Draft);
        await dialogs.InvokeAsync(() => dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Cancel").Click());
        dialogs.WaitForAssertion(() => dialogs.FindAll(".mud-dialog").ShouldBeEmpty());
        (await catalog.GetAsync(draftId, Ct)).Template.Status.ShouldBe(TemplateStatus.Draft);
        published.ShouldBeEmpty();

        await cut.InvokeAsync(() => cut.Find("button[data-testid=publish]").Click());
        await dialogs.InvokeAsync(() => dialogs.WaitForElement(".mud-dialog").QuerySelectorAll("button").Single(b => b.TextContent.Trim() == "Publish").Click());

        cut.WaitForAssertion(() => published.ShouldBe([draftId]));
        var latest = (await QuestionnaireTemplateCatalog.LatestPublishedAsync(database.Factory, DefaultQuestionnaireTemplate.Key, Ct))!;
        (latest.Id, latest.Version, latest.PublishedBy).ShouldBe((draftId, 2, "ops@test"));
    }

    [Fact]
    public async Task Removing_a_section_asks_first()
    {
        var cut = await RenderEditorAsync();

        await cut.InvokeAsync(() => cut.Find("[data-testid=section][data-index='4'] button[data-testid=section-remove]").Click());

        dialogs.WaitForAssertion(() => dialogs.Find(".mud-dialog").TextContent.ShouldContain("Remove \"Brand\"?"));
        cut.FindAll("[data-testid=section]").Count.ShouldBe(7);
        await dialogs.InvokeAsync(() => dialogs.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Remove").Click());
        cut.WaitForAssertion(() => cut.FindAll("[data-testid=section]").Count.ShouldBe(6));
        cut.FindAll("[data-testid=preview-question]").Count.ShouldBe(17);
    }
}
