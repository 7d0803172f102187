using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Simulation;

/// <summary>Says where a simulated run stopped and what to change in the playbook.</summary>
internal static class StuckDiagnosis
{
    public static SimulationStuck Of(ProcessModel model, InstanceState state)
    {
        if (state.Tokens.Find(t => t.Wait == TokenWait.Incident) is { } incident)
        {
            var node = model.Node(incident.NodeId);
            return new(node.Id, node.Label, incident.IncidentMessage ?? $"An incident stopped the workflow at '{node.Label}'.");
        }

        var join = state.Tokens
            .Where(t => t.Wait == TokenWait.Join)
            .Select(t => model.Node(t.NodeId))
            .OrderBy(n => IndexOf(model, n))
            .FirstOrDefault();
        if (join is not null)
        {
            return Join(model, state, join);
        }

        var resting = state.Tokens.Where(t => t.Wait != TokenWait.SubProcess).Select(t => model.Node(t.NodeId)).FirstOrDefault()
            ?? model.Node(state.Tokens[0].NodeId);
        return new(resting.Id, resting.Label,
            $"Nothing the simulator can do moves the workflow on from '{resting.Label}' ({resting.Kind}).");
    }

    public static SimulationStuck Unsupported(UnsupportedElement element) =>
        new(element.Id, element.Name ?? element.Id,
            $"'{element.Name ?? element.Id}' ({element.ElementType}{(element.Detail is null ? "" : $", {element.Detail}")}) is not something the engine runs. " +
            "Replace it with a supported element (a user task, a service task, a gateway, a message or timer event).");

    public static SimulationStuck Loop(IEnumerable<FlowNode> visited, int maxSteps)
    {
        var most = visited.GroupBy(n => n.Id).OrderByDescending(g => g.Count()).Select(g => (Node: g.First(), Count: g.Count())).FirstOrDefault();
        var where = most.Node is null ? "" : $" through '{most.Node.Label}' (visited {most.Count:N0} times)";
        return new(most.Node?.Id ?? "", most.Node?.Label ?? "",
            $"The simulation stopped after {maxSteps:N0} steps: the workflow seems to loop forever{where}. " +
            "Check the conditions that should end the loop, or add a way out of it.");
    }

    private static SimulationStuck Join(ProcessModel model, InstanceState state, FlowNode join)
    {
        var arrived = state.Tokens.Where(t => t.Wait == TokenWait.Join && t.NodeId == join.Id).Select(t => t.ArrivedViaFlowId).ToHashSet();
        var missing = join.Incoming.Where(f => !arrived.Contains(f)).Select(model.Flow).ToList();
        var from = string.Join(", ", missing.Select(f => $"{f.Id} (from '{model.Node(f.SourceId).Label}')"));
        var split = ExclusiveSplitUpstream(model, join);
        var cause = split is null
            ? "that branch was never taken"
            : $"the exclusive gateway '{split.Label}' ({split.Id}) upstream takes only one of its paths";
        return new(join.Id, join.Label,
            $"The parallel join '{join.Label}' waits for a token on each of its {join.Incoming.Count} inbound flows, " +
            $"but nothing will ever arrive by {from}: {cause}. Merge exclusive paths with an exclusive gateway, " +
            "or split with a parallel gateway so that every branch runs.");
    }

    /// <summary>The nearest exclusive gateway with several outgoing flows upstream of <paramref name="join"/>.</summary>
    private static FlowNode? ExclusiveSplitUpstream(ProcessModel model, FlowNode join)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { join.Id };
        var queue = new Queue<FlowNode>([join]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var source in node.Incoming.Select(f => model.Flow(f).SourceId).Where(seen.Add).Select(model.Node))
            {
                if (source.Kind == NodeKind.ExclusiveGateway && source.Outgoing.Count > 1)
                {
                    return source;
                }

                queue.Enqueue(source);
            }
        }

        return null;
    }

    private static int IndexOf(ProcessModel model, FlowNode node)
    {
        for (var i = 0; i < model.NodesInDocumentOrder.Count; i++)
        {
            if (model.NodesInDocumentOrder[i].Id == node.Id)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
