using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Validation.Rules;

/// <summary>
/// <c>parallel-join</c>: a parallel join waits for a token on every incoming flow. Walking upstream from each
/// incoming flow (through everything but parallel splits and start events), meeting an exclusive split means
/// a branch may never come: an error when two incoming flows come from different branches of the same exclusive
/// split (only one of them ever runs, so the join can never fire), else a warning when a branch of that split
/// can end without passing the join.
/// </summary>
internal sealed class ParallelJoinRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context)
    {
        foreach (var join in graph.Nodes.Where(n => n.Kind == NodeKind.ParallelGateway && n.Incoming.Count > 1))
        {
            var arrivals = join.Incoming.SelectMany(incoming => ExclusiveSplitsUpstream(graph, join, incoming).Select(a => (Incoming: incoming, a.Split, a.Via))).ToList();
            var conflict = arrivals.SelectMany(a => arrivals.Where(b => b.Split == a.Split && b.Incoming != a.Incoming && b.Via != a.Via).Select(b => (a, b))).FirstOrDefault();
            if (conflict != default)
            {
                var split = graph.Node(conflict.a.Split)!;
                yield return new(FindingSeverity.Error, "parallel-join", join.Id,
                    $"{AttributeProblemRule.Capitalized(ProcessGraph.Describe(join))} waits for a token on every incoming flow, but '{conflict.a.Incoming}' and "
                    + $"'{conflict.b.Incoming}' come from different branches of {ProcessGraph.Describe(split)}, which takes only one: the join can never fire. "
                    + "Merge those branches with an exclusive gateway instead, or split them with a parallel gateway.");
                continue;
            }

            foreach (var split in arrivals.Select(a => a.Split).Distinct())
            {
                if (BranchAvoiding(graph, graph.Node(split)!, join) is { } escape)
                {
                    yield return new(FindingSeverity.Warning, "parallel-join", join.Id,
                        $"{AttributeProblemRule.Capitalized(ProcessGraph.Describe(join))} waits for a token on every incoming flow, but it is fed through "
                        + $"{ProcessGraph.Describe(graph.Node(split)!)}: when that gateway takes {ProcessGraph.Describe(escape)}, the join waits forever. "
                        + "Merge with an exclusive gateway instead, or make every branch reach the join.");
                    break;
                }
            }
        }
    }

    /// <summary>The exclusive splits met walking upstream from one incoming flow, with the split's outgoing flow we came by.</summary>
    private static List<(string Split, string Via)> ExclusiveSplitsUpstream(ProcessGraph graph, FlowNode join, string incoming)
    {
        var found = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([incoming]);
        while (pending.TryPop(out var flowId))
        {
            if (!seen.Add(flowId) || graph.Flow(flowId) is not { } flow || flow.SourceId == join.Id)
            {
                continue;
            }

            var source = graph.Node(flow.SourceId);
            if (source is { Kind: NodeKind.ExclusiveGateway } && source.Outgoing.Count > 1)
            {
                found.Add((source.Id, flow.Id));
            }

            if (source is { Kind: NodeKind.StartEvent } || source is { Kind: NodeKind.ParallelGateway } && source.Outgoing.Count > 1)
            {
                continue;
            }

            var upstreamOf = source is { Kind: NodeKind.BoundaryEvent, AttachedToId: { } host } ? host : flow.SourceId;
            foreach (var previous in graph.Flows.Where(f => f.TargetId == upstreamOf))
            {
                pending.Push(previous.Id);
            }
        }

        return found;
    }

    /// <summary>An outgoing flow of the split from which some path ends without passing the join.</summary>
    private static SequenceFlow? BranchAvoiding(ProcessGraph graph, FlowNode split, FlowNode join)
    {
        foreach (var branch in split.Outgoing.Select(graph.Flow).OfType<SequenceFlow>())
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { split.Id };
            var pending = new Stack<string>([branch.TargetId]);
            while (pending.TryPop(out var id))
            {
                if (id == join.Id || !seen.Add(id))
                {
                    continue;
                }

                var next = graph.OutgoingOf(id).Select(f => f.TargetId).Concat(graph.Node(id)?.BoundaryEventIds ?? []).ToList();
                if (next.Count == 0)
                {
                    return branch;
                }

                next.ForEach(pending.Push);
            }
        }

        return null;
    }
}
