using Onboarding.Workflows.Playbooks;

namespace Onboarding.Workflows.Onboardings;

public enum StageState { Done, Current, Upcoming }

/// <summary>One stage of an onboarding as the stepper shows it: done (and when), current (and what it waits for), or upcoming.</summary>
public sealed record StageStep(string Name, string Colour, StageState State, DateTime? DoneAtUtc, IReadOnlyList<string> WaitingFor);

/// <summary>What an active element of the workflow waits for, in its stage: "Deposit paid: waits for a message".</summary>
public sealed record StageWait(string? Stage, string Element, string Waiting);

/// <summary>Places an onboarding on its playbook's ordered stages. Pure: the read side passes in what it loaded.</summary>
public static class StageProgress
{
    /// <param name="stages">The version's stages in playbook order.</param>
    /// <param name="waits">The active elements; their stages are the current ones.</param>
    /// <param name="finished">True when the workflow ended: every stage is done.</param>
    /// <param name="lastClosedByStage">When each stage's last work item closed, for the done stages' dates.</param>
    public static IReadOnlyList<StageStep> Of(IReadOnlyList<PlaybookStage> stages, IReadOnlyList<StageWait> waits, bool finished, IReadOnlyDictionary<string, DateTime> lastClosedByStage)
    {
        var current = waits.Select(w => w.Stage).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var firstCurrent = stages.Select((s, i) => (s, i)).Where(x => current.Contains(x.s.Name)).Select(x => x.i).DefaultIfEmpty(finished ? stages.Count : 0).Min();
        return stages.Select((stage, index) =>
        {
            var state = current.Contains(stage.Name) ? StageState.Current : index < firstCurrent ? StageState.Done : StageState.Upcoming;
            var waiting = state == StageState.Current ? waits.Where(w => w.Stage == stage.Name).Select(w => $"{w.Element}: waits for {w.Waiting}").ToList() : [];
            DateTime? doneAt = state == StageState.Done && lastClosedByStage.TryGetValue(stage.Name, out var at) ? at : null;
            return new StageStep(stage.Name, stage.Colour, state, doneAt, waiting);
        }).ToList();
    }
}
