using System.Xml.Linq;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Bpmn;

/// <summary>Reads a <c>laneSet</c> and its nested <c>childLaneSet</c>s; deeper lanes are more specific.</summary>
internal static class LaneReader
{
    public static void Read(XElement laneSet, ModelBuilder model, int depth)
    {
        foreach (var lane in Bpmn.Children(laneSet, "lane"))
        {
            var nodeIds = Bpmn.Children(lane, "flowNodeRef")
                .Select(r => Bpmn.Text(r.Value))
                .OfType<string>()
                .ToList();
            model.Add(new Lane(ModelBuilder.RequireId(lane), Bpmn.Attribute(lane, "name"), nodeIds), depth);
            if (Bpmn.Child(lane, "childLaneSet") is { } children)
            {
                Read(children, model, depth + 1);
            }
        }
    }
}
