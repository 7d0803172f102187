using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Model;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Workflows.Playbooks;

public sealed class VersionComparisonTests
{
    private static FlowNode Node(string id, string? name = null, NodeKind kind = NodeKind.UserTask) => new() { Id = id, Name = name, Kind = kind };

    private static ProcessModel Model(params FlowNode[] nodes) => new("Process", null, nodes, [], [], []);

    [Fact]
    public void SameXml_HasNoDifference()
    {
        var comparison = VersionComparison.Compare(BpmnReader.Read(DefaultPlaybook.Xml), BpmnReader.Read(DefaultPlaybook.Xml));

        comparison.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void RenamedTask_IsChanged_WithItsNewLabel()
    {
        var after = DefaultPlaybook.Xml.Replace("name=\"Send contract for e-signature\"", "name=\"Send the contract\"", StringComparison.Ordinal);

        var comparison = VersionComparison.Compare(BpmnReader.Read(DefaultPlaybook.Xml), BpmnReader.Read(after));

        comparison.Changed.ShouldBe([new ComparedNode("Task_SendContract", "Send the contract")]);
        comparison.Added.ShouldBeEmpty();
        comparison.Removed.ShouldBeEmpty();
    }

    [Fact]
    public void NodesOnlyInOneVersion_AreAddedOrRemoved_LabelledByNameElseId()
    {
        var comparison = VersionComparison.Compare(
            Model(Node("A", "Kept"), Node("Old", "Old task")),
            Model(Node("A", "Kept"), Node("New")));

        comparison.Added.ShouldBe([new ComparedNode("New", "New")]);
        comparison.Removed.ShouldBe([new ComparedNode("Old", "Old task")]);
        comparison.Changed.ShouldBeEmpty();
    }

    public static TheoryData<string> Changes => new() { "kind", "stage", "role", "due", "checklist", "automation", "timer", "incoming", "outgoing" };

    [Theory]
    [MemberData(nameof(Changes))]
    public void EachComparedProperty_MakesTheNodeChanged(string change)
    {
        var before = Node("A", "Task") with { Stage = "S", Role = "R", DueBusinessDays = 1, Checklist = ["x"], Automation = "a", Incoming = ["f1"], Outgoing = ["f2"] };
        var after = change switch
        {
            "kind" => before with { Kind = NodeKind.ServiceTask },
            "stage" => before with { Stage = "T" },
            "role" => before with { Role = "Q" },
            "due" => before with { DueBusinessDays = 2 },
            "checklist" => before with { Checklist = ["x", "y"] },
            "automation" => before with { Automation = "b" },
            "timer" => before with { Timer = new TimerDefinition(TimerKind.Duration, "P1D") },
            "incoming" => before with { Incoming = ["f3"] },
            _ => before with { Outgoing = [] },
        };

        var comparison = VersionComparison.Compare(Model(before), Model(after));

        comparison.Changed.Select(c => c.Id).ShouldBe(["A"]);
    }

    [Fact]
    public void EqualButDistinctLists_AreNotChanges()
    {
        var before = Node("A") with { Checklist = ["x"], Incoming = ["f"] };
        var after = Node("A") with { Checklist = new List<string> { "x" }, Incoming = new List<string> { "f" } };

        VersionComparison.Compare(Model(before), Model(after)).IsEmpty.ShouldBeTrue();
    }
}
