using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor.Services;
using Onboarding.Web.Playbooks;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Playbooks;

public sealed class PropertiesPanelTests : BunitContext
{
    private readonly List<PropertyChanges> changes = [];

    public PropertiesPanelTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    private static SelectedElement UserTask(string? checklist = null)
    {
        var attributes = new Dictionary<string, string> { ["stage"] = "Contract", ["role"] = "AccountManager", ["dueBusinessDays"] = "2" };
        if (checklist is not null) attributes["checklist"] = checklist;
        return new SelectedElement("Task_SendContract", SelectedElement.UserTask, "Send the contract", attributes);
    }

    private IRenderedComponent<PropertiesPanel> RenderPanel(SelectedElement? element) =>
        Render<PropertiesPanel>(p => p
            .Add(c => c.Element, element)
            .Add(c => c.Stages, [new PlaybookStage("Kick-off", "#000"), new PlaybookStage("Contract", "#111")])
            .Add(c => c.OnChange, EventCallback.Factory.Create<PropertyChanges>(this, c => changes.Add(c))));

    private static AngleSharp.Dom.IElement Field(IRenderedComponent<PropertiesPanel> cut, string testId) =>
        cut.Find($"input[data-testid={testId}], [data-testid={testId}] input");

    [Fact]
    public void Render_NothingSelected_ShowsTheEmptyState()
    {
        var cut = RenderPanel(null);

        cut.Find("[data-testid=properties-empty]").TextContent.ShouldBe("Select an element to edit its properties");
        cut.FindAll("[data-testid=prop-name]").ShouldBeEmpty();
    }

    [Fact]
    public void Render_UserTask_ShowsNameStageRoleDueDaysAndChecklist()
    {
        var cut = RenderPanel(UserTask("Draft|Send"));

        cut.Find("[data-testid=properties-element]").TextContent.ShouldContain("User task · Task_SendContract");
        Field(cut, "prop-name").GetAttribute("value").ShouldBe("Send the contract");
        cut.Find("[data-testid=prop-stage]").TextContent.ShouldBe("Contract");
        Field(cut, "prop-role").GetAttribute("value").ShouldBe("Account manager");
        Field(cut, "prop-due-days").GetAttribute("value").ShouldBe("2");
        cut.FindAll("[data-testid=checklist-item]").Select(li => li.TextContent.Trim()).ShouldBe(["Draft", "Send"]);
        cut.FindAll("[data-testid=prop-automation]").ShouldBeEmpty();
        foreach (var label in new[] { "Name", "Stage", "Role", "Due in business days", "New checklist item" })
            cut.Markup.ShouldContain(label);
    }

    [Fact]
    public void Render_ServiceTask_ShowsAutomationNotUserTaskFields()
    {
        var cut = RenderPanel(new SelectedElement("Task_Auto", SelectedElement.ServiceTask, "Set flag", new Dictionary<string, string>()));

        cut.FindAll("[data-testid=prop-automation]").Count.ShouldBe(1);
        cut.FindAll("[data-testid=prop-role]").ShouldBeEmpty();
        cut.FindAll("[data-testid=prop-due-days]").ShouldBeEmpty();
    }

    [Fact]
    public void Render_ServiceTaskWithAChosenAutomation_EditsItsParameters()
    {
        var attributes = new Dictionary<string, string> { ["automation"] = "variables.set", ["parameters"] = "tier=gold" };
        var cut = Render<PropertiesPanel>(p => p
            .Add(c => c.Element, new SelectedElement("Task_Auto", SelectedElement.ServiceTask, "Set flag", attributes))
            .Add(c => c.Automations, [new Onboarding.Workflows.Automations.SetVariablesAutomation()])
            .Add(c => c.OnChange, EventCallback.Factory.Create<PropertyChanges>(this, c => changes.Add(c))));

        cut.Find("[data-testid=prop-automation-description]").TextContent.ShouldContain("Sets instance variables");
        cut.Find("[data-testid=parameter-remove]").Click();

        changes.ShouldHaveSingleItem().Changes.ShouldBe(new Dictionary<string, string?> { ["parameters"] = null });
    }

    [Theory]
    [InlineData("0")]
    [InlineData("251")]
    [InlineData("2.5")]
    [InlineData("abc")]
    public void Change_BadDueDays_ShowsTheRule_AndChangesNothing(string value)
    {
        var cut = RenderPanel(UserTask());

        Field(cut, "prop-due-days").Change(value);

        cut.Markup.ShouldContain("Enter a whole number of business days from 1 to 250.");
        changes.ShouldBeEmpty();
    }

    [Fact]
    public void Change_DueDays_RaisesTheAttributeChange()
    {
        var cut = RenderPanel(UserTask());

        Field(cut, "prop-due-days").Change("4");

        var change = changes.ShouldHaveSingleItem();
        change.ElementId.ShouldBe("Task_SendContract");
        change.Changes.ShouldBe(new Dictionary<string, string?> { ["dueBusinessDays"] = "4" });
    }

    [Fact]
    public void Change_EmptyDueDays_RemovesTheAttribute()
    {
        var cut = RenderPanel(UserTask());

        Field(cut, "prop-due-days").Change("");

        changes.ShouldHaveSingleItem().Changes.ShouldBe(new Dictionary<string, string?> { ["dueBusinessDays"] = null });
    }

    [Fact]
    public void Change_Name_RaisesTheNameChange_AndAnUnchangedValueRaisesNothing()
    {
        var cut = RenderPanel(UserTask());

        Field(cut, "prop-name").Change("Send the contract");
        changes.ShouldBeEmpty();

        Field(cut, "prop-name").Change("Send the signed contract");
        changes.ShouldHaveSingleItem().Changes.ShouldBe(new Dictionary<string, string?> { ["name"] = "Send the signed contract" });
    }

