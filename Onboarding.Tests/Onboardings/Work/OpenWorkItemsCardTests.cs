using Bunit;
using Bunit.TestDoubles;
using MudBlazor.Services;
using Onboarding.Domain.Playbooks;
using Onboarding.Web.Onboardings;
using Onboarding.Workflows.Onboardings.Gates;
using Onboarding.Workflows.Onboardings.Work;

namespace Onboarding.Tests.Onboardings.Work;

public sealed class OpenWorkItemsCardTests : BunitContext
{
    private static readonly DateTime Now = new(2026, 11, 24, 9, 0, 0);

    public OpenWorkItemsCardTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        ComponentFactories.AddStub<CompleteWorkItemButton>();
    }

    [Fact]
    public void Render_GatedItemNotMet_ListsItsChecksMetAndMissing_AndTheButtonSaysWhyItWaits()
    {
        var gate = GateStatus.Of("kickoff-prerequisites", GateEvidence.Nothing with { TeamMembers = 2, QuestionnaireReceived = true });
        WorkItemDetails[] items = [Item("Kickoff prerequisites", gate, Now.AddDays(2)), Item("Hold client kickoff meeting", null, Now.AddDays(-3))];

        var cut = Render<OpenWorkItemsCard>(p => p.Add(c => c.Items, items).Add(c => c.Now, Now));

        var rows = cut.FindAll("[data-testid=work-item]");
        var checks = rows[0].QuerySelectorAll("[data-testid=gate-check]");
        checks.Count.ShouldBe(gate.Checks.Count);
        checks.Count(c => c.GetAttribute("data-met") == "true").ShouldBe(2);
        rows[0].TextContent.ShouldContain("Access verified on every platform: Request access per platform for each team member");
        var buttons = cut.FindComponents<Stub<CompleteWorkItemButton>>();
        buttons[0].Instance.Parameters.Get(b => b.BlockedBecause).ShouldBe($"Waits for {gate.Missing.Count()} checks listed here.");
        buttons[1].Instance.Parameters.Get(b => b.BlockedBecause).ShouldBeNull();
        rows[0].QuerySelector("[data-testid=work-item-due]")!.TextContent.ShouldBe("26 Nov · due in 2 days");
        var overdue = rows[1].QuerySelector("[data-testid=work-item-due]")!;
        overdue.GetAttribute("data-overdue").ShouldBe("true");
        overdue.TextContent.ShouldBe("21 Nov · overdue by 3 days");
    }

    private static WorkItemDetails Item(string title, GateStatus? gate, DateTime due) => new(
        Guid.NewGuid(), title, "Client kickoff", WorkItemStatus.Open, "OpsLead", null, null, due, Now.AddDays(-5), null, null, [], [], gate);
}
