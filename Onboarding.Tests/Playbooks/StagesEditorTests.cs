using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor.Services;
using Onboarding.Web.Playbooks;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Playbooks;

public sealed class StagesEditorTests : BunitContext
{
    private readonly List<IReadOnlyList<PlaybookStage>> lists = [];
    private readonly List<StageRename> renames = [];

    private static readonly IReadOnlyList<PlaybookStage> ThreeStages =
        [new("Contract", "#1565c0"), new("Kickoff", "#00838f"), new("Delivery", "#2e7d32")];

    public StagesEditorTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    private IRenderedComponent<StagesEditor> RenderEditor(IReadOnlyList<PlaybookStage>? stages = null, Dictionary<string, IReadOnlyList<string>>? usage = null) =>
        Render<StagesEditor>(p => p
            .Add(c => c.Stages, stages ?? ThreeStages)
            .Add(c => c.Usage, usage ?? new Dictionary<string, IReadOnlyList<string>>())
            .Add(c => c.StagesChanged, EventCallback.Factory.Create<IReadOnlyList<PlaybookStage>>(this, l => lists.Add(l)))
            .Add(c => c.OnRenamed, EventCallback.Factory.Create<StageRename>(this, r => renames.Add(r))));

    private static IElement Field(IRenderedComponent<StagesEditor> cut, string form, string field) =>
        cut.Find($"[data-testid={form}] [data-testid={field}] input, [data-testid={form}] input[data-testid={field}]");

    private static void Enter(IElement input) => input.KeyDown(new KeyboardEventArgs { Key = "Enter" });

    private static IElement Row(IRenderedComponent<StagesEditor> cut, string stage) => cut.Find($"[data-testid=stage-row][data-stage='{stage}']");

    [Fact]
    public void Render_ListsTheStagesInOrder_WithHowManyElementsUseEach()
    {
        var cut = RenderEditor(usage: new() { ["Kickoff"] = ["Task_A", "Task_B"] });

        cut.FindAll("[data-testid=stage-edit-open]").Select(b => b.TextContent).ShouldBe(["Contract", "Kickoff", "Delivery"]);
        Row(cut, "Kickoff").QuerySelector("[data-testid=stage-usage]")!.TextContent.ShouldBe("2");
        Row(cut, "Contract").QuerySelector("[data-testid=stage-usage]").ShouldBeNull();
        cut.FindAll(".stage-swatch")[0].GetAttribute("style")!.ShouldContain("#1565c0");
    }

    [Fact]
    public void Add_OnEnter_AppendsTheTrimmedStage_WithTheNextUnusedPresetColour()
    {
        var cut = RenderEditor();

        Field(cut, "stage-new", "stage-name").Input("  Reporting ");
        Enter(Field(cut, "stage-new", "stage-name"));

        lists.ShouldHaveSingleItem().ShouldBe([.. ThreeStages, new PlaybookStage("Reporting", StageForm.Presets[3])]);
    }

    [Fact]
    public void Add_PickedPresetColour_IsUsed()
    {
        var cut = RenderEditor();

        Field(cut, "stage-new", "stage-name").Input("Reporting");
        cut.FindAll("[data-testid=stage-new] [data-testid=stage-preset]")[5].Click();
        cut.Find("[data-testid=stage-new] [data-testid=stage-submit]").Click();

        lists.ShouldHaveSingleItem()[^1].ShouldBe(new PlaybookStage("Reporting", StageForm.Presets[5]));
    }

    [Theory]
    [InlineData("kickoff", "There is already a stage named 'kickoff'. Choose another name.")]
    [InlineData("  ", "Give the stage a name.")]
    public void Add_DuplicateOrEmptyName_IsRefusedWithAMessage(string name, string message)
    {
        var cut = RenderEditor();

        Field(cut, "stage-new", "stage-name").Input(name);
        Enter(Field(cut, "stage-new", "stage-name"));

        cut.Find("[data-testid=stage-new] .mud-input-helper-text.mud-input-error").TextContent.ShouldBe(message);
        lists.ShouldBeEmpty();
    }

    [Fact]
    public void Add_NameLongerThanTheMaximum_IsRefusedWithAMessage()
    {
        var cut = RenderEditor();

        Field(cut, "stage-new", "stage-name").Input(new string('a', PlaybookStage.MaxNameLength + 1));
        Enter(Field(cut, "stage-new", "stage-name"));

        cut.Markup.ShouldContain($"A stage name has at most {PlaybookStage.MaxNameLength} characters; this one has {PlaybookStage.MaxNameLength + 1}.");
        lists.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("#12345g")]
    [InlineData("1565c0")]
    [InlineData("#fff")]
    public void Add_BadColour_ShowsTheRuleAsTyped_AndAddsNothing(string colour)
    {
        var cut = RenderEditor();

        Field(cut, "stage-new", "stage-name").Input("Reporting");
        Field(cut, "stage-new", "stage-colour").Input(colour);
        cut.Markup.ShouldContain("Enter the colour as # and six hex digits, like #1565c0.");
        Enter(Field(cut, "stage-new", "stage-name"));

        lists.ShouldBeEmpty();
    }

