using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor.Services;
using Onboarding.Web.Playbooks;
using Onboarding.Workflows.Validation;

namespace Onboarding.Tests.Playbooks;

public sealed class FindingsCardTests : BunitContext
{
    private static readonly ValidationFinding MissingRole =
        new(FindingSeverity.Error, "user-task-role", "Task_Call", "The user task 'Call the client' has no role: choose who does it.");

    private static readonly ValidationFinding NoEnd =
        new(FindingSeverity.Error, "no-end", "", "The process has no end event: add one.");

    private static readonly ValidationFinding LongDue =
        new(FindingSeverity.Warning, "due-long", "Task_Report", "The task 'Report' is due in 120 business days.");

    public FindingsCardTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    [Fact]
    public void Render_NoFindings_SaysTheVersionCanBePublished()
    {
        var cut = Render<FindingsCard>(p => p.Add(c => c.Findings, []));

        cut.Find("[data-testid=findings-none]").TextContent.ShouldContain("can be published");
        cut.FindAll("[data-testid=finding]").ShouldBeEmpty();
        cut.Find("h6").TextContent.ShouldBe("Checks");
    }

    [Fact]
    public void Render_Findings_ListsEachWithItsElement_AndCountsErrorsAndWarnings()
    {
        var cut = Render<FindingsCard>(p => p.Add(c => c.Findings, [MissingRole, NoEnd, LongDue]));

        var items = cut.FindAll("[data-testid=finding]");
        items.Count.ShouldBe(3);
        items[0].TextContent.ShouldContain("Task_Call: The user task 'Call the client' has no role");
        items[0].ClassList.ShouldContain("mud-alert-text-error");
        items[1].QuerySelector("code").ShouldBeNull();
        items[2].ClassList.ShouldContain("mud-alert-text-warning");
        cut.Find("h6").TextContent.ShouldBe("Checks (2 errors, 1 warning)");
        cut.Find(".findings-list").ShouldNotBeNull();
    }

    [Fact]
    public void Click_AFindingNamingAnElement_AsksForThatElement_OthersDoNothing()
    {
        var asked = new List<string>();
        var cut = Render<FindingsCard>(p => p
            .Add(c => c.Findings, [MissingRole, NoEnd])
            .Add(c => c.OnSelect, EventCallback.Factory.Create<ValidationFinding>(this, f => asked.Add(f.ElementId))));

        cut.Find("[data-element=Task_Call]").Click();
        cut.Find("[data-element='']").Click();

        asked.ShouldBe(["Task_Call"]);
        cut.Find("[data-element=Task_Call]").ClassList.ShouldContain("finding-link");
        cut.Find("[data-element='']").ClassList.ShouldNotContain("finding-link");
    }

    [Fact]
    public void Render_WithoutOnSelect_FindingsAreNotLinks()
    {
        var cut = Render<FindingsCard>(p => p.Add(c => c.Findings, [MissingRole]));

        cut.Find("[data-element=Task_Call]").ClassList.ShouldNotContain("finding-link");
        cut.Find("[data-element=Task_Call]").HasAttribute("title").ShouldBeFalse();
    }
}
