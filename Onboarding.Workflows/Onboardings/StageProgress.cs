using Onboarding.Workflows.Playbooks;

namespace Onboarding.Workflows.Onboardings;

public enum StageState { Done, Current, Upcoming }

/// <summary>One stage of an onboarding as the stepper shows it: done (and when), current (and what it waits for), or upcoming.</summary>
public sealed record StageStep(string Name, string Colour, StageState State, DateTime? DoneAtUtc, IReadOnlyList<StageWait> WaitingFor);

/// <summary>Who or what a current stage waits for.</summary>
public enum WaitKind
{
    /// <summary>A person: an open work item (<see cref="StageWait.Who"/> is its assignee or role).</summary>
    WorkItem,

    /// <summary>The client: a message they send (questionnaire submitted, SOW approved).</summary>
    Client,

    /// <summary>A payment arriving (deposit paid); <see cref="StageWait.Element"/> is the whole sentence ("Waiting for deposit · USD 7,200.00 due 30 Dec").</summary>
    Payment,

    /// <summary>A date: a timer that fires at <see cref="StageWait.AtUtc"/>.</summary>
    Timer,

    /// <summary>The engine itself (an automation, an incident, parallel branches).</summary>
    Engine,
}

/// <summary>What an active element of the workflow waits for, in its stage.</summary>
/// <param name="Element">The work item's title, the message's or timer's label.</param>
/// <param name="Who">For a work item its assignee or role; for the engine what it waits for.</param>
/// <param name="AtUtc">For a timer, when it fires.</param>
public sealed record StageWait(string? Stage, WaitKind Kind, string Element, string? Who = null, DateTime? AtUtc = null)
{
    /// <summary>Message names that are payments rather than something the client sends.</summary>
    public static bool IsPayment(string messageName) =>
        messageName.EndsWith("Paid", StringComparison.Ordinal) || messageName.Contains("Payment", StringComparison.OrdinalIgnoreCase);

    /// <summary>The wait in a line: "Waits for the client: Questionnaire submitted".</summary>
    public string Text => Kind switch
    {
        WaitKind.WorkItem => Who is null ? $"Work item: {Element}" : $"Work item: {Element} ({Who})",
        WaitKind.Client => $"Waits for the client: {Element}",
        WaitKind.Payment => Element,
        WaitKind.Timer => AtUtc is { } at ? $"Timer: {Element}, fires {at:d MMM HH:mm} UTC" : $"Timer: {Element}",
        WaitKind.Engine => Who is null ? Element : $"{Element}: waits for {Who}",
        _ => Element,
    };
}

/// <summary>Places an onboarding on its playbook's ordered stages. Pure: the read side passes in what it loaded.</summary>
public static class StageProgress
{
    /// <param name="stages">The version's stages in playbook order.</param>
    /// <param name="waits">What the active elements wait for; their stages are the current ones.</param>
    /// <param name="finished">True when the workflow ended: every stage is done.</param>
    /// <param name="lastClosedByStage">When each stage's last work item closed, for the done stages' dates.</param>
    public static IReadOnlyList<StageStep> Of(IReadOnlyList<PlaybookStage> stages, IReadOnlyList<StageWait> waits, bool finished, IReadOnlyDictionary<string, DateTime> lastClosedByStage)
    {
        var current = waits.Select(w => w.Stage).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var firstCurrent = stages.Select((s, i) => (s, i)).Where(x => current.Contains(x.s.Name)).Select(x => x.i).DefaultIfEmpty(finished ? stages.Count : 0).Min();
        return stages.Select((stage, index) =>
        {
            var state = current.Contains(stage.Name) ? StageState.Current : index < firstCurrent ? StageState.Done : StageState.Upcoming;
            var waiting = state == StageState.Current ? waits.Where(w => w.Stage == stage.Name).OrderBy(w => w.Kind).ThenBy(w => w.AtUtc).ToList() : [];
            DateTime? doneAt = state == StageState.Done && lastClosedByStage.TryGetValue(stage.Name, out var at) ? at : null;
            return new StageStep(stage.Name, stage.Colour, state, doneAt, waiting);
        }).ToList();
    }
}
