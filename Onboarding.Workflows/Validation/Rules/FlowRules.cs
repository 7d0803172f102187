using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Validation.Rules;

/// <summary><c>dangling-flow</c>: every sequence flow has a source and a target that exist.</summary>
internal sealed class DanglingFlowRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context)
    {
        foreach (var flow in graph.Flows)
        {
            foreach (var (end, id) in new[] { ("source", flow.SourceId), ("target", flow.TargetId) })
            {
                if (id.Length == 0 || !graph.Exists(id))
                {
                    var what = id.Length == 0 ? $"has no {end}" : $"has the {end} '{id}', which does not exist";
                    yield return new(FindingSeverity.Error, "dangling-flow", flow.Id,
                        $"The {ProcessGraph.Describe(flow)} {what}; connect both of its ends to elements, or delete it.");
                }
            }
        }
    }
}

/// <summary><c>flow-scope</c>: a sequence flow stays inside one process or subprocess.</summary>
internal sealed class FlowScopeRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context) =>
        graph.Flows
            .Where(f => graph.Exists(f.SourceId) && graph.Exists(f.TargetId) && graph.ParentOf(f.SourceId) != graph.ParentOf(f.TargetId))
            .Select(f => new ValidationFinding(FindingSeverity.Error, "flow-scope", f.Id,
                $"The {ProcessGraph.Describe(f)} crosses the border of a subprocess (from {graph.DescribeElement(f.SourceId)} to "
                + $"{graph.DescribeElement(f.TargetId)}); connect to the subprocess itself, and use its start and end events inside."));
}

/// <summary><c>no-outgoing</c>: every node except end events has an outgoing flow (no implicit ends).</summary>
internal sealed class NoOutgoingRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context) =>
        graph.Nodes.Where(n => n.Kind != NodeKind.EndEvent && n.Outgoing.Count == 0).Select(n => new ValidationFinding(
            FindingSeverity.Error, "no-outgoing", n.Id,
            $"{AttributeProblemRule.Capitalized(ProcessGraph.Describe(n))} has no outgoing flow; connect it to "
            + (n.Kind == NodeKind.BoundaryEvent ? "what should happen when it fires." : "the next step, or to an end event.")));
}

/// <summary><c>default-flow</c>: a default flow leaves the element that names it, on a gateway or activity that can have one.</summary>
internal sealed class DefaultFlowRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context)
    {
        foreach (var node in graph.Nodes.Where(n => n.DefaultFlowId is not null))
        {
            var flow = graph.Flow(node.DefaultFlowId);
            var owner = AttributeProblemRule.Capitalized(ProcessGraph.Describe(node));
            if (node.Kind != NodeKind.ExclusiveGateway && !node.IsActivity)
            {
                yield return new(FindingSeverity.Error, "default-flow", node.Id,
                    $"{owner} names a default flow, but only exclusive gateways and activities have one; remove the default marker.");
            }
            else if (flow is null || flow.SourceId != node.Id)
            {
                yield return new(FindingSeverity.Error, "default-flow", node.Id,
                    $"{owner} names '{node.DefaultFlowId}' as its default flow, but that flow does not leave it; mark one of its own outgoing flows as default.");
            }
            else if (flow.HasCondition)
            {
                yield return new(FindingSeverity.Warning, "default-flow", flow.Id,
                    $"The {ProcessGraph.Describe(flow)} is the default flow of {ProcessGraph.Describe(node)} and also has a condition, which is never used; remove the condition.");
            }
        }
    }
}
