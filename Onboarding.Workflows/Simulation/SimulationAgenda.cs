using Onboarding.Workflows.Engine;

namespace Onboarding.Workflows.Simulation;

/// <summary>A stimulus the simulator will give, and the virtual instant it happens at.</summary>
internal sealed record PlannedStimulus(DateTime AtUtc, Stimulus Stimulus);

/// <summary>
/// What the simulated people, client and clock can do next: automations report back at once; work items
/// are completed (each once, in the order opened); awaited messages are delivered (once per wait, late when
/// a delay is set); and when nothing else is possible sooner, the earliest armed timer fires.
/// </summary>
internal sealed class SimulationAgenda(SimulationOptions options)
{
    private readonly List<Pending<AutomationRequest>> automations = [];
    private readonly List<Pending<WorkItemOpened>> workItems = [];
    private readonly List<Pending<MessageAwaited>> messages = [];
    private readonly HashSet<string> ignoredTimers = new(StringComparer.Ordinal);
    private readonly HashSet<int> completedWorkItems = [];
    private int sequence;

    /// <summary>Records what a step opened and closed.</summary>
    public void Track(Effects effects, DateTime nowUtc)
    {
        automations.AddRange(effects.Automations.Select(a => new Pending<AutomationRequest>(a, nowUtc, sequence++)));
        workItems.AddRange(effects.OpenedWorkItems
            .Where(w => !completedWorkItems.Contains(w.TokenId))
            .Select(w => new Pending<WorkItemOpened>(w, nowUtc, sequence++)));
        messages.AddRange(effects.AwaitedMessages.Select(m => new Pending<MessageAwaited>(m, nowUtc, sequence++)));
        foreach (var closed in effects.ClosedWorkItems)
        {
            workItems.RemoveAll(w => w.Item.TokenId == closed.TokenId);
        }

        foreach (var ended in effects.EndedMessageWaits)
        {
            messages.RemoveAll(m => m.Item.TokenId == ended);
        }
    }

    /// <summary>The next stimulus, or null when nothing the simulator can do applies.</summary>
    public PlannedStimulus? Next(InstanceState state, DateTime nowUtc)
    {
        var candidates = new List<(DateTime At, int Rank, long Order, Stimulus Stimulus)>();
        candidates.AddRange(automations.Select(a =>
            (nowUtc, 0, (long)a.Sequence, (Stimulus)new AutomationSucceeded(a.Item.TokenId, a.Item.Attempt))));
        candidates.AddRange(workItems.Select(w =>
            (Later(nowUtc, options.Pace == WorkItemPace.WhenDue ? w.Item.DueAtUtc ?? w.SinceUtc : w.SinceUtc), 1, (long)w.Sequence,
             (Stimulus)new CompleteWorkItem(w.Item.TokenId, "simulator"))));
        candidates.AddRange(messages.Select(m =>
            (Later(nowUtc, Arrival(m)), 2, (long)m.Sequence, (Stimulus)new DeliverMessage(m.Item.MessageName))));
        candidates.AddRange(state.Timers.Where(t => !ignoredTimers.Contains(t.Key)).Select((t, i) =>
            (Later(nowUtc, t.DueAtUtc), 3, (long)i, (Stimulus)new FireTimer(t.Key))));
        if (candidates.Count == 0)
        {
            return null;
        }

        var next = candidates.OrderBy(c => c.At).ThenBy(c => c.Rank).ThenBy(c => c.Order).First();
        return new PlannedStimulus(next.At, next.Stimulus);
    }

    /// <summary>Forgets a stimulus once given, so that nothing is given twice, whatever the engine answered.</summary>
    public void Given(Stimulus stimulus, StepOutcome? outcome)
    {
        switch (stimulus)
        {
            case AutomationSucceeded s:
                automations.RemoveAll(a => a.Item.TokenId == s.TokenId && a.Item.Attempt == s.Attempt);
                break;
            case CompleteWorkItem c:
                completedWorkItems.Add(c.TokenId);
                workItems.RemoveAll(w => w.Item.TokenId == c.TokenId);
                break;
            case DeliverMessage d:
                // The engine hands a message to every token waiting for it: each of those waits is served now.
                messages.RemoveAll(m => m.Item.MessageName == d.MessageName);
                break;
            case FireTimer f when outcome != StepOutcome.Applied:
                ignoredTimers.Add(f.TimerKey);
                break;
        }
    }

    private DateTime Arrival(Pending<MessageAwaited> wait) =>
        options.MessageDelays.TryGetValue(wait.Item.MessageName, out var days) && days > 0
            ? options.Calendar.AddBusinessDays(wait.SinceUtc, days)
            : wait.SinceUtc;

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;

    private sealed record Pending<T>(T Item, DateTime SinceUtc, int Sequence);
}
