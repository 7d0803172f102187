using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Engine;

/// <summary>A token entering a node: it passes through, or comes to rest in a wait state.</summary>
internal sealed partial class StepRun
{
    private void Enter(Token token)
    {
        if (!index.TryGet(token.NodeId, out var info))
        {
            var element = model.Unsupported.FirstOrDefault(u => u.Id == token.NodeId);
            var what = element is null ? "an element the process does not contain" : $"a {element.ElementType}, which the engine does not run";
            RaiseIncident(token, $"The flow reached '{element?.Name ?? token.NodeId}', {what}; replace it in the designer and publish a new version.",
                IncidentRetry.Enter);
            return;
        }

        var node = info.Node;
        token.EnteredAtUtc = now;
        switch (node.Kind)
        {
            case NodeKind.StartEvent:
            case NodeKind.BoundaryEvent:
                Leave(token, info);
                break;
            case NodeKind.Task:
                Journal(JournalKind.Entered, node, token.Id, $"Entered '{node.Label}'");
                Leave(token, info);
                break;
            case NodeKind.UserTask:
                OpenWorkItem(token, info);
                break;
            case NodeKind.ServiceTask:
                if (ArmBoundaryTimers(token, info))
                {
                    RequestAutomation(token, node, 1);
                }

                break;
            case NodeKind.SubProcess:
                EnterSubProcess(token, info);
                break;
            case NodeKind.ExclusiveGateway:
                LeaveExclusiveGateway(token, info);
                break;
            case NodeKind.ParallelGateway:
                EnterParallelGateway(token, info);
                break;
            case NodeKind.MessageCatch:
                AwaitMessage(token, node);
                break;
            case NodeKind.TimerCatch:
                EnterTimerCatch(token, info);
                break;
            case NodeKind.EndEvent:
                EnterEndEvent(token, node);
                break;
        }
    }

    private void OpenWorkItem(Token token, NodeInfo info)
    {
        if (!ArmBoundaryTimers(token, info))
        {
            return;
        }

        var node = info.Node;
        token.Wait = TokenWait.WorkItem;
        DateTime? due = node.DueBusinessDays is { } days ? env.Calendar.AddBusinessDays(now, days) : null;
        Effects.OpenedWorkItems.Add(new WorkItemOpened(
            token.Id, node.Id, node.Label, node.Stage, node.Role, due, node.Checklist, node.Form, node.Gate));
        var forRole = node.Role is null ? "" : $" for {node.Role}";
        var dueText = due is { } d ? $", due {d:yyyy-MM-dd}" : "";
        Journal(JournalKind.WorkItemOpened, node, token.Id, $"Opened '{node.Label}'{forRole}{dueText}");
    }

    private void RequestAutomation(Token token, FlowNode node, int attempt)
    {
        if (string.IsNullOrWhiteSpace(node.Automation))
        {
            RaiseIncident(token, $"The service task '{node.Label}' names no automation; choose one in its properties.", IncidentRetry.Automation);
            return;
        }

        token.Wait = TokenWait.Automation;
        token.Attempt = attempt;
        Effects.Automations.Add(new AutomationRequest(token.Id, node.Id, node.Automation, attempt, node.AutomationParameters));
        var again = attempt > 1 ? $" (attempt {attempt} of {env.MaxAutomationAttempts})" : "";
        Journal(JournalKind.AutomationRequested, node, token.Id, $"'{node.Label}' requested the automation '{node.Automation}'{again}");
    }

    private void EnterSubProcess(Token token, NodeInfo info)
    {
        if (!ArmBoundaryTimers(token, info))
        {
            return;
        }

        token.Wait = TokenWait.SubProcess;
        Journal(JournalKind.Entered, info.Node, token.Id, $"Entered '{info.Node.Label}'");
        var starts = index.StartsOf(info.Node.Id);
        if (starts.Count == 0)
        {
            CompleteActivity(token, info);
            return;
        }

        foreach (var start in starts)
        {
            arrivals.Enqueue(NewToken(start.Node.Id, token.Id));
        }
    }

    private void AwaitMessage(Token token, FlowNode node)
    {
        if (string.IsNullOrWhiteSpace(node.MessageName))
        {
            RaiseIncident(token, $"'{node.Label}' waits for a message but names none; choose the message in its properties.", IncidentRetry.Enter);
            return;
        }

        token.Wait = TokenWait.Message;
        Effects.AwaitedMessages.Add(new MessageAwaited(token.Id, node.Id, node.MessageName));
        Journal(JournalKind.MessageAwaited, node, token.Id, $"'{node.Label}' waits for the message '{node.MessageName}'");
    }

    /// <summary>A catch timer fires once, even when it is a cycle (its first occurrence); a timer that never comes due is passed.</summary>
    private void EnterTimerCatch(Token token, NodeInfo info)
    {
        var node = info.Node;
        if (!TryFirstDue(token, node, out var due))
        {
            return;
        }

        if (due is null)
        {
            Leave(token, info);
            return;
        }

        ArmTimer(node, token.Id, TimerPurpose.CatchEvent, due.Value, 0);
        token.Wait = TokenWait.Timer;
    }

    /// <summary>Parallel gateway: a split forks; a join waits until every inbound flow has a token in this scope.</summary>
    private void EnterParallelGateway(Token token, NodeInfo info)
    {
        var node = info.Node;
        if (node.Incoming.Count <= 1)
        {
            MoveAlong(token, info.Outgoing);
            return;
        }

        token.Wait = TokenWait.Join;
        if (OnePerInboundFlow(info, token.ScopeTokenId) is not { } arrived)
        {
            return;
        }

        // Exactly one token per inbound flow is consumed; extra tokens on a flow wait for the next round.
        foreach (var consumed in arrived)
        {
            RemoveToken(consumed);
        }

        var joined = NewToken(node.Id, token.ScopeTokenId);
        Journal(JournalKind.Left, node, joined.Id, $"All {arrived.Length} branches arrived at '{node.Label}'");
        MoveAlong(joined, info.Outgoing);
    }

    /// <summary>
    /// The earliest waiting token for each inbound flow of a join, in one scope; null while a flow has none.
    /// One pass over the tokens (a cheap count first), so a join of many branches stays linear per arrival.
    /// </summary>
    private Token[]? OnePerInboundFlow(NodeInfo join, int? scopeTokenId)
    {
        var tokens = state.Tokens;
        var nodeId = join.Node.Id;
        var waiting = 0;
        foreach (var t in tokens)
        {
            if (t.Wait == TokenWait.Join && t.ScopeTokenId == scopeTokenId && t.NodeId == nodeId)
            {
                waiting++;
            }
        }

        var inbound = join.InboundFlowIndex;
        if (waiting < inbound.Count)
        {
            return null;
        }

        var arrived = new Token[inbound.Count];
        var found = 0;
        foreach (var t in tokens)
        {
            if (t.Wait == TokenWait.Join && t.ScopeTokenId == scopeTokenId && t.NodeId == nodeId &&
                t.ArrivedViaFlowId is { } flowId && inbound.TryGetValue(flowId, out var i) && arrived[i] is null)
            {
                arrived[i] = t;
                if (++found == arrived.Length)
                {
                    return arrived;
                }
            }
        }

        return null;
    }
}
