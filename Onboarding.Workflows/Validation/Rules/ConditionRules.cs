using Onboarding.Workflows.Conditions;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Validation.Rules;

/// <summary>
/// <c>exclusive-split</c>: every non-default flow out of an exclusive split has a condition;
/// <c>exclusive-no-default</c> (warning): a split whose conditions may all be false has no default.
/// </summary>
internal sealed class ExclusiveSplitRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context)
    {
        foreach (var gateway in graph.Nodes.Where(n => n.Kind == NodeKind.ExclusiveGateway && n.Outgoing.Count > 1))
        {
            var unconditioned = gateway.Outgoing.Select(graph.Flow).OfType<SequenceFlow>()
                .Where(f => f.Id != gateway.DefaultFlowId && !f.HasCondition).ToList();
            foreach (var flow in unconditioned)
            {
                yield return new(FindingSeverity.Error, "exclusive-split", flow.Id,
                    $"The {ProcessGraph.Describe(flow)} leaves {ProcessGraph.Describe(gateway)} {(flow.Condition is null ? "without a condition" : "with an empty condition")}, "
                    + "so the gateway cannot choose it. Add a condition (e.g. vars.approved === true) or make it the gateway's default flow.");
            }

            if (unconditioned.Count == 0 && gateway.DefaultFlowId is null)
            {
                yield return new(FindingSeverity.Warning, "exclusive-no-default", gateway.Id,
                    $"{AttributeProblemRule.Capitalized(ProcessGraph.Describe(gateway))} has no default flow: if none of its conditions is true "
                    + "the onboarding stops with an incident. Mark one outgoing flow as the default.");
            }
        }
    }
}

/// <summary>
/// <c>condition-syntax</c>: every condition is a JavaScript expression over vars (<see cref="ConditionSyntax"/>);
/// <c>condition-language</c>: a condition declared in another language (XPath, Groovy, FEEL...) is named by its flow.
/// </summary>
internal sealed class ConditionRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context)
    {
        foreach (var flow in graph.Flows.Where(f => f.HasCondition))
        {
            if (flow.ConditionLanguage is { } language && !IsJavaScript(language))
            {
                yield return new(FindingSeverity.Error, "condition-language", flow.Id,
                    $"The condition {flow.Condition} on {ProcessGraph.Describe(flow)} is written in {LanguageName(language)} for another engine. "
                    + "Write it as a JavaScript expression over vars (e.g. vars.approved === true) and clear the condition's language.");
            }
            else if (ConditionSyntax.Check(flow.Condition!) is { } problem)
            {
                yield return new(FindingSeverity.Error, "condition-syntax", flow.Id, $"On {ProcessGraph.Describe(flow)}: {problem}");
            }
        }
    }

    /// <summary>"XPath (http://www.w3.org/1999/XPath)" for the usual language URIs, else the language as written.</summary>
    internal static string LanguageName(string language)
    {
        var name = new[] { "XPath", "Groovy", "FEEL", "JUEL", "Python", "MVEL", "SpEL" }
            .FirstOrDefault(n => language.Contains(n, StringComparison.OrdinalIgnoreCase));
        return name is null || name.Equals(language, StringComparison.OrdinalIgnoreCase) ? language : $"{name} ({language})";
    }

    /// <summary>javascript, JavaScript, js, ecmascript, text/javascript, application/javascript...</summary>
    internal static bool IsJavaScript(string language) =>
        language.Contains("javascript", StringComparison.OrdinalIgnoreCase)
        || language.Contains("ecmascript", StringComparison.OrdinalIgnoreCase)
        || language.Equals("js", StringComparison.OrdinalIgnoreCase);
}

/// <summary><c>condition-ignored</c>: conditions on flows out of parallel gateways and events are never evaluated.</summary>
internal sealed class ConditionPlacementRule : IProcessRule
{
    public IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context)
    {
        foreach (var flow in graph.Flows.Where(f => f.HasCondition))
        {
            if (graph.Node(flow.SourceId) is { } source && source.Kind != NodeKind.ExclusiveGateway && !source.IsActivity)
            {
                yield return new(FindingSeverity.Error, "condition-ignored", flow.Id,
                    $"The {ProcessGraph.Describe(flow)} has a condition, but it leaves {ProcessGraph.Describe(source)}, which never evaluates conditions. "
                    + "Remove the condition, or put an exclusive gateway after it to choose the path.");
            }
        }
    }
}
