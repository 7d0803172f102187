using System.Text.Json.Nodes;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;

namespace Onboarding.Tests.Workflows.Simulation;

/// <summary>Builds small process models in code, for simulator tests that need no BPMN file.</summary>
internal sealed class ProcessBuilder(string id = "test-process")
{
    private readonly List<FlowNode> nodes = [];
    private readonly List<SequenceFlow> flows = [];

    public ProcessBuilder Node(string nodeId, NodeKind kind, string? stage = null, Func<FlowNode, FlowNode>? with = null)
    {
        var node = new FlowNode { Id = nodeId, Name = nodeId, Kind = kind, Stage = stage };
        nodes.Add(with is null ? node : with(node));
        return this;
    }

    public ProcessBuilder UserTask(string nodeId, string? stage = null, int? due = 1) =>
        Node(nodeId, NodeKind.UserTask, stage, n => n with { Role = "AccountManager", DueBusinessDays = due });

    public ProcessBuilder Message(string nodeId, string message) =>
        Node(nodeId, NodeKind.MessageCatch, with: n => n with { MessageName = message });

    public ProcessBuilder Flow(string from, string to, string? condition = null, string? flowId = null)
    {
        flows.Add(new SequenceFlow(flowId ?? $"{from}->{to}", null, from, to, condition, condition is null ? null : "javascript"));
        return this;
    }

    /// <summary>A chain of unconditional flows through the given nodes.</summary>
    public ProcessBuilder Chain(params string[] ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            Flow(ids[i - 1], ids[i]);
        }

        return this;
    }

    public ProcessModel Build()
    {
        var built = nodes.Select(n => n with
        {
            Incoming = [.. flows.Where(f => f.TargetId == n.Id).Select(f => f.Id)],
            Outgoing = [.. flows.Where(f => f.SourceId == n.Id).Select(f => f.Id)],
            BoundaryEventIds = [.. nodes.Where(b => b.AttachedToId == n.Id).Select(b => b.Id)],
        }).ToList();
        return new ProcessModel(id, id, built, flows, [], []);
    }
}

/// <summary>Conditions written as a variable name (true when that variable is true), or 'true' / 'false'.</summary>
internal sealed class VariableConditions : IConditionEvaluator
{
    public bool Evaluate(string flowId, string expression, JsonObject variables) => expression switch
    {
        "true" => true,
        "false" => false,
        _ => variables[expression]?.GetValue<bool>() == true,
    };
}
