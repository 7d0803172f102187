using System.Runtime.CompilerServices;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Engine;

/// <summary>
/// What the engine looks up on every transition, computed once per <see cref="ProcessModel"/> (which is
/// immutable and shared by every instance of a version) and cached beside it.
/// </summary>
internal sealed class ModelIndex
{
    private static readonly ConditionalWeakTable<ProcessModel, ModelIndex> Cache = [];

    private readonly Dictionary<string, NodeInfo> nodes;
    private readonly Dictionary<string, NodeInfo[]> startsByScope = new(StringComparer.Ordinal);
    private readonly NodeInfo[] processStarts;

    private ModelIndex(ProcessModel model)
    {
        nodes = new Dictionary<string, NodeInfo>(model.NodesInDocumentOrder.Count, StringComparer.Ordinal);
        for (var i = 0; i < model.NodesInDocumentOrder.Count; i++)
        {
            var node = model.NodesInDocumentOrder[i];
            nodes[node.Id] = new NodeInfo(node, i, [.. node.Outgoing.Select(model.Flow)]);
        }

        foreach (var info in nodes.Values)
        {
            var boundaries = info.Node.BoundaryEventIds.Select(id => nodes[id].Node).ToArray();
            info.TimerBoundaries = [.. boundaries.Where(b => b.Boundary == BoundaryKind.Timer && b.Timer is not null)];
            info.ErrorBoundaries = [.. boundaries.Where(b => b.Boundary == BoundaryKind.Error)];
        }

        processStarts = FindStarts(model, null);
        foreach (var sub in model.NodesInDocumentOrder.Where(n => n.Kind == NodeKind.SubProcess))
        {
            startsByScope[sub.Id] = FindStarts(model, sub.Id);
        }
    }

    public static ModelIndex For(ProcessModel model) => Cache.GetValue(model, m => new ModelIndex(m));

    public NodeInfo this[string nodeId] =>
        nodes.TryGetValue(nodeId, out var info) ? info : throw new KeyNotFoundException($"The process has no element '{nodeId}'.");

    public bool TryGet(string nodeId, out NodeInfo info) => nodes.TryGetValue(nodeId, out info!);

    /// <summary>
    /// Where a scope starts: its plain start event (the first in document order if there are several), else,
    /// as BPMN 2.0 says for a scope without a start event, every element in it with no incoming flow.
    /// </summary>
    public IReadOnlyList<NodeInfo> StartsOf(string? scopeId) => scopeId is null ? processStarts : startsByScope[scopeId];

    private NodeInfo[] FindStarts(ProcessModel model, string? scopeId)
    {
        var inScope = model.NodesInDocumentOrder.Where(n => n.ParentId == scopeId).ToList();
        var start = inScope.FirstOrDefault(n => n.Kind == NodeKind.StartEvent);
        return start is not null
            ? [nodes[start.Id]]
            : [.. inScope.Where(n => n.Kind != NodeKind.BoundaryEvent && n.Incoming.Count == 0).Select(n => nodes[n.Id])];
    }
}

/// <summary>A node with its outgoing flows resolved and its boundary events sorted by kind.</summary>
internal sealed class NodeInfo(FlowNode node, int documentIndex, SequenceFlow[] outgoing)
{
    public FlowNode Node { get; } = node;

    /// <summary>Position in <see cref="ProcessModel.NodesInDocumentOrder"/>.</summary>
    public int DocumentIndex { get; } = documentIndex;

    public SequenceFlow[] Outgoing { get; } = outgoing;

    /// <summary>Each inbound flow's position in <see cref="FlowNode.Incoming"/> (for parallel joins).</summary>
    public Dictionary<string, int> InboundFlowIndex { get; } = node.Incoming
        .Select((flowId, i) => (flowId, i))
        .DistinctBy(f => f.flowId)
        .ToDictionary(f => f.flowId, f => f.i, StringComparer.Ordinal);

    public FlowNode[] TimerBoundaries { get; set; } = [];

    public FlowNode[] ErrorBoundaries { get; set; } = [];
}
