using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Simulation;

/// <summary>
/// Turns the engine's journal into the elements visited, in order. The journal names every arrival of a
/// token at a node (each arrival has its own token id) except the nodes a token passes silently: start
/// events, parallel splits and exclusive merges. Those are inferred from the flow the next element was reached by.
/// </summary>
internal sealed class VisitLog(ProcessModel model)
{
    private readonly List<Visit> visits = [];
    private readonly Dictionary<(string NodeId, int TokenId), Visit> byArrival = [];

    public int Count => visits.Count;

    public IEnumerable<FlowNode> NodesVisited => visits.Select(v => v.Node);

    public void Add(IReadOnlyList<JournalLine> journal)
    {
        var inferredThisStep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in journal)
        {
            if (line.Kind == JournalKind.Started)
            {
                foreach (var start in model.StartEventsIn(null))
                {
                    AddInferred(start, line.AtUtc, inferredThisStep);
                }

                continue;
            }

            if (line.NodeId is null || !model.Nodes.TryGetValue(line.NodeId, out var node) || !IsAboutArrival(line, node))
            {
                continue;
            }

            var key = (node.Id, line.TokenId ?? -1);
            if (!byArrival.TryGetValue(key, out var visit))
            {
                InferSilentPredecessors(node, line.AtUtc, inferredThisStep);
                visit = new Visit(node, line.AtUtc);
                visits.Add(visit);
                byArrival[key] = visit;
                if (node.Kind == NodeKind.SubProcess)
                {
                    foreach (var start in model.StartEventsIn(node.Id))
                    {
                        AddInferred(start, line.AtUtc, inferredThisStep);
                    }
                }
            }

            visit.Lines.Add(line);
        }
    }

    public IReadOnlyList<SimulatedVisit> ToVisits() =>
        [.. visits.Select(v => new SimulatedVisit(v.AtUtc, v.Node.Id, v.Node.Label, v.Node.Kind, v.Node.Stage, VisitDescription.Of(model, v.Node, v.Lines)))];

    /// <summary>
    /// Boundary timers are armed and fire on the activity's token: the boundary's own arrival is the
    /// "Left" line of the new token that leaves it. Automation retries are armed on the service task.
    /// </summary>
    private static bool IsAboutArrival(JournalLine line, FlowNode node) => line.Kind switch
    {
        JournalKind.TimerArmed => node.Kind == NodeKind.TimerCatch,
        JournalKind.TimerFired or JournalKind.ErrorCaught => node.Kind != NodeKind.BoundaryEvent,
        _ => true,
    };

    private void InferSilentPredecessors(FlowNode node, DateTime atUtc, HashSet<string> inferredThisStep)
    {
        if (node.Incoming.Count != 1 || !model.Flows.TryGetValue(node.Incoming[0], out var flow)
            || !model.Nodes.TryGetValue(flow.SourceId, out var source) || !IsSilent(source))
        {
            return;
        }

        AddInferred(source, atUtc, inferredThisStep);
    }

    private void AddInferred(FlowNode node, DateTime atUtc, HashSet<string> inferredThisStep)
    {
        if (!inferredThisStep.Add(node.Id))
        {
            return;
        }

        InferSilentPredecessors(node, atUtc, inferredThisStep);
        visits.Add(new Visit(node, atUtc));
    }

    /// <summary>Nodes the engine passes without a journal line.</summary>
    private bool IsSilent(FlowNode node) => node.Kind switch
    {
        NodeKind.StartEvent => true,
        NodeKind.ParallelGateway => node.Incoming.Count <= 1,
        NodeKind.ExclusiveGateway => node.Outgoing.Count == 1 && model.Flows.TryGetValue(node.Outgoing[0], out var flow) && !flow.HasCondition,
        _ => false,
    };

    internal sealed class Visit(FlowNode node, DateTime atUtc)
    {
        public FlowNode Node { get; } = node;

        public DateTime AtUtc { get; } = atUtc;

        public List<JournalLine> Lines { get; } = [];
    }
}
