using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Playbooks;

/// <summary>One node in a comparison: its id and a label for people (its name, else its id).</summary>
public sealed record ComparedNode(string Id, string Label);

/// <summary>
/// What changed between two versions of a playbook, node by node (matched by id): nodes only in the
/// newer version, nodes only in the older one, and nodes in both whose properties differ; and how the stage list changed.
/// </summary>
public sealed record VersionComparison(IReadOnlyList<ComparedNode> Added, IReadOnlyList<ComparedNode> Removed, IReadOnlyList<ComparedNode> Changed)
{
    /// <summary>The stage list's changes; <see cref="StageComparison.None"/> unless set with <c>with</c>.</summary>
    public StageComparison Stages { get; init; } = StageComparison.None;

    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0 && Stages.IsEmpty;

    /// <summary>Compares two versions: their processes node by node and their stage lists.</summary>
    public static VersionComparison Compare(ProcessModel before, IReadOnlyList<PlaybookStage> beforeStages, ProcessModel after, IReadOnlyList<PlaybookStage> afterStages) =>
        Compare(before, after) with { Stages = StageComparison.Compare(beforeStages, afterStages) };

    /// <summary>Compares <paramref name="after"/> with <paramref name="before"/>; lists follow each model's document order.</summary>
    public static VersionComparison Compare(ProcessModel before, ProcessModel after)
    {
        var added = after.NodesInDocumentOrder.Where(n => !before.Nodes.ContainsKey(n.Id)).Select(Describe).ToList();
        var removed = before.NodesInDocumentOrder.Where(n => !after.Nodes.ContainsKey(n.Id)).Select(Describe).ToList();
        var changed = after.NodesInDocumentOrder
            .Where(n => before.Nodes.TryGetValue(n.Id, out var old) && Differs(old, n))
            .Select(Describe).ToList();
        return new VersionComparison(added, removed, changed);
    }

    private static ComparedNode Describe(FlowNode node) => new(node.Id, node.Label);

    private static bool Differs(FlowNode a, FlowNode b) =>
        a.Name != b.Name
        || a.Kind != b.Kind
        || a.Stage != b.Stage
        || a.Role != b.Role
        || a.DueBusinessDays != b.DueBusinessDays
        || !a.Checklist.SequenceEqual(b.Checklist)
        || a.Automation != b.Automation
        || !SameParameters(a.AutomationParameters, b.AutomationParameters)
        || a.Timer != b.Timer
        || !a.Incoming.SequenceEqual(b.Incoming)
        || !a.Outgoing.SequenceEqual(b.Outgoing);

    private static bool SameParameters(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var value) && value == p.Value);
}
