using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Validation.Rules;

/// <summary><c>start-event</c>: exactly one plain start event in the process and in each subprocess.</summary>
internal sealed class StartEventRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context)
    {
        foreach (var scope in graph.Scopes)
        {
            var starts = graph.Model.StartEventsIn(scope).ToList();
            var where = graph.DescribeScope(scope);
            if (starts.Count == 0)
            {
                yield return new(FindingSeverity.Error, "start-event", scope ?? graph.Model.Id,
                    $"{AttributeProblemRule.Capitalized(where)} has no start event; add one plain start event where {(scope is null ? "the onboarding" : "it")} begins.");
            }

            foreach (var extra in starts.Skip(1))
            {
                yield return new(FindingSeverity.Error, "start-event", extra.Id,
                    $"{AttributeProblemRule.Capitalized(where)} has {starts.Count} start events, but it must start in one place; "
                    + $"remove {ProcessGraph.Describe(extra)} or connect it after the first start.");
            }
        }
    }
}

/// <summary><c>start-incoming</c>: nothing flows into a start event.</summary>
internal sealed class StartIncomingRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context) =>
        graph.Nodes.Where(n => n.Kind == NodeKind.StartEvent && n.Incoming.Count > 0).Select(n => new ValidationFinding(
            FindingSeverity.Error, "start-incoming", n.Id,
            $"{AttributeProblemRule.Capitalized(ProcessGraph.Describe(n))} has incoming flows; a start event only starts. "
            + "Point those flows at the first step after it instead."));
}

/// <summary><c>end-event</c>: at least one end event in the process and in each subprocess.</summary>
internal sealed class EndEventRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context) =>
        graph.Scopes.Where(scope => !graph.NodesIn(scope).Any(n => n.Kind == NodeKind.EndEvent)).Select(scope => new ValidationFinding(
            FindingSeverity.Error, "end-event", scope ?? graph.Model.Id,
            $"{AttributeProblemRule.Capitalized(graph.DescribeScope(scope))} has no end event; add one where {(scope is null ? "the onboarding finishes" : "it finishes")}."));
}

/// <summary><c>boundary-attachment</c>: a boundary event sits on an activity that exists (error boundaries only on activities).</summary>
internal sealed class BoundaryAttachmentRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context)
    {
        foreach (var boundary in graph.Nodes.Where(n => n.Kind == NodeKind.BoundaryEvent))
        {
            var host = graph.Node(boundary.AttachedToId);
            var problem = boundary.AttachedToId is null ? "is not attached to any activity"
                : host is null ? (graph.Unsupported.ContainsKey(boundary.AttachedToId) ? null : $"is attached to '{boundary.AttachedToId}', which does not exist")
                : !host.IsActivity ? $"is attached to {ProcessGraph.Describe(host)}, but boundary events belong on tasks and subprocesses"
                : null;
            if (problem is not null)
            {
                yield return new(FindingSeverity.Error, "boundary-attachment", boundary.Id,
                    $"{AttributeProblemRule.Capitalized(ProcessGraph.Describe(boundary))} {problem}; drag it onto the border of a task or subprocess.");
            }
        }
    }
}

/// <summary><c>uncaught-error</c>: an error end event whose error no boundary on an enclosing subprocess catches.</summary>
internal sealed class UncaughtErrorRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context)
    {
        foreach (var end in graph.Nodes.Where(n => n.Kind == NodeKind.EndEvent && n.ThrowsErrorCode is not null))
        {
            if (IsCaught(graph, end))
            {
                continue;
            }

            var fix = end.ParentId is null
                ? "at the process level, where nothing can catch it. Use a plain end event, or move it into a subprocess with an error boundary event that catches it"
                : $"but no error boundary event on {graph.DescribeScope(end.ParentId)} (or around it) catches it. Add one, or use a plain end event";
            yield return new(FindingSeverity.Warning, "uncaught-error", end.Id,
                $"{AttributeProblemRule.Capitalized(ProcessGraph.Describe(end))} throws the error '{end.ThrowsErrorCode}' {fix}.");
        }
    }

    private static bool IsCaught(ProcessGraph graph, FlowNode end)
    {
        for (var scope = graph.Node(end.ParentId); scope is not null; scope = graph.Node(scope.ParentId))
        {
            if (scope.BoundaryEventIds.Select(graph.Node).Any(b => b is { Boundary: BoundaryKind.Error } && (b.CatchesErrorCode is null || b.CatchesErrorCode == end.ThrowsErrorCode)))
            {
                return true;
            }
        }

        return false;
    }
}
