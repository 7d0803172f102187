using System.Xml.Linq;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Bpmn;

/// <summary>
/// Turns a BPMN flow node element into a <see cref="FlowNode"/> of a kind the engine runs, or says why it is
/// unsupported (an event definition, a loop marker, an event subprocess...).
/// </summary>
internal static class NodeFactory
{
    private static readonly HashSet<string> LoopMarkers = ["multiInstanceLoopCharacteristics", "standardLoopCharacteristics"];

    /// <summary>The node (without incoming/outgoing, lanes or our attributes), or null with <paramref name="unsupported"/> set.</summary>
    public static FlowNode? Create(XElement element, string id, string? parentId, DefinitionsIndex index, out string? unsupported)
    {
        unsupported = Marker(element);
        if (unsupported is not null)
        {
            return null;
        }

        var node = new FlowNode { Id = id, Name = Bpmn.Attribute(element, "name"), Kind = NodeKind.Task, ParentId = parentId, DefaultFlowId = Bpmn.Attribute(element, "default") };
        var definitions = EventDefinitions.Of(element, index);
        switch (element.Name.LocalName)
        {
            case "userTask":
                return node with { Kind = NodeKind.UserTask };
            case "serviceTask":
                return node with { Kind = NodeKind.ServiceTask };
            case "task" or "manualTask":
                return node;
            case "exclusiveGateway":
                return node with { Kind = NodeKind.ExclusiveGateway };
            case "parallelGateway":
                return node with { Kind = NodeKind.ParallelGateway };
            case "subProcess":
                return node with { Kind = NodeKind.SubProcess };
            case "startEvent" when definitions.Count == 0:
                return node with { Kind = NodeKind.StartEvent };
            case "endEvent" when definitions.Count == 0:
                return node with { Kind = NodeKind.EndEvent };
            case "endEvent" when EventDefinitions.IsSingle(definitions, "terminateEventDefinition"):
                return node with { Kind = NodeKind.EndEvent, Terminate = true };
            case "endEvent" when EventDefinitions.IsSingle(definitions, "errorEventDefinition"):
                return node with { Kind = NodeKind.EndEvent, ThrowsErrorCode = index.ErrorCode(Bpmn.Attribute(definitions[0], "errorRef")) ?? "error" };
            case "intermediateCatchEvent" when EventDefinitions.IsSingle(definitions, "messageEventDefinition"):
                return node with { Kind = NodeKind.MessageCatch, MessageName = index.MessageName(Bpmn.Attribute(definitions[0], "messageRef")) };
            case "intermediateCatchEvent" when EventDefinitions.IsSingle(definitions, "timerEventDefinition"):
                return node with { Kind = NodeKind.TimerCatch, Timer = EventDefinitions.Timer(definitions[0]) };
            case "boundaryEvent" when EventDefinitions.IsSingle(definitions, "timerEventDefinition"):
                return Boundary(node, element) with { Boundary = BoundaryKind.Timer, Timer = EventDefinitions.Timer(definitions[0]) };
            case "boundaryEvent" when EventDefinitions.IsSingle(definitions, "errorEventDefinition"):
                return Boundary(node, element) with { Boundary = BoundaryKind.Error, CatchesErrorCode = index.ErrorCode(Bpmn.Attribute(definitions[0], "errorRef")) };
            default:
                unsupported = EventDefinitions.Describe(definitions);
                return null;
        }
    }

    private static FlowNode Boundary(FlowNode node, XElement element) => node with
    {
        Kind = NodeKind.BoundaryEvent,
        AttachedToId = Bpmn.Attribute(element, "attachedToRef"),
        CancelActivity = !string.Equals(Bpmn.Attribute(element, "cancelActivity"), "false", StringComparison.OrdinalIgnoreCase),
    };

    /// <summary>A marker that makes any activity unsupported: a loop, compensation, an event subprocess.</summary>
    private static string? Marker(XElement element)
    {
        var loop = element.Elements().FirstOrDefault(c => c.Name.Namespace == Bpmn.Ns && LoopMarkers.Contains(c.Name.LocalName));
        if (loop is not null)
        {
            return loop.Name.LocalName;
        }

        if (Bpmn.IsTrue(element, "isForCompensation"))
        {
            return "isForCompensation";
        }

        return element.Name.LocalName == "subProcess" && Bpmn.IsTrue(element, "triggeredByEvent") ? "triggeredByEvent" : null;
    }
}
