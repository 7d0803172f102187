namespace Onboarding.Workflows.Engine;

/// <summary>The stimuli: each validates, changes the cloned state, and queues tokens to move on.</summary>
internal sealed partial class StepRun
{
    private string? Start(StartInstance start)
    {
        if (state.Tokens.Count > 0 || state.StartedAtUtc != default)
        {
            throw new StimulusRejectedException("This workflow instance has already started; start a new instance instead.");
        }

        var starts = index.StartsOf(null);
        if (starts.Count == 0)
        {
            throw new StimulusRejectedException($"The process '{model.Name ?? model.Id}' has no start event; add one in the designer.");
        }

        state.StartedAtUtc = now;
        Merge(start.Variables);
        Journal(JournalKind.Started, null, null, $"Started '{model.Name ?? model.Id}'");
        foreach (var node in starts)
        {
            arrivals.Enqueue(NewToken(node.Node.Id, null));
        }

        return null;
    }

    private string? CompleteWorkItem(CompleteWorkItem complete)
    {
        var token = FindToken(complete.TokenId);
        if (token is not { Wait: TokenWait.WorkItem })
        {
            throw new StimulusRejectedException(
                $"The work item (token {complete.TokenId}) is not open; it was completed or cancelled.");
        }

        var info = index[token.NodeId];
        Merge(complete.Output);
        Effects.ClosedWorkItems.Add(new WorkItemClosed(token.Id, token.NodeId, WorkItemCloseReason.Completed, complete.By));
        Journal(JournalKind.WorkItemCompleted, info.Node, token.Id, $"Completed '{info.Node.Label}'", complete.By);
        CompleteActivity(token, info);
        return null;
    }

    /// <summary>Every token waiting for the message takes it (a message is news for the whole onboarding).</summary>
    private string? DeliverMessage(DeliverMessage message)
    {
        List<Token>? waiting = null;
        foreach (var token in state.Tokens)
        {
            if (token.Wait == TokenWait.Message && index[token.NodeId].Node.MessageName == message.MessageName)
            {
                (waiting ??= []).Add(token);
            }
        }

        if (waiting is null)
        {
            return $"No step of the workflow waits for the message '{message.MessageName}'.";
        }

        Merge(message.Payload);
        foreach (var token in waiting)
        {
            var info = index[token.NodeId];
            Effects.EndedMessageWaits.Add(token.Id);
            Journal(JournalKind.MessageReceived, info.Node, token.Id, $"'{info.Node.Label}' received the message '{message.MessageName}'");
            token.Wait = TokenWait.None;
            Leave(token, info);
        }

        return null;
    }

    private string? AutomationSucceeded(AutomationSucceeded succeeded)
    {
        var token = FindToken(succeeded.TokenId);
        if (token is null || token.Wait != TokenWait.Automation || token.Attempt != succeeded.Attempt)
        {
            return StaleReport(succeeded.TokenId, succeeded.Attempt);
        }

        var info = index[token.NodeId];
        Merge(succeeded.Output);
        Journal(JournalKind.AutomationSucceeded, info.Node, token.Id,
            $"The automation '{info.Node.Automation}' of '{info.Node.Label}' succeeded (attempt {token.Attempt})");
        CompleteActivity(token, info);
        return null;
    }

    private string? AutomationFailed(AutomationFailed failed)
    {
        var token = FindToken(failed.TokenId);
        if (token is null || token.Wait != TokenWait.Automation || token.Attempt != failed.Attempt)
        {
            return StaleReport(failed.TokenId, failed.Attempt);
        }

        var node = index[token.NodeId].Node;
        var code = failed.ErrorCode is null ? "" : $" with error '{failed.ErrorCode}'";
        Journal(JournalKind.AutomationFailed, node, token.Id,
            $"The automation '{node.Automation}' of '{node.Label}' failed{code} (attempt {token.Attempt} of {env.MaxAutomationAttempts}): {failed.Message}");

        if (failed.ErrorCode is { } errorCode)
        {
            ThrowError(token, token, errorCode, IncidentRetry.Automation);
        }
        else if (token.Attempt < env.MaxAutomationAttempts)
        {
            var backoff = env.AutomationBackoff * Math.Pow(2, token.Attempt - 1);
            ArmTimer(node, token.Id, TimerPurpose.AutomationRetry, now + backoff, 0);
            token.Wait = TokenWait.AutomationRetry;
        }
        else
        {
            RaiseIncident(token, $"The automation '{node.Automation}' of '{node.Label}' failed {token.Attempt} times; " +
                $"the last error was: {failed.Message}", IncidentRetry.Automation);
        }

        return null;
    }

    private static string StaleReport(int tokenId, int attempt) =>
        $"The report of attempt {attempt} for token {tokenId} is stale: that automation is no longer awaited.";

    private string? RetryIncident(RetryIncident retry)
    {
        var token = FindToken(retry.TokenId);
        if (token is not { Wait: TokenWait.Incident })
        {
            throw new StimulusRejectedException($"There is no open incident on token {retry.TokenId}; it was retried or resolved already.");
        }

        Effects.ResolvedIncidents.Add(token.Id);
        var known = index.TryGet(token.NodeId, out var info);
        Effects.Journal.Add(new JournalLine(now, JournalKind.IncidentRetried, token.NodeId, token.Id,
            $"Retried '{(known ? info.Node.Label : token.NodeId)}'", retry.By));
        token.IncidentMessage = null;
        token.Wait = TokenWait.None;
        switch (known ? token.IncidentRetry : IncidentRetry.Enter)
        {
            case IncidentRetry.Automation:
                RequestAutomation(token, info.Node, 1);
                break;
            case IncidentRetry.Leave:
                Leave(token, info);
                break;
            case IncidentRetry.Enter:
                arrivals.Enqueue(token);
                break;
        }

        return null;
    }

    private string? SetVariables(SetVariables set)
    {
        Merge(set.Variables);
        Journal(JournalKind.VariablesSet, null, null, $"Set variables: {string.Join(", ", set.Variables.Select(p => p.Key))}", set.By);
        return null;
    }

    private string? CancelInstance(CancelInstance cancel)
    {
        CancelEverything();
        state.Status = InstanceStatus.Cancelled;
        state.EndReason = cancel.Reason;
        state.EndedAtUtc = now;
        Journal(JournalKind.Cancelled, null, null, $"Cancelled: {cancel.Reason}", cancel.By);
        return null;
    }
}