    [Fact]
    public void Rename_AStageInUse_RaisesTheNewList_ThenTheRename_AndSaysHowManyElementsMoved()
    {
        var cut = RenderEditor(usage: new() { ["Kickoff"] = ["Task_A", "Task_B"] });

        Row(cut, "Kickoff").QuerySelector("[data-testid=stage-edit-open]")!.Click();
        Field(cut, "stage-edit", "stage-name").Input("Client kickoff");
        Field(cut, "stage-edit", "stage-colour").Input("#C62828");
        Enter(Field(cut, "stage-edit", "stage-name"));

        lists.ShouldHaveSingleItem().ShouldBe([ThreeStages[0], new PlaybookStage("Client kickoff", "#c62828"), ThreeStages[2]]);
        renames.ShouldHaveSingleItem().ShouldBe(new StageRename("Kickoff", "Client kickoff"));
        cut.Find("[data-testid=stages-status]").TextContent.ShouldBe("Renamed 'Kickoff' to 'Client kickoff': 2 elements moved with it.");
        cut.FindAll("[data-testid=stage-edit]").ShouldBeEmpty();
    }

    [Fact]
    public void Rename_ToAnotherStagesNameIgnoringCase_IsRefused_ButItsOwnNameInOtherCaseIsNot()
    {
        var cut = RenderEditor();
        Row(cut, "Kickoff").QuerySelector("[data-testid=stage-edit-open]")!.Click();

        Field(cut, "stage-edit", "stage-name").Input("DELIVERY");
        Enter(Field(cut, "stage-edit", "stage-name"));
        cut.Markup.ShouldContain("There is already a stage named 'DELIVERY'.");
        lists.ShouldBeEmpty();

        Field(cut, "stage-edit", "stage-name").Input("KICKOFF");
        Enter(Field(cut, "stage-edit", "stage-name"));
        lists.ShouldHaveSingleItem()[1].Name.ShouldBe("KICKOFF");
        renames.ShouldBeEmpty(); // no element used it
    }

    [Fact]
    public void Rename_Escape_CancelsWithoutAChange()
    {
        var cut = RenderEditor();
        Row(cut, "Kickoff").QuerySelector("[data-testid=stage-edit-open]")!.Click();

        Field(cut, "stage-edit", "stage-name").Input("Something else");
        Field(cut, "stage-edit", "stage-name").KeyDown(new KeyboardEventArgs { Key = "Escape" });

        cut.FindAll("[data-testid=stage-edit]").ShouldBeEmpty();
        lists.ShouldBeEmpty();
    }

    [Fact]
    public void Move_DownAndUp_RaiseTheReorderedList_AndTheEndsCannotMoveFurther()
    {
        var cut = RenderEditor();

        Row(cut, "Contract").QuerySelector("[data-testid=stage-up]")!.HasAttribute("disabled").ShouldBeTrue();
        Row(cut, "Delivery").QuerySelector("[data-testid=stage-down]")!.HasAttribute("disabled").ShouldBeTrue();
        Row(cut, "Contract").QuerySelector("[data-testid=stage-down]")!.Click();
        lists[^1].Select(s => s.Name).ShouldBe(["Kickoff", "Contract", "Delivery"]);

        Row(cut, "Delivery").QuerySelector("[data-testid=stage-up]")!.Click();
        lists[^1].Select(s => s.Name).ShouldBe(["Contract", "Delivery", "Kickoff"]);
    }

    [Fact]
    public void Remove_AnUnusedStage_RemovesItAtOnce()
    {
        var cut = RenderEditor();

        Row(cut, "Delivery").QuerySelector("[data-testid=stage-edit-open]")!.Click();
        cut.Find("[data-testid=stage-remove]").Click();

        lists.ShouldHaveSingleItem().Select(s => s.Name).ShouldBe(["Contract", "Kickoff"]);
    }

    [Fact]
    public void Remove_AStageInUse_AsksFirst_SayingHowManyElementsUseIt()
    {
        var cut = RenderEditor(usage: new() { ["Kickoff"] = ["Task_A", "Task_B", "Task_C"] });
        Row(cut, "Kickoff").QuerySelector("[data-testid=stage-edit-open]")!.Click();

        cut.Find("[data-testid=stage-remove]").Click();
        cut.Find("[data-testid=stage-remove-confirm]").TextContent.ShouldContain("3 elements use 'Kickoff'.");
        lists.ShouldBeEmpty();
        cut.Find("[data-testid=stage-remove-keep]").Click();
        cut.FindAll("[data-testid=stage-remove-confirm]").ShouldBeEmpty();
        lists.ShouldBeEmpty();

        cut.Find("[data-testid=stage-remove]").Click();
        cut.Find("[data-testid=stage-remove-confirmed]").Click();
        lists.ShouldHaveSingleItem().Select(s => s.Name).ShouldBe(["Contract", "Delivery"]);
        cut.Find("[data-testid=stages-status]").TextContent.ShouldBe("Removed 'Kickoff'.");
    }

    [Fact]
    public void Move_WhileAnotherStageIsOpen_ClosesTheForm()
    {
        var cut = RenderEditor();
        Row(cut, "Delivery").QuerySelector("[data-testid=stage-edit-open]")!.Click();

        Row(cut, "Contract").QuerySelector("[data-testid=stage-down]")!.Click();

        cut.FindAll("[data-testid=stage-edit]").ShouldBeEmpty();
        lists.ShouldHaveSingleItem().Select(s => s.Name).ShouldBe(["Kickoff", "Contract", "Delivery"]);
    }
}
