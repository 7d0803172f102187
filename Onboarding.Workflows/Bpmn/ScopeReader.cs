using System.Xml.Linq;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Bpmn;

/// <summary>Reads the flow elements of a process or an embedded subprocess (recursively) into a <see cref="ModelBuilder"/>.</summary>
internal sealed class ScopeReader(DefinitionsIndex index, ModelBuilder model)
{
    private static readonly string[] Performers = ["potentialOwner", "humanPerformer", "performer"];

    /// <summary>Reads the children of <paramref name="container"/>; <paramref name="parentId"/> is null at the process level.</summary>
    public void Read(XElement container, string? parentId, int depth)
    {
        foreach (var child in container.Elements())
        {
            if (child.Name.Namespace != Bpmn.Ns)
            {
                continue;
            }

            var localName = child.Name.LocalName;
            if (localName == "sequenceFlow")
            {
                model.Add(Flow(child, model.Claim(child)));
            }
            else if (localName == "laneSet")
            {
                LaneReader.Read(child, model, depth * 100);
            }
            else if (Bpmn.UnsupportedFlowNodes.Contains(localName))
            {
                model.Add(new UnsupportedElement(model.Claim(child), localName, Bpmn.Attribute(child, "name"), parentId));
            }
            else if (Bpmn.SupportedFlowNodes.Contains(localName))
            {
                ReadNode(child, parentId, depth);
            }
        }
    }

    private void ReadNode(XElement element, string? parentId, int depth)
    {
        var id = model.Claim(element);
        var node = NodeFactory.Create(element, id, parentId, index, out var unsupported);
        if (node is null)
        {
            model.Add(new UnsupportedElement(id, element.Name.LocalName, Bpmn.Attribute(element, "name"), parentId)
            {
                Detail = unsupported,
                AttachedToId = Bpmn.Attribute(element, "attachedToRef"),
            });
            return;
        }

        model.Add(OnboardingAttributes.Apply(node, element, model.Problems));
        if (node.Kind == NodeKind.UserTask && PotentialOwner(element) is { } role)
        {
            model.AddPotentialOwner(id, role);
        }

        if (node.Kind == NodeKind.SubProcess)
        {
            Read(element, id, depth + 1);
        }
    }

    private SequenceFlow Flow(XElement element, string id)
    {
        var condition = Bpmn.Child(element, "conditionExpression");
        return new SequenceFlow(
            id,
            Bpmn.Attribute(element, "name"),
            Bpmn.Attribute(element, "sourceRef") ?? "",
            Bpmn.Attribute(element, "targetRef") ?? "",
            condition?.Value.Trim(),
            condition is null ? null : Bpmn.Attribute(condition, "language") ?? index.ExpressionLanguage);
    }

    /// <summary>The name of the resource a user task's potential owner (or performer) refers to.</summary>
    private string? PotentialOwner(XElement task) =>
        Performers
            .SelectMany(p => Bpmn.Children(task, p))
            .SelectMany(p => Bpmn.Children(p, "resourceRef"))
            .Select(r => index.ResourceName(Bpmn.Text(r.Value)))
            .FirstOrDefault(name => name is not null);
}
