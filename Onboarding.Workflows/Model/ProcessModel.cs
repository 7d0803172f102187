namespace Onboarding.Workflows.Model;

/// <summary>
/// A parsed BPMN process: the executable graph our engine runs, plus what it cannot run.
/// Immutable once built; one instance is shared by every workflow instance on the same version.
/// </summary>
public sealed class ProcessModel
{
    public ProcessModel(
        string id,
        string? name,
        IReadOnlyList<FlowNode> nodes,
        IReadOnlyList<SequenceFlow> flows,
        IReadOnlyList<UnsupportedElement> unsupported,
        IReadOnlyList<Lane> lanes)
    {
        Id = id;
        Name = name;
        NodesInDocumentOrder = nodes;
        FlowsInDocumentOrder = flows;
        Unsupported = unsupported;
        Lanes = lanes;
        Nodes = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        Flows = flows.ToDictionary(f => f.Id, StringComparer.Ordinal);
    }

    /// <summary>The BPMN process id.</summary>
    public string Id { get; }

    public string? Name { get; }

    /// <summary>Every supported node, including those nested in subprocesses, by id.</summary>
    public IReadOnlyDictionary<string, FlowNode> Nodes { get; }

    public IReadOnlyDictionary<string, SequenceFlow> Flows { get; }

    public IReadOnlyList<FlowNode> NodesInDocumentOrder { get; }

    public IReadOnlyList<SequenceFlow> FlowsInDocumentOrder { get; }

    /// <summary>Elements found in the XML that the engine does not run; each blocks publishing.</summary>
    public IReadOnlyList<UnsupportedElement> Unsupported { get; }

    public IReadOnlyList<Lane> Lanes { get; }

    public FlowNode Node(string id) =>
        Nodes.TryGetValue(id, out var node) ? node : throw new KeyNotFoundException($"The process has no element '{id}'.");

    public SequenceFlow Flow(string id) =>
        Flows.TryGetValue(id, out var flow) ? flow : throw new KeyNotFoundException($"The process has no sequence flow '{id}'.");

    /// <summary>The start events directly in a scope (null: the process itself; else a subprocess id).</summary>
    public IEnumerable<FlowNode> StartEventsIn(string? scopeId) =>
        NodesInDocumentOrder.Where(n => n.Kind == NodeKind.StartEvent && n.ParentId == scopeId);

    /// <summary>
    /// Values of our <c>onboarding:</c> attributes the reader could not use (e.g. <c>dueBusinessDays="three"</c>);
    /// validation reports each one, so an invalid value never becomes an exception.
    /// </summary>
    public IReadOnlyList<AttributeProblem> AttributeProblems { get; init; } = [];

    /// <summary>
    /// Ids of the nodes, sequence flows and unsupported elements in the order they appear in the XML
    /// (findings are listed in this order). Empty when the model was not read from XML.
    /// </summary>
    public IReadOnlyList<string> DocumentOrder { get; init; } = [];

    /// <summary>Whether the XML has a diagram (BPMNDiagram with a plane) that bpmn-js can draw; false when not read from XML.</summary>
    public bool HasDiagram { get; init; }
}

/// <summary>A BPMN element the engine does not run (inclusive gateway, script task...), kept so it can be listed by id.</summary>
public sealed record UnsupportedElement(string Id, string ElementType, string? Name, string? ParentId)
{
    /// <summary>What makes it unsupported when the element type alone does not say (e.g. <c>messageEventDefinition</c> on a start event).</summary>
    public string? Detail { get; init; }

    /// <summary>Boundary events: the activity they are attached to.</summary>
    public string? AttachedToId { get; init; }
}

/// <summary>A lane: its name is the role of the user tasks in it that name no role themselves.</summary>
public sealed record Lane(string Id, string? Name, IReadOnlyList<string> NodeIds);
