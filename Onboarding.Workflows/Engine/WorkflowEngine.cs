using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Engine;

/// <summary>
/// The pure step core of the workflow engine: (model, state, stimulus, environment) -> (state', effects).
/// No I/O, no clock but <see cref="StepEnvironment.NowUtc"/>, deterministic, and the given state is never
/// mutated (the step works on <see cref="InstanceState.Clone"/>). After a step every token rests in a wait
/// state (work item, message, timer, automation, retry, incident, join, subprocess) or the instance has ended.
/// </summary>
public static class WorkflowEngine
{
    /// <summary>Applies one stimulus to an instance.</summary>
    /// <exception cref="StimulusRejectedException">The stimulus cannot apply (instance ended, work item not open...).</exception>
    public static StepResult Step(ProcessModel model, InstanceState state, Stimulus stimulus, StepEnvironment env)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(stimulus);
        ArgumentNullException.ThrowIfNull(env);

        if (state.Status != InstanceStatus.Running)
        {
            var ended = state.EndedAtUtc is { } at ? $" on {at:yyyy-MM-dd HH:mm} UTC" : "";
            throw new StimulusRejectedException(
                $"The onboarding's workflow has ended ({state.Status}){ended}; it takes no more steps.");
        }

        var run = new StepRun(model, state.Clone(), env);
        var ignoredBecause = run.Apply(stimulus);
        return ignoredBecause is null
            ? new StepResult(StepOutcome.Applied, run.State, run.Effects)
            : new StepResult(StepOutcome.Ignored, state, new Effects(), ignoredBecause);
    }
}
