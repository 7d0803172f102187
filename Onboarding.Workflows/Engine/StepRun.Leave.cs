using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Engine;

/// <summary>A token leaving a node along its outgoing flows, and tokens ending (end events, scopes, the instance).</summary>
internal sealed partial class StepRun
{
    /// <summary>An activity finished its work: its boundary timers are cancelled and its token leaves.</summary>
    private void CompleteActivity(Token token, NodeInfo info)
    {
        CancelTimersOf(token.Id);
        token.Wait = TokenWait.None;
        token.Attempt = 0;
        Leave(token, info);
    }

    /// <summary>
    /// Leaves an activity or event: every unconditional flow is taken, each conditional flow whose condition
    /// holds too; the default flow only when no other flow is taken. No outgoing flow at all is an implicit end.
    /// </summary>
    private void Leave(Token token, NodeInfo info)
    {
        var node = info.Node;
        if (node.Kind is not (NodeKind.StartEvent or NodeKind.ExclusiveGateway or NodeKind.ParallelGateway))
        {
            Journal(JournalKind.Left, node, token.Id, $"Left '{node.Label}'");
        }

        var outgoing = info.Outgoing;
        if (outgoing.Length == 1 && !outgoing[0].HasCondition)
        {
            MoveAlong(token, outgoing[0]);
            return;
        }

        if (outgoing.Length == 0)
        {
            EndToken(token);
            return;
        }

        List<SequenceFlow> taken = new(outgoing.Length);
        try
        {
            foreach (var flow in outgoing)
            {
                if (flow.Id != node.DefaultFlowId && (!flow.HasCondition || Holds(flow)))
                {
                    taken.Add(flow);
                }
            }
        }
        catch (ConditionException ex)
        {
            RaiseIncident(token, $"A condition after '{node.Label}' failed: {ex.Message}", IncidentRetry.Leave);
            return;
        }

        if (taken.Count == 0 && node.DefaultFlowId is { } defaultFlowId)
        {
            taken.Add(model.Flow(defaultFlowId));
        }

        if (taken.Count == 0)
        {
            RaiseIncident(token, NoConditionTrue(node), IncidentRetry.Leave);
            return;
        }

        MoveAlong(token, taken);
    }

    /// <summary>Exclusive gateway: the first flow in document order whose condition holds, else the default flow.</summary>
    private void LeaveExclusiveGateway(Token token, NodeInfo info)
    {
        var node = info.Node;
        var outgoing = info.Outgoing;
        if (outgoing.Length == 1 && !outgoing[0].HasCondition)
        {
            MoveAlong(token, outgoing[0]);
            return;
        }

        if (outgoing.Length == 0)
        {
            EndToken(token);
            return;
        }

        SequenceFlow? chosen = null;
        try
        {
            foreach (var flow in outgoing)
            {
                if (flow.Id != node.DefaultFlowId && (!flow.HasCondition || Holds(flow)))
                {
                    chosen = flow;
                    break;
                }
            }
        }
        catch (ConditionException ex)
        {
            RaiseIncident(token, $"Evaluating the conditions of '{node.Label}' failed: {ex.Message}", IncidentRetry.Enter);
            return;
        }

        if (chosen is null && node.DefaultFlowId is { } defaultFlowId)
        {
            chosen = model.Flow(defaultFlowId);
        }

        if (chosen is null)
        {
            RaiseIncident(token, NoConditionTrue(node), IncidentRetry.Enter);
            return;
        }

        var target = index.TryGet(chosen.TargetId, out var targetInfo) ? targetInfo.Node.Label : chosen.TargetId;
        var label = string.IsNullOrWhiteSpace(chosen.Name) ? $"the flow to '{target}'" : $"'{chosen.Name}'";
        Journal(JournalKind.ConditionTaken, node, token.Id, $"'{node.Label}' took {label} ({chosen.Id})");
        MoveAlong(token, chosen);
    }

    private bool Holds(SequenceFlow flow) => env.Conditions.Evaluate(flow.Id, flow.Condition!, state.Variables);

    private static string NoConditionTrue(FlowNode node) =>
        $"No condition on the outgoing flows of '{node.Label}' was true and it has no default flow; add a default flow or fix the conditions.";

    /// <summary>The token itself goes along the first flow (with a fresh id: a token is consumed and produced); new tokens along the others.</summary>
    private void MoveAlong(Token token, IReadOnlyList<SequenceFlow> flows)
    {
        if (flows.Count == 0)
        {
            EndToken(token);
            return;
        }

        MoveAlong(token, flows[0]);
        for (var i = 1; i < flows.Count; i++)
        {
            arrivals.Enqueue(NewToken(flows[i].TargetId, token.ScopeTokenId, flows[i].Id));
        }
    }

    private void MoveAlong(Token token, SequenceFlow flow)
    {
        token.Id = state.NextTokenId++;
        token.NodeId = flow.TargetId;
        token.ArrivedViaFlowId = flow.Id;
        token.Wait = TokenWait.None;
        token.Attempt = 0;
        token.IncidentMessage = null;
        arrivals.Enqueue(token);
    }

    private void EnterEndEvent(Token token, FlowNode node)
    {
        Journal(JournalKind.Entered, node, token.Id, $"Reached '{node.Label}'");
        if (node.ThrowsErrorCode is { } code)
        {
            var scope = token.ScopeTokenId is { } scopeId ? FindToken(scopeId) : null;
            ThrowError(token, scope, code, IncidentRetry.Enter);
        }
        else if (node.Terminate)
        {
            Terminate(token, node);
        }
        else
        {
            EndToken(token);
        }
    }

    /// <summary>A token is consumed; when its scope has no tokens left, the scope completes.</summary>
    private void EndToken(Token token)
    {
        RemoveToken(token);
        CompleteScopeIfDone(token.ScopeTokenId);
    }

    private void CompleteScopeIfDone(int? scopeTokenId)
    {
        if (scopeTokenId is null)
        {
            if (state.Tokens.Count == 0 && state.Status == InstanceStatus.Running)
            {
                CancelTimersOfInstance();
                state.Status = InstanceStatus.Completed;
                state.EndedAtUtc = now;
                Journal(JournalKind.Completed, null, null, $"Completed '{model.Name ?? model.Id}'");
            }

            return;
        }

        if (!HasTokensIn(scopeTokenId.Value) && FindToken(scopeTokenId.Value) is { Wait: TokenWait.SubProcess } subProcess)
        {
            CompleteActivity(subProcess, index[subProcess.NodeId]);
        }
    }
}
