using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Engine;

/// <summary>Read-only questions the UI and the runtime ask about an instance: where it is, its stage, whether it is stuck.</summary>
public static class InstanceQueries
{
    /// <summary>The ids of the nodes where tokens rest (join waiters and subprocesses included), distinct, in document order.</summary>
    public static IReadOnlyList<string> ActiveNodeIds(ProcessModel model, InstanceState state) =>
        [.. ActiveNodes(model, state).Select(n => n.Id)];

    /// <summary>The distinct stages (<c>onboarding:stage</c>) of the nodes where tokens rest, in document order: the client's current step.</summary>
    public static IReadOnlyList<string> CurrentStages(ProcessModel model, InstanceState state) =>
        [.. ActiveNodes(model, state).Select(n => n.Stage).OfType<string>().Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>The tokens with an open incident: the instance needs a person (retry, fix variables, or cancel).</summary>
    public static IReadOnlyList<Token> Incidents(InstanceState state) =>
        [.. state.Tokens.Where(t => t.Wait == TokenWait.Incident)];

    /// <summary>True when the instance is running and has at least one open incident.</summary>
    public static bool NeedsAttention(InstanceState state) =>
        state.Status == InstanceStatus.Running && state.Tokens.Exists(t => t.Wait == TokenWait.Incident);

    /// <summary>
    /// True when the instance is running but nothing can ever move it: no token waits for a person, a message,
    /// a timer or an automation, and none has an incident (that is <see cref="NeedsAttention"/>), e.g. only
    /// parallel-join waiters are left whose other branches were never taken.
    /// </summary>
    public static bool IsStuck(ProcessModel model, InstanceState state) => StuckOn(model, state) is not null;

    /// <summary>The element a stuck instance is stuck on (the first join waiter in document order), else null.</summary>
    public static string? StuckOn(ProcessModel model, InstanceState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Status != InstanceStatus.Running || state.Tokens.Count == 0 || state.Timers.Count > 0)
        {
            return null;
        }

        if (state.Tokens.Exists(t => t.Wait is not (TokenWait.Join or TokenWait.SubProcess or TokenWait.None)))
        {
            return null;
        }

        var index = ModelIndex.For(model);
        var joins = state.Tokens.Where(t => t.Wait == TokenWait.Join).ToList();
        return (joins.Count > 0 ? joins : state.Tokens)
            .MinBy(t => index.TryGet(t.NodeId, out var info) ? info.DocumentIndex : int.MaxValue)!.NodeId;
    }

    private static IEnumerable<FlowNode> ActiveNodes(ProcessModel model, InstanceState state)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(state);
        var index = ModelIndex.For(model);
        return state.Tokens
            .Select(t => index.TryGet(t.NodeId, out var info) ? info : null)
            .OfType<NodeInfo>()
            .DistinctBy(n => n.Node.Id)
            .OrderBy(n => n.DocumentIndex)
            .Select(n => n.Node);
    }
}
