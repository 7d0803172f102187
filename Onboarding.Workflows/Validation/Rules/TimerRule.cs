using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Validation.Rules;

/// <summary><c>timer</c>: every timer catch and timer boundary event has a time set.</summary>
internal sealed class TimerRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context)
    {
        foreach (var node in graph.Nodes.Where(n => n.Kind == NodeKind.TimerCatch || n.Boundary == BoundaryKind.Timer))
        {
            if (node.Timer is null)
            {
                yield return new(FindingSeverity.Error, "timer", node.Id,
                    $"{AttributeProblemRule.Capitalized(ProcessGraph.Describe(node))} has no time set; give it a duration (e.g. P3BD for three business days), "
                    + "a date (2026-12-01T09:00:00Z) or a cycle (R3/P2BD).");
            }
        }
    }
}
