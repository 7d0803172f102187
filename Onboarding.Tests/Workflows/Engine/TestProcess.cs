using Onboarding.Workflows.Model;

namespace Onboarding.Tests.Workflows.Engine;

/// <summary>
/// Builds a <see cref="ProcessModel"/> in code for engine tests (what the BPMN reader would produce):
/// nodes in document order, flows wired into each node's Incoming/Outgoing, boundaries onto their activity.
/// </summary>
internal sealed class TestProcess(string id = "process", string? name = "Test process")
{
    private readonly List<FlowNode> nodes = [];
    private readonly List<SequenceFlow> flows = [];
    private readonly Dictionary<string, string> defaults = [];

    public TestProcess Node(string nodeId, NodeKind kind, Func<FlowNode, FlowNode>? with = null, string? parent = null)
    {
        var node = new FlowNode { Id = nodeId, Kind = kind, ParentId = parent };
        nodes.Add(with is null ? node : with(node));
        return this;
    }

    public TestProcess Start(string nodeId = "start", string? parent = null) => Node(nodeId, NodeKind.StartEvent, parent: parent);

    public TestProcess End(string nodeId = "end", string? parent = null) => Node(nodeId, NodeKind.EndEvent, parent: parent);

    public TestProcess Task(string nodeId, string? parent = null) => Node(nodeId, NodeKind.Task, parent: parent);

    public TestProcess User(string nodeId, string? role = "AccountManager", string? stage = null, int? dueBusinessDays = null, string? parent = null) =>
        Node(nodeId, NodeKind.UserTask, n => n with { Name = Title(nodeId), Role = role, Stage = stage, DueBusinessDays = dueBusinessDays }, parent);

    public TestProcess Service(string nodeId, string automation = "send-welcome", string? parent = null) =>
        Node(nodeId, NodeKind.ServiceTask, n => n with { Name = Title(nodeId), Automation = automation }, parent);

    public TestProcess Xor(string nodeId, string? parent = null) => Node(nodeId, NodeKind.ExclusiveGateway, n => n with { Name = Title(nodeId) }, parent);

    public TestProcess And(string nodeId, string? parent = null) => Node(nodeId, NodeKind.ParallelGateway, parent: parent);

    public TestProcess Message(string nodeId, string messageName, string? parent = null) =>
        Node(nodeId, NodeKind.MessageCatch, n => n with { MessageName = messageName }, parent);

    public TestProcess Timer(string nodeId, TimerKind kind, string expression, string? parent = null) =>
        Node(nodeId, NodeKind.TimerCatch, n => n with { Timer = new TimerDefinition(kind, expression) }, parent);

    public TestProcess SubProcess(string nodeId, string? parent = null) =>
        Node(nodeId, NodeKind.SubProcess, n => n with { Name = Title(nodeId) }, parent);

    public TestProcess TimerBoundary(string nodeId, string attachedTo, string expression, bool interrupting = true, TimerKind kind = TimerKind.Duration) =>
        Node(nodeId, NodeKind.BoundaryEvent, n => n with
        {
            AttachedToId = attachedTo, Boundary = BoundaryKind.Timer, CancelActivity = interrupting,
            Timer = new TimerDefinition(kind, expression), ParentId = ParentOf(attachedTo),
        });

    public TestProcess ErrorBoundary(string nodeId, string attachedTo, string? catches = null) =>
        Node(nodeId, NodeKind.BoundaryEvent, n => n with
        {
            AttachedToId = attachedTo, Boundary = BoundaryKind.Error, CatchesErrorCode = catches, ParentId = ParentOf(attachedTo),
        });

    public TestProcess ErrorEnd(string nodeId, string code, string? parent = null) =>
        Node(nodeId, NodeKind.EndEvent, n => n with { ThrowsErrorCode = code }, parent);

    public TestProcess TerminateEnd(string nodeId, string? parent = null) =>
        Node(nodeId, NodeKind.EndEvent, n => n with { Terminate = true }, parent);

    public TestProcess Flow(string from, string to, string? condition = null, string? flowId = null, bool isDefault = false)
    {
        var flow = new SequenceFlow(flowId ?? $"{from}->{to}", null, from, to, condition, condition is null ? null : "javascript");
        flows.Add(flow);
        if (isDefault)
        {
            defaults[from] = flow.Id;
        }

        return this;
    }

    /// <summary>Unconditional flows between each pair of neighbours.</summary>
    public TestProcess Chain(params string[] nodeIds)
    {
        for (var i = 1; i < nodeIds.Length; i++)
        {
            Flow(nodeIds[i - 1], nodeIds[i]);
        }

        return this;
    }

    public ProcessModel Build()
    {
        var incoming = flows.ToLookup(f => f.TargetId, f => f.Id);
        var outgoing = flows.ToLookup(f => f.SourceId, f => f.Id);
        var boundaries = nodes.Where(b => b.AttachedToId is not null).ToLookup(b => b.AttachedToId!, b => b.Id);
        var wired = nodes.Select(n => n with
        {
            Incoming = [.. incoming[n.Id]],
            Outgoing = [.. outgoing[n.Id]],
            BoundaryEventIds = [.. boundaries[n.Id]],
            DefaultFlowId = defaults.GetValueOrDefault(n.Id),
        }).ToList();
        return new ProcessModel(id, name, wired, flows, [], []);
    }

    private string? ParentOf(string nodeId) => nodes.First(n => n.Id == nodeId).ParentId;

    private static string Title(string nodeId) => char.ToUpperInvariant(nodeId[0]) + nodeId[1..];
}