    [Fact]
    public void Checklist_MoveAndRemove_RaiseTheWholeList()
    {
        var cut = RenderPanel(UserTask("Draft|Review|Send"));

        cut.FindAll("[data-testid=checklist-down]")[0].Click();
        changes[^1].Changes["checklist"].ShouldBe("Review|Draft|Send");

        cut.FindAll("[data-testid=checklist-remove]")[2].Click();
        changes[^1].Changes["checklist"].ShouldBe("Review|Draft");
    }

    [Fact]
    public void Checklist_AddOnEnter_AppendsTheItem_AndRejectsTheSeparator()
    {
        var cut = RenderPanel(UserTask("Draft"));

        Field(cut, "prop-checklist-new").Input("Bad|item");
        Field(cut, "prop-checklist-new").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
        cut.Markup.ShouldContain("A checklist item cannot contain '|'.");
        changes.ShouldBeEmpty();

        Field(cut, "prop-checklist-new").Input("Call the client");
        Field(cut, "prop-checklist-new").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
        changes.ShouldHaveSingleItem().Changes["checklist"].ShouldBe("Draft|Call the client");
    }

    [Fact]
    public void FromJson_ReadsDesignerDescription_AndNull()
    {
        SelectedElement.FromJson(null).ShouldBeNull();
        var element = SelectedElement.FromJson("""{"id":"Task_A","type":"bpmn:UserTask","name":"A","attributes":{"role":"Finance"}}""")!;
        element.Id.ShouldBe("Task_A");
        element.Type.ShouldBe(SelectedElement.UserTask);
        element.Attribute("role").ShouldBe("Finance");
    }

    private static SelectedElement Timer(string kind, string expression) =>
        new("Timer_Reminder", "bpmn:BoundaryEvent", "Reminder", new Dictionary<string, string>()) { TimerKind = kind, TimerExpression = expression };

    [Fact]
    public void Render_Timer_ShowsKindAndExpression_WithAPlainLanguagePreview()
    {
        var cut = RenderPanel(Timer("Cycle", "R3/P2BD"));

        cut.FindAll("[data-testid=prop-timer-kind]").ShouldNotBeEmpty();
        Field(cut, "prop-timer-expression").GetAttribute("value").ShouldBe("R3/P2BD");
        cut.Markup.ShouldContain("every 2 business days, 3 times");
        cut.FindAll("[data-testid=prop-role]").ShouldBeEmpty();
    }

    [Fact]
    public void Timer_BadExpression_ShowsTheParseError_AndChangesNothing_ThenAGoodOneIsAppliedOnBlur()
    {
        var cut = RenderPanel(Timer("Duration", "P3BD"));

        Field(cut, "prop-timer-expression").Input("soon");
        cut.Find(".mud-input-helper-text.mud-input-error").TextContent.ShouldNotBeNullOrWhiteSpace();
        changes.ShouldBeEmpty();

        Field(cut, "prop-timer-expression").Input("PT4H");
        cut.FindAll(".mud-input-error").ShouldBeEmpty();
        changes.ShouldBeEmpty();
        Field(cut, "prop-timer-expression").Blur();
        changes.ShouldHaveSingleItem().Changes.ShouldBe(new Dictionary<string, string?> { ["timerKind"] = "Duration", ["timerExpression"] = "PT4H" });
    }

    [Fact]
    public void Render_MessageEvent_ShowsTheMessage()
    {
        var cut = RenderPanel(new SelectedElement("Catch_DepositPaid", "bpmn:IntermediateCatchEvent", "Deposit paid", new Dictionary<string, string>())
            { IsMessage = true, Message = "DepositPaid" });

        cut.Find("[data-testid=prop-message]").TextContent.ShouldBe("DepositPaid");
    }

    private static SelectedElement Flow(string condition, string sourceType = "bpmn:ExclusiveGateway", bool isDefault = false) =>
        new("Flow_Yes", SelectedElement.SequenceFlow, "", new Dictionary<string, string>())
            { Condition = condition, SourceType = sourceType, IsDefault = isDefault };

    [Fact]
    public void Condition_BadSyntax_ShowsTheMessageLive_AndChangesNothing()
    {
        var cut = RenderPanel(Flow(""));

        Field(cut, "prop-condition").Input("vars.deposit >");
        cut.Find(".mud-input-helper-text.mud-input-error").TextContent.ShouldNotBeNullOrWhiteSpace();
        Field(cut, "prop-condition").Blur();
        changes.ShouldBeEmpty();

        Field(cut, "prop-condition").Input("vars.deposit > 0");
        Field(cut, "prop-condition").Blur();
        changes.ShouldHaveSingleItem().Changes.ShouldBe(new Dictionary<string, string?> { ["condition"] = "vars.deposit > 0" });
    }

    [Fact]
    public void DefaultFlow_Switch_RaisesTheDefaultChange()
    {
        var cut = RenderPanel(Flow("", isDefault: false));

        cut.Find("input[data-testid=prop-default], [data-testid=prop-default] input").Change(true);

        changes.ShouldHaveSingleItem().Changes.ShouldBe(new Dictionary<string, string?> { ["default"] = "true" });
    }

    [Fact]
    public void Render_FlowOutOfAnEvent_HasNoCondition()
    {
        var cut = RenderPanel(Flow("", sourceType: "bpmn:StartEvent"));

        cut.FindAll("[data-testid=prop-condition]").ShouldBeEmpty();
        cut.FindAll("[data-testid=prop-default]").ShouldBeEmpty();
    }
}
