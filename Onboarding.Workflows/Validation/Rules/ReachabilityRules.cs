using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Validation.Rules;

/// <summary>
/// Paths through the process: from the start (through flows, into subprocesses by their start events, onto the
/// boundary events of reached activities) and back from the end events. Unsupported elements pass tokens through,
/// so each one is reported once, not as a cascade.
/// </summary>
internal static class Paths
{
    /// <summary>Every element reachable from the process's plain start events (empty when it has none).</summary>
    public static HashSet<string> Reachable(ProcessGraph graph)
    {
        var next = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var flow in graph.Flows.Where(f => graph.Exists(f.SourceId) && graph.Exists(f.TargetId)))
        {
            Add(next, flow.SourceId, flow.TargetId);
        }

        foreach (var subProcess in graph.Nodes.Where(n => n.Kind == NodeKind.SubProcess))
        {
            graph.Model.StartEventsIn(subProcess.Id).ToList().ForEach(s => Add(next, subProcess.Id, s.Id));
        }

        var boundaries = graph.Nodes.Where(n => n.Kind == NodeKind.BoundaryEvent).Select(n => (n.Id, n.AttachedToId))
            .Concat(graph.Unsupported.Values.Select(u => (u.Id, u.AttachedToId)));
        foreach (var (boundary, host) in boundaries.Where(b => b.AttachedToId is not null))
        {
            Add(next, host!, boundary);
        }

        return Walk(graph.Model.StartEventsIn(null).Select(s => s.Id), next);
    }

    /// <summary>Every element from which an end event (or a dead end already reported as such) can be reached.</summary>
    public static HashSet<string> CanFinish(ProcessGraph graph)
    {
        var previous = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var flow in graph.Flows.Where(f => graph.Exists(f.SourceId) && graph.Exists(f.TargetId)))
        {
            Add(previous, flow.TargetId, flow.SourceId);
        }

        foreach (var boundary in graph.Nodes.Where(n => n.Kind == NodeKind.BoundaryEvent && n.CancelActivity && n.AttachedToId is not null))
        {
            Add(previous, boundary.Id, boundary.AttachedToId!);
        }

        var sinks = graph.Nodes.Where(n => n.Kind == NodeKind.EndEvent || n.Outgoing.Count == 0).Select(n => n.Id)
            .Concat(graph.Unsupported.Keys.Where(id => !graph.OutgoingOf(id).Any()));
        return Walk(sinks, previous);
    }

    /// <summary>True when the scope and every scope around it have a start event (else their contents are reported once, there).</summary>
    public static bool ScopesHaveStarts(ProcessGraph graph, string? scopeId)
    {
        for (var scope = scopeId; ; scope = graph.Node(scope)?.ParentId)
        {
            if (!graph.Model.StartEventsIn(scope).Any())
            {
                return false;
            }

            if (scope is null)
            {
                return true;
            }
        }
    }

    private static HashSet<string> Walk(IEnumerable<string> roots, Dictionary<string, List<string>> edges)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots);
        while (pending.TryPop(out var id))
        {
            if (seen.Add(id) && edges.TryGetValue(id, out var targets))
            {
                targets.ForEach(pending.Push);
            }
        }

        return seen;
    }

    private static void Add(Dictionary<string, List<string>> edges, string from, string to)
    {
        if (!edges.TryGetValue(from, out var list))
        {
            edges[from] = list = [];
        }

        list.Add(to);
    }
}

/// <summary><c>unreachable</c>: every node can be reached from the start event.</summary>
internal sealed class UnreachableRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context)
    {
        var reachable = Paths.Reachable(graph);
        return graph.Nodes
            .Where(n => !reachable.Contains(n.Id) && Paths.ScopesHaveStarts(graph, n.ParentId))
            .Select(n => new ValidationFinding(FindingSeverity.Error, "unreachable", n.Id,
                $"{AttributeProblemRule.Capitalized(ProcessGraph.Describe(n))} cannot be reached from the start event; connect a flow into it, or remove it."));
    }
}

/// <summary><c>dead-end</c>: from every reachable node some path leads to an end event (no loop without an exit).</summary>
internal sealed class DeadEndRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context)
    {
        var reachable = Paths.Reachable(graph);
        var canFinish = Paths.CanFinish(graph);
        return graph.Nodes
            .Where(n => reachable.Contains(n.Id) && !canFinish.Contains(n.Id))
            .Select(n => new ValidationFinding(FindingSeverity.Error, "dead-end", n.Id,
                $"{AttributeProblemRule.Capitalized(ProcessGraph.Describe(n))} can never reach an end event: every path from it loops back without an exit. "
                + "Add a way out of the loop to an end event, e.g. a conditional or default flow."));
    }
}
