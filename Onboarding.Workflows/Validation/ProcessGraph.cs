using System.Text.RegularExpressions;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Validation;

/// <summary>Lookups over a model for the rules: known elements, scopes, labels for messages.</summary>
internal sealed partial class ProcessGraph
{
    public ProcessGraph(ProcessModel model)
    {
        Model = model;
        Unsupported = model.Unsupported.GroupBy(u => u.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Scopes = [null, .. model.NodesInDocumentOrder.Where(n => n.Kind == NodeKind.SubProcess).Select(n => n.Id)];
    }

    public ProcessModel Model { get; }

    public IReadOnlyDictionary<string, UnsupportedElement> Unsupported { get; }

    /// <summary>The process (null) and every subprocess id.</summary>
    public IReadOnlyList<string?> Scopes { get; }

    public IEnumerable<FlowNode> Nodes => Model.NodesInDocumentOrder;

    public IEnumerable<SequenceFlow> Flows => Model.FlowsInDocumentOrder;

    public FlowNode? Node(string? id) => id is not null && Model.Nodes.TryGetValue(id, out var node) ? node : null;

    public SequenceFlow? Flow(string? id) => id is not null && Model.Flows.TryGetValue(id, out var flow) ? flow : null;

    /// <summary>A node or an unsupported element with this id exists (flows may touch either).</summary>
    public bool Exists(string id) => Model.Nodes.ContainsKey(id) || Unsupported.ContainsKey(id);

    public string? ParentOf(string id) => Node(id)?.ParentId ?? (Unsupported.TryGetValue(id, out var u) ? u.ParentId : null);

    public IEnumerable<FlowNode> NodesIn(string? scopeId) => Nodes.Where(n => n.ParentId == scopeId);

    /// <summary>The outgoing flows of a node or an unsupported element.</summary>
    public IEnumerable<SequenceFlow> OutgoingOf(string id) => Flows.Where(f => f.SourceId == id);

    /// <summary>"the process" or "the subprocess 'Due diligence'".</summary>
    public string DescribeScope(string? scopeId) => Node(scopeId) is { } sub ? Describe(sub) : "the process";

    /// <summary>"the user task 'Kick-off call'".</summary>
    public static string Describe(FlowNode node) => $"the {KindName(node)} '{Clean(node.Label)}'";

    /// <summary>"flow 'f3'" or "flow 'yes' (f3)".</summary>
    public static string Describe(SequenceFlow flow) =>
        string.IsNullOrWhiteSpace(flow.Name) ? $"flow '{flow.Id}'" : $"flow '{Clean(flow.Name)}' ({flow.Id})";

    /// <summary>A node, an unsupported element or a flow by id, for messages.</summary>
    public string DescribeElement(string id) =>
        Node(id) is { } node ? Describe(node)
        : Unsupported.TryGetValue(id, out var u) ? $"the {Words(u.ElementType)} '{Clean(u.Name ?? u.Id)}'"
        : Flow(id) is { } flow ? Describe(flow)
        : $"'{id}'";

    public static string KindName(FlowNode node) => node.Kind switch
    {
        NodeKind.StartEvent => "start event",
        NodeKind.EndEvent when node.ThrowsErrorCode is not null => "error end event",
        NodeKind.EndEvent when node.Terminate => "terminate end event",
        NodeKind.EndEvent => "end event",
        NodeKind.UserTask => "user task",
        NodeKind.ServiceTask => "service task",
        NodeKind.Task => "task",
        NodeKind.ExclusiveGateway => "exclusive gateway",
        NodeKind.ParallelGateway => "parallel gateway",
        NodeKind.MessageCatch => "message catch event",
        NodeKind.TimerCatch => "timer catch event",
        NodeKind.BoundaryEvent when node.Boundary == BoundaryKind.Error => "error boundary event",
        NodeKind.BoundaryEvent => "timer boundary event",
        NodeKind.SubProcess => "subprocess",
        _ => "element",
    };

    /// <summary>"scriptTask" becomes "script task".</summary>
    public static string Words(string camelCase) => CamelHump().Replace(camelCase, " $1").ToLowerInvariant();

    /// <summary>A label on one line (modelers put line breaks in names).</summary>
    public static string Clean(string label) => Whitespace().Replace(label, " ").Trim();

    /// <summary>"a, b, c" sorted, or "none".</summary>
    public static string List(IEnumerable<string> names)
    {
        var sorted = names.Order(StringComparer.Ordinal).ToList();
        return sorted.Count == 0 ? "none" : string.Join(", ", sorted);
    }

    [GeneratedRegex(@"(?<=[a-z])([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex CamelHump();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}

/// <summary>One validation rule; <see cref="ProcessValidator"/> runs them all.</summary>
internal interface IProcessRule
{
    IEnumerable<ValidationFinding> Check(ProcessGraph graph, ValidationContext context);
}
