using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor.Services;
using Onboarding.Web.Playbooks;
using Onboarding.Workflows.Automations;

namespace Onboarding.Tests.Playbooks;

public sealed class AutomationParametersEditorTests : BunitContext
{
    private readonly List<string?> changes = [];

    public AutomationParametersEditorTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    private IRenderedComponent<AutomationParametersEditor> RenderEditor(string? text) =>
        Render<AutomationParametersEditor>(p => p
            .Add(c => c.Automation, new SetVariablesAutomation())
            .Add(c => c.Text, text)
            .Add(c => c.OnChange, EventCallback.Factory.Create<string?>(this, t => changes.Add(t))));

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<AutomationParametersEditor> cut, string testId, int index = 0) =>
        cut.FindAll($"[data-testid={testId}] input, input[data-testid={testId}]")[index];

    [Fact]
    public void Render_ShowsTheAutomationsDeclaredParameters_AndEachValueSet()
    {
        var cut = RenderEditor("tier=gold;depositRequired=true");

        cut.Find("[data-testid=prop-parameters-help]").TextContent.ShouldContain("Each parameter becomes a variable");
        cut.FindAll("[data-testid=parameter]").Count.ShouldBe(2);
        Input(cut, "parameter-value", 0).GetAttribute("value").ShouldBe("gold");
        cut.FindAll("[data-testid=parameter] label")[1].TextContent.ShouldBe("depositRequired");
    }

    [Fact]
    public void Add_AParameter_AppendsItToTheText()
    {
        var cut = RenderEditor("tier=gold");

        Input(cut, "parameter-new-name").Input("region");
        Input(cut, "parameter-new-value").Input("EU");
        cut.Find("[data-testid=parameter-add]").Click();

        changes.ShouldBe(["tier=gold;region=EU"]);
        cut.FindAll("[data-testid=parameter]").Count.ShouldBe(2);
        Input(cut, "parameter-new-name").GetAttribute("value").ShouldBeNullOrEmpty();
    }

    [Fact]
    public void Add_ANameAlreadySet_OrAValueWithTheSeparator_IsRefusedWithTheRule()
    {
        var cut = RenderEditor("tier=gold");

        Input(cut, "parameter-new-name").Input("tier");
        cut.Find("[data-testid=parameter-add]").Click();
        cut.Markup.ShouldContain("The parameter 'tier' is already set; change its value instead.");

        Input(cut, "parameter-new-name").Input("region");
        Input(cut, "parameter-new-value").Input("EU;US");
        cut.Find("[data-testid=parameter-add]").Click();
        cut.Markup.ShouldContain("A value cannot contain ';'");

        Input(cut, "parameter-new-name").Input("");
        Input(cut, "parameter-new-value").Input("x");
        cut.Find("[data-testid=parameter-add]").Click();
        cut.Markup.ShouldContain("Give the parameter a name.");

        changes.ShouldBeEmpty();
    }

    [Fact]
    public void Change_AValue_AndRemoveParameters_RewriteTheText_AndTheLastRemovalRemovesTheAttribute()
    {
        var cut = RenderEditor("tier=gold;depositRequired=true");

        Input(cut, "parameter-value", 0).Change("silver");
        cut.FindAll("[data-testid=parameter-remove]")[1].Click();
        cut.FindAll("[data-testid=parameter-remove]")[0].Click();

        changes.ShouldBe(["tier=silver;depositRequired=true", "tier=silver", null]);
        cut.Markup.ShouldContain("No parameters set.");
    }

    [Fact]
    public void Text_ChangedInTheModeler_IsReadAgain()
    {
        var cut = RenderEditor("tier=gold");

        cut.Render(p => p.Add(c => c.Text, "tier=bronze;region=EU"));

        cut.FindAll("[data-testid=parameter]").Count.ShouldBe(2);
        Input(cut, "parameter-value", 0).GetAttribute("value").ShouldBe("bronze");
    }
}
