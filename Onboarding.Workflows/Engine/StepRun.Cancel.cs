using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Engine;

/// <summary>Cancelling tokens and scopes, terminate, BPMN errors and incidents.</summary>
internal sealed partial class StepRun
{
    /// <summary>Removes a token and everything it waits for: its work item, message wait, incident, timers, and (for a subprocess) its children.</summary>
    private void CancelToken(Token token)
    {
        switch (token.Wait)
        {
            case TokenWait.WorkItem:
                var node = index[token.NodeId].Node;
                Effects.ClosedWorkItems.Add(new WorkItemClosed(token.Id, token.NodeId, WorkItemCloseReason.Cancelled, null));
                Journal(JournalKind.WorkItemCancelled, node, token.Id, $"Cancelled '{node.Label}'");
                break;
            case TokenWait.Message:
                Effects.EndedMessageWaits.Add(token.Id);
                break;
            case TokenWait.Incident:
                Effects.ResolvedIncidents.Add(token.Id);
                break;
            case TokenWait.SubProcess:
                CancelChildrenOf(token.Id);
                break;
        }

        CancelTimersOf(token.Id);
        RemoveToken(token);
    }

    private void CancelChildrenOf(int scopeTokenId)
    {
        foreach (var child in state.Tokens.Where(t => t.ScopeTokenId == scopeTokenId).ToList())
        {
            CancelToken(child);
        }
    }

    private void CancelTimersOf(int tokenId)
    {
        var timers = state.Timers;
        for (var i = 0; i < timers.Count; i++)
        {
            if (timers[i].TokenId == tokenId)
            {
                Effects.CancelledTimerKeys.Add(timers[i].Key);
                timers.RemoveAt(i--);
            }
        }
    }

    private void CancelTimersOfInstance()
    {
        foreach (var timer in state.Timers)
        {
            Effects.CancelledTimerKeys.Add(timer.Key);
        }

        state.Timers.Clear();
    }

    /// <summary>Every token removed and every wait ended (terminate at process level, cancel).</summary>
    private void CancelEverything()
    {
        foreach (var token in state.Tokens.Where(t => t.ScopeTokenId is null).ToList())
        {
            CancelToken(token);
        }

        foreach (var orphan in state.Tokens.ToList())
        {
            CancelToken(orphan);
        }

        CancelTimersOfInstance();
    }

    /// <summary>A terminate end event ends its scope: the whole instance, or only the enclosing subprocess, which then completes.</summary>
    private void Terminate(Token token, FlowNode node)
    {
        if (token.ScopeTokenId is { } scopeTokenId)
        {
            CancelChildrenOf(scopeTokenId);
            CompleteScopeIfDone(scopeTokenId);
            return;
        }

        CancelEverything();
        state.Status = InstanceStatus.Terminated;
        state.EndReason = node.Id;
        state.EndedAtUtc = now;
        Journal(JournalKind.Terminated, node, null, $"Terminated at '{node.Label}'");
    }

    /// <summary>
    /// A BPMN error thrown by <paramref name="thrower"/>, caught by the innermost activity (starting at
    /// <paramref name="activity"/> and going out through the enclosing subprocesses) with a matching error
    /// boundary: one naming the code wins over a catch-all. The activity is cancelled and a token leaves by
    /// the boundary. Uncaught, it becomes an incident on the thrower.
    /// </summary>
    private void ThrowError(Token thrower, Token? activity, string code, IncidentRetry retry)
    {
        for (var candidate = activity; candidate is not null;
             candidate = candidate.ScopeTokenId is { } scope ? FindToken(scope) : null)
        {
            var info = index[candidate.NodeId];
            var boundary = FindErrorBoundary(info, code);
            if (boundary is null)
            {
                continue;
            }

            var scopeTokenId = candidate.ScopeTokenId;
            Journal(JournalKind.ErrorCaught, boundary, candidate.Id,
                $"'{boundary.Label}' caught the error '{code}' thrown in '{info.Node.Label}'");
            CancelToken(candidate);
            Leave(NewToken(boundary.Id, scopeTokenId), index[boundary.Id]);
            return;
        }

        var where = index[thrower.NodeId].Node.Label;
        RaiseIncident(thrower, $"The error '{code}' thrown at '{where}' was not caught: no error boundary event catches it. " +
            "Add an error boundary event for it, or fix the cause and retry.", retry);
    }

    private static FlowNode? FindErrorBoundary(NodeInfo info, string code)
    {
        FlowNode? catchAll = null;
        foreach (var boundary in info.ErrorBoundaries)
        {
            if (boundary.CatchesErrorCode == code)
            {
                return boundary;
            }

            catchAll ??= boundary.CatchesErrorCode is null ? boundary : null;
        }

        return catchAll;
    }

    private void RaiseIncident(Token token, string message, IncidentRetry retry)
    {
        token.Wait = TokenWait.Incident;
        token.IncidentMessage = message;
        token.IncidentRetry = retry;
        Effects.Incidents.Add(new IncidentRaised(token.Id, token.NodeId, message));
        Effects.Journal.Add(new JournalLine(now, JournalKind.IncidentRaised, token.NodeId, token.Id, message));
    }
}
