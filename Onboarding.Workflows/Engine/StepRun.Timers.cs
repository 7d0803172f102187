using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Engine;

/// <summary>Arming and firing timers: catch events, boundary timers (reminder ladders), automation retries.</summary>
internal sealed partial class StepRun
{
    private string? FireTimer(FireTimer fire)
    {
        var timer = state.Timers.Find(t => t.Key == fire.TimerKey);
        if (timer is null)
        {
            return $"The timer '{fire.TimerKey}' already fired or was cancelled.";
        }

        var token = FindToken(timer.TokenId);
        var expected = timer.Purpose switch
        {
            TimerPurpose.CatchEvent => TokenWait.Timer,
            TimerPurpose.AutomationRetry => TokenWait.AutomationRetry,
            TimerPurpose.Boundary => token?.Wait ?? TokenWait.None,
        };
        if (token is null || token.Wait != expected || token.Wait == TokenWait.None)
        {
            return $"The timer '{fire.TimerKey}' no longer has a token waiting for it.";
        }

        state.Timers.Remove(timer);
        var info = index[timer.NodeId];
        switch (timer.Purpose)
        {
            case TimerPurpose.CatchEvent:
                Journal(JournalKind.TimerFired, info.Node, token.Id, $"'{info.Node.Label}' came due");
                token.Wait = TokenWait.None;
                Leave(token, info);
                break;
            case TimerPurpose.AutomationRetry:
                RequestAutomation(token, info.Node, token.Attempt + 1);
                break;
            case TimerPurpose.Boundary:
                FireBoundaryTimer(timer, token, info.Node);
                break;
        }

        return null;
    }

    /// <summary>
    /// Interrupting: the activity is cancelled and a token leaves by the boundary. Non-interrupting: a new token
    /// leaves by the boundary, the activity stays active, and a cycle re-arms (with a new key) until exhausted.
    /// </summary>
    private void FireBoundaryTimer(ArmedTimer timer, Token activity, FlowNode boundary)
    {
        var activityNode = index[activity.NodeId].Node;
        Journal(JournalKind.TimerFired, boundary, activity.Id, $"'{boundary.Label}' came due on '{activityNode.Label}'");
        var scopeTokenId = activity.ScopeTokenId;
        if (boundary.CancelActivity)
        {
            CancelToken(activity);
        }
        else
        {
            var fired = timer.Fired + 1;
            var next = NextDue(boundary.Timer!, timer.DueAtUtc, fired);
            if (next is { } due)
            {
                ArmTimer(boundary, activity.Id, TimerPurpose.Boundary, due, fired);
            }
        }

        Leave(NewToken(boundary.Id, scopeTokenId), index[boundary.Id]);
    }

    /// <summary>Arms the timer boundaries of an activity that becomes active; false (and an incident) when one cannot be read.</summary>
    private bool ArmBoundaryTimers(Token token, NodeInfo info)
    {
        foreach (var boundary in info.TimerBoundaries)
        {
            if (!TryFirstDue(token, boundary, out var due))
            {
                CancelTimersOf(token.Id);
                return false;
            }

            if (due is { } dueAt)
            {
                ArmTimer(boundary, token.Id, TimerPurpose.Boundary, dueAt, 0);
            }
        }

        return true;
    }

    private void ArmTimer(FlowNode node, int tokenId, TimerPurpose purpose, DateTime dueAtUtc, int fired)
    {
        var timer = new ArmedTimer
        {
            Key = $"t{state.NextTimerId++}",
            TokenId = tokenId,
            NodeId = node.Id,
            Purpose = purpose,
            DueAtUtc = dueAtUtc,
            Fired = fired,
        };
        state.Timers.Add(timer);
        Effects.ArmedTimers.Add(timer with { });
        var what = purpose == TimerPurpose.AutomationRetry ? $"The retry of '{node.Label}'" : $"'{node.Label}'";
        Journal(JournalKind.TimerArmed, node, tokenId, $"{what} is due {dueAtUtc:yyyy-MM-dd HH:mm} UTC");
    }

    /// <summary>The first due time of a timer event; false (and an incident on the token) when its expression cannot be read.</summary>
    private bool TryFirstDue(Token token, FlowNode timerEvent, out DateTime? due)
    {
        due = null;
        if (timerEvent.Timer is null)
        {
            RaiseIncident(token, $"'{timerEvent.Label}' is a timer without a time; set its duration, date or cycle.", IncidentRetry.Enter);
            return false;
        }

        try
        {
            due = EngineTimers.FirstDue(timerEvent.Timer, now, env.Calendar);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            RaiseIncident(token, $"The timer of '{timerEvent.Label}' ('{timerEvent.Timer.Expression}') cannot be read: {ex.Message}",
                IncidentRetry.Enter);
            return false;
        }
    }

    private DateTime? NextDue(TimerDefinition timer, DateTime previousDueUtc, int firedSoFar)
    {
        try
        {
            return EngineTimers.NextDue(timer, previousDueUtc, firedSoFar, env.Calendar);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            return null;
        }
    }
}
