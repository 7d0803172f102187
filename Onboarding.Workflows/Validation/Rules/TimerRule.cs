using Onboarding.Workflows.Model;
using Onboarding.Workflows.Timers;

namespace Onboarding.Workflows.Validation.Rules;

/// <summary><c>timer</c>: every timer catch and timer boundary event has a time that <see cref="TimerExpression"/> can read.</summary>
internal sealed class TimerRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context)
    {
        foreach (var node in graph.Nodes.Where(n => n.Kind == NodeKind.TimerCatch || n.Boundary == BoundaryKind.Timer))
        {
            var timer = AttributeProblemRule.Capitalized(ProcessGraph.Describe(node));
            if (node.Timer is null)
            {
                yield return new(FindingSeverity.Error, "timer", node.Id,
                    $"{timer} has no time set; give it a duration (e.g. P3BD for three business days), "
                    + "a date (2026-12-01T09:00:00Z) or a cycle (R3/P2BD).");
            }
            else if (!TimerExpression.TryParse(node.Timer, out _, out var error))
            {
                yield return new(FindingSeverity.Error, "timer", node.Id,
                    $"{timer} has the {Kind(node.Timer.Kind)} '{node.Timer.Expression}', which cannot be read: {error}");
            }
        }
    }

    private static string Kind(TimerKind kind) => kind switch
    {
        TimerKind.Duration => "duration",
        TimerKind.Date => "date",
        _ => "cycle",
    };
}
