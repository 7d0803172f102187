using Onboarding.Workflows.Model;
using Onboarding.Workflows.Onboardings.Gates;

namespace Onboarding.Workflows.Validation.Rules;

/// <summary><c>gate</c>: <c>onboarding:gate</c> sits on a user task and names only gates the product knows (<see cref="GateDefinitions"/>).</summary>
internal sealed class GateRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context)
    {
        foreach (var node in graph.Nodes.Where(n => !string.IsNullOrWhiteSpace(n.Gate)))
        {
            var element = AttributeProblemRule.Capitalized(ProcessGraph.Describe(node));
            if (node.Kind != NodeKind.UserTask)
            {
                yield return new(FindingSeverity.Error, "gate", node.Id,
                    $"{element} has {OnboardingXml.Prefix}:{OnboardingXml.Gate}, but only a user task's work item can wait for a gate. Move the gate to the user task that needs it.");
                continue;
            }
            GateDefinitions.Parse(node.Gate, out var unknown);
            if (unknown.Count == 0) continue;
            var names = string.Join(", ", unknown.Select(u => $"'{u}'"));
            yield return new(FindingSeverity.Error, "gate", node.Id,
                $"{element} names the gate{(unknown.Count == 1 ? "" : "s")} {names}, which the product does not know; use gate keys separated by spaces. "
                + $"Known gates: {string.Join(", ", GateDefinitions.All.Keys.Order(StringComparer.Ordinal))}.");
        }
    }
}
