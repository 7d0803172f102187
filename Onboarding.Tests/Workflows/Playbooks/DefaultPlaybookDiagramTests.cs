using System.Globalization;
using System.Xml.Linq;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Workflows.Playbooks;

/// <summary>The diagram bpmn-js will draw in the designer: complete, tidy, left to right.</summary>
public sealed class DefaultPlaybookDiagramTests
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace BpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static readonly XNamespace Dc = "http://www.omg.org/spec/DD/20100524/DC";
    private static readonly XNamespace Di = "http://www.omg.org/spec/DD/20100524/DI";

    private static readonly string[] FlowNodeTypes =
        ["startEvent", "endEvent", "userTask", "serviceTask", "task", "exclusiveGateway", "parallelGateway", "intermediateCatchEvent", "boundaryEvent", "subProcess"];

    private static readonly XDocument Document = XDocument.Parse(DefaultPlaybook.Xml);

    private static IEnumerable<XElement> FlowNodes => Document.Descendants().Where(e => e.Name.Namespace == Bpmn && FlowNodeTypes.Contains(e.Name.LocalName));

    private static Dictionary<string, XElement> Shapes =>
        Document.Descendants(BpmnDi + "BPMNShape").ToDictionary(s => (string)s.Attribute("bpmnElement")!);

    [Fact]
    public void UsesTheOnboardingNamespace()
    {
        Document.Root!.GetNamespaceOfPrefix("onboarding")!.NamespaceName.ShouldBe("https://schemas.onboarding.app/bpmn/1.0");
    }

    [Fact]
    public void EveryFlowNode_HasAShapeWithBounds()
    {
        var shapes = Shapes;
        foreach (var node in FlowNodes)
        {
            var id = (string)node.Attribute("id")!;
            shapes.ShouldContainKey(id);
            var bounds = Bounds(shapes[id]);
            bounds.Width.ShouldBeGreaterThan(0);
            bounds.Height.ShouldBeGreaterThan(0);
        }

        shapes.Count.ShouldBe(FlowNodes.Count());
    }

    [Fact]
    public void EveryEventAndGateway_HasALabelWithBounds()
    {
        var shapes = Shapes;
        foreach (var node in FlowNodes.Where(n => n.Name.LocalName.EndsWith("Event", StringComparison.Ordinal) || n.Name.LocalName.EndsWith("Gateway", StringComparison.Ordinal)))
        {
            ((string?)node.Attribute("name")).ShouldNotBeNullOrWhiteSpace();
            shapes[(string)node.Attribute("id")!].Element(BpmnDi + "BPMNLabel")!.Element(Dc + "Bounds").ShouldNotBeNull();
        }
    }

    [Fact]
    public void EveryFlow_HasAnEdgeFromItsSourceToItsTarget()
    {
        var edges = Document.Descendants(BpmnDi + "BPMNEdge").ToDictionary(e => (string)e.Attribute("bpmnElement")!);
        var shapes = Shapes;
        var flows = Document.Descendants(Bpmn + "sequenceFlow").ToList();

        edges.Count.ShouldBe(flows.Count);
        foreach (var flow in flows)
        {
            var points = edges[(string)flow.Attribute("id")!].Elements(Di + "waypoint").Select(Point).ToList();
            points.Count.ShouldBeGreaterThanOrEqualTo(2);
            Touches(Bounds(shapes[(string)flow.Attribute("sourceRef")!]), points[0]).ShouldBeTrue($"{flow.Attribute("id")} starts on its source");
            Touches(Bounds(shapes[(string)flow.Attribute("targetRef")!]), points[^1]).ShouldBeTrue($"{flow.Attribute("id")} ends on its target");
            points.Zip(points.Skip(1)).ShouldAllBe(p => p.First.X == p.Second.X || p.First.Y == p.Second.Y);
        }
    }

    [Fact]
    public void Shapes_DoNotOverlap_ExceptBoundariesOnTheirActivityAndElementsInTheirSubProcess()
    {
        var nodes = FlowNodes.ToList();
        var shapes = Shapes;
        var boxes = nodes.Select(n => (Id: (string)n.Attribute("id")!, Box: Bounds(shapes[(string)n.Attribute("id")!]), Node: n)).ToList();
        foreach (var a in boxes)
        {
            foreach (var b in boxes.Where(b => string.CompareOrdinal(a.Id, b.Id) < 0))
            {
                if (Nested(a.Node, b.Node) || Attached(a.Node, b.Node))
                {
                    continue;
                }

                Overlap(a.Box, b.Box).ShouldBeFalse($"{a.Id} overlaps {b.Id}");
            }
        }
    }

    [Fact]
    public void MainPath_RunsLeftToRight()
    {
        var shapes = Shapes;
        string[] path = ["Start_DealWon", "Task_SendContract", "Catch_DepositPaid", "Task_AssignTeam", "Task_SendWelcomeEmail",
            "SubProcess_AwaitQuestionnaire", "Gateway_SetupSplit", "Gateway_SetupJoin", "Task_KickoffPrerequisites", "Task_WriteSow",
            "Gateway_Phase2", "Catch_ScopeApproved", "End_ClientOnboarded"];

        path.Select(id => Bounds(shapes[id]).X).ShouldBeInOrder(SortDirection.Ascending);
    }

    private static bool Nested(XElement a, XElement b) => a.Ancestors().Contains(b) || b.Ancestors().Contains(a);

    private static bool Attached(XElement a, XElement b) =>
        (string?)a.Attribute("attachedToRef") == (string?)b.Attribute("id") || (string?)b.Attribute("attachedToRef") == (string?)a.Attribute("id");

    private static (double X, double Y, double Width, double Height) Bounds(XElement shape)
    {
        var b = shape.Element(Dc + "Bounds")!;
        return (D(b, "x"), D(b, "y"), D(b, "width"), D(b, "height"));
    }

    private static (double X, double Y) Point(XElement waypoint) => (D(waypoint, "x"), D(waypoint, "y"));

    private static double D(XElement e, string name) => double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);

    private static bool Touches((double X, double Y, double Width, double Height) box, (double X, double Y) p) =>
        p.X >= box.X - 1 && p.X <= box.X + box.Width + 1 && p.Y >= box.Y - 1 && p.Y <= box.Y + box.Height + 1;

    private static bool Overlap((double X, double Y, double Width, double Height) a, (double X, double Y, double Width, double Height) b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
}
