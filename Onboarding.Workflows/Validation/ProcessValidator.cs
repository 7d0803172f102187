using Onboarding.Workflows.Model;
using Onboarding.Workflows.Validation.Rules;

namespace Onboarding.Workflows.Validation;

/// <summary>
/// Checks a process before it is published, like bpmnlint: what the engine cannot run, structure (one start,
/// ends, reachability, dangling flows), gateways and conditions, joins that would deadlock, timers, and the names
/// our attributes refer to. Each finding names the element and the fix; errors block publishing.
/// </summary>
public static class ProcessValidator
{
    private static readonly IProcessRule[] Rules =
    [
        new UnsupportedElementRule(),
        new AttributeProblemRule(),
        new StartEventRule(),
        new StartIncomingRule(),
        new EndEventRule(),
        new DanglingFlowRule(),
        new FlowScopeRule(),
        new NoOutgoingRule(),
        new BoundaryAttachmentRule(),
        new UnreachableRule(),
        new DeadEndRule(),
        new ExclusiveSplitRule(),
        new ConditionRule(),
        new ConditionPlacementRule(),
        new DefaultFlowRule(),
        new ParallelJoinRule(),
        new TimerRule(),
        new AutomationRule(),
        new MessageRule(),
        new RoleRule(),
        new GateRule(),
        new DueBusinessDaysRule(),
        new StageRule(),
        new UncaughtErrorRule(),
    ];

    /// <summary>Every finding, in document order of the elements they name (findings on the process itself first).</summary>
    public static IReadOnlyList<ValidationFinding> Validate(ProcessModel model, ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(context);
        var graph = new ProcessGraph(model);
        var position = Positions(model);
        return Rules
            .SelectMany(rule => rule.Check(graph, context))
            .Select((finding, index) => (finding, index))
            .OrderBy(f => position.TryGetValue(f.finding.ElementId, out var p) ? p : f.finding.ElementId == model.Id ? -1 : int.MaxValue)
            .ThenBy(f => f.index)
            .Select(f => f.finding)
            .ToList();
    }

    /// <summary>True when any finding is an error (publishing is blocked).</summary>
    public static bool HasErrors(this IEnumerable<ValidationFinding> findings) =>
        findings.Any(f => f.Severity == FindingSeverity.Error);

    private static Dictionary<string, int> Positions(ProcessModel model)
    {
        var order = model.DocumentOrder.Count > 0
            ? model.DocumentOrder
            : [.. model.NodesInDocumentOrder.Select(n => n.Id), .. model.FlowsInDocumentOrder.Select(f => f.Id), .. model.Unsupported.Select(u => u.Id)];
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in order)
        {
            positions.TryAdd(id, positions.Count);
        }

        return positions;
    }
}
