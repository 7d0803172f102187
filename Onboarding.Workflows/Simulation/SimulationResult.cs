using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Simulation;

/// <summary>How a simulated run ended.</summary>
public enum SimulationOutcome
{
    /// <summary>Every token reached an end event.</summary>
    Completed,

    /// <summary>A terminate end event ended the instance.</summary>
    Terminated,

    /// <summary>Nothing can move the instance any more (see <see cref="SimulationResult.Stuck"/>).</summary>
    Stuck,

    /// <summary>The step limit was reached: the workflow seems to loop forever (see <see cref="SimulationResult.Stuck"/>).</summary>
    StepLimitReached,
}

/// <summary>One element a token passed through, in the order visited, at the virtual time it was entered.</summary>
public sealed record SimulatedVisit(DateTime AtUtc, string NodeId, string Label, NodeKind Kind, string? Stage, string What);

/// <summary>A step that did nothing in the simulation: an untyped task, or a service task whose automation ran as a no-op.</summary>
public sealed record SimulatedNoOp(string NodeId, string Label, string? Automation);

/// <summary>Where and why a run could not go on, with what to fix.</summary>
public sealed record SimulationStuck(string NodeId, string Label, string Reason);

/// <summary>The outcome of <see cref="PlaybookSimulator.Run"/>.</summary>
public sealed record SimulationResult(
    SimulationOutcome Outcome,
    InstanceState FinalState,
    DateTime StartedAtUtc,
    DateTime EndedAtUtc,
    int BusinessDays,
    int Steps,
    IReadOnlyList<SimulatedVisit> Visits,
    IReadOnlyList<SimulatedNoOp> NoOps,
    IReadOnlyList<IncidentRaised> Incidents,
    IReadOnlyList<JournalLine> Journal,
    SimulationStuck? Stuck)
{
    /// <summary>True when the instance ended normally (completed, or terminated by a terminate end event).</summary>
    public bool Ended => Outcome is SimulationOutcome.Completed or SimulationOutcome.Terminated;
}
