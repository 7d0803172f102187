using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Extensions;
using MudBlazor.Services;
using Onboarding.Web.Playbooks;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Onboardings.Readiness;

/// <summary>The designer's properties panel picks a user task's gates from the gates the product knows.</summary>
public sealed class GatePickerTests : BunitContext
{
    private readonly List<PropertyChanges> changes = [];

    public GatePickerTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    private IRenderedComponent<PropertiesPanel> RenderTask(string? gate)
    {
        var attributes = new Dictionary<string, string> { ["stage"] = "Reporting", ["role"] = "AccountManager" };
        if (gate is not null) attributes["gate"] = gate;
        return Render<PropertiesPanel>(p => p
            .Add(c => c.Element, new SelectedElement("Task_AgreeKpis", SelectedElement.UserTask, "Agree KPIs", attributes))
            .Add(c => c.Stages, [new PlaybookStage("Reporting", "#000")])
            .Add(c => c.OnChange, EventCallback.Factory.Create<PropertyChanges>(this, c => changes.Add(c))));
    }

    private static IRenderedComponent<MudSelect<string>> Gates(IRenderedComponent<PropertiesPanel> cut) =>
        cut.FindComponents<MudSelect<string>>().Single(s => s.Instance.MultiSelection);

    [Fact]
    public void Render_GatedTask_SelectsItsGateKeys()
    {
        var cut = RenderTask("reporting-plan communication-plan");

        Gates(cut).Instance.GetState(x => x.SelectedValues).ShouldBe(["reporting-plan", "communication-plan"]);
    }

    [Fact]
    public async Task Choose_Gates_AppliesThemAsOneSpaceSeparatedAttribute_AndNoneRemovesIt()
    {
        var cut = RenderTask(null);

        await cut.InvokeAsync(() => Gates(cut).Instance.SelectedValuesChanged.InvokeAsync(["goals-defined", "brand-guidelines"]));
        var cleared = RenderTask("goals-defined");
        await cleared.InvokeAsync(() => Gates(cleared).Instance.SelectedValuesChanged.InvokeAsync([]));

        changes.Select(c => (c.ElementId, c.Changes["gate"])).ShouldBe([("Task_AgreeKpis", "goals-defined brand-guidelines"), ("Task_AgreeKpis", null)]);
    }
}
