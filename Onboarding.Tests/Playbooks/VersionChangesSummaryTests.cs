using Bunit;
using MudBlazor.Services;
using Onboarding.Web.Playbooks;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Playbooks;

public sealed class VersionChangesSummaryTests : BunitContext
{
    public VersionChangesSummaryTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    [Fact]
    public void Render_Changes_ListsAddedRemovedAndChangedElements_WithIdsAndLabels()
    {
        var comparison = new VersionComparison(
            [new ComparedNode("Task_New", "Call the client")],
            [new ComparedNode("Task_Old", "Task_Old")],
            [new ComparedNode("Task_SendContract", "Send the contract")]);

        var cut = Render<VersionChangesSummary>(p => p.Add(c => c.Comparison, comparison).Add(c => c.BaseLabel, "v3"));

        cut.Markup.ShouldContain("Changes against v3");
        cut.Find("[data-testid=changes-added]").TextContent.ShouldContain("Added (1)");
        cut.Find("[data-testid=changes-added] li").TextContent.ShouldBe("Task_New · Call the client");
        cut.Find("[data-testid=changes-removed] li").TextContent.ShouldBe("Task_Old");
        cut.Find("[data-testid=changes-changed] li").TextContent.ShouldBe("Task_SendContract · Send the contract");
    }

    [Fact]
    public void Render_NoChange_SaysSo_AndListsNothing()
    {
        var cut = Render<VersionChangesSummary>(p => p.Add(c => c.Comparison, new VersionComparison([], [], [])).Add(c => c.BaseLabel, "v1"));

        cut.Find("[data-testid=changes-none]").TextContent.ShouldContain("against v1");
        cut.FindAll("[data-testid=changed-element]").ShouldBeEmpty();
    }

    [Fact]
    public void Render_NothingPublished_SaysItIsTheFirstVersion()
    {
        var cut = Render<VersionChangesSummary>(p => p.Add(c => c.Comparison, null).Add(c => c.BaseLabel, null));

        cut.Find("[data-testid=changes-first]").TextContent.ShouldBe("This is the playbook's first published version.");
    }

    [Fact]
    public void Render_StageListChanges_ListsAddedAndRemovedStages_AndAReorder()
    {
        var comparison = new VersionComparison([], [], []) { Stages = new StageComparison(["Delivery"], ["Kickoff", "Wrap-up"], true) };

        var cut = Render<VersionChangesSummary>(p => p.Add(c => c.Comparison, comparison).Add(c => c.BaseLabel, "v2"));

        cut.FindAll("[data-testid=changes-none]").ShouldBeEmpty();
        cut.Find("[data-testid=stages-added]").TextContent.ShouldBe("Added: Delivery");
        cut.Find("[data-testid=stages-removed]").TextContent.ShouldBe("Removed: Kickoff, Wrap-up");
        cut.Find("[data-testid=stages-reordered]").TextContent.ShouldBe("Order or colours changed");
    }
}
