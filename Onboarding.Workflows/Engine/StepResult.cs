namespace Onboarding.Workflows.Engine;

public enum StepOutcome
{
    /// <summary>The stimulus applied; <see cref="StepResult.State"/> is the new state.</summary>
    Applied,
    /// <summary>The stimulus no longer applies (timer already fired or cancelled, token gone); nothing changed.</summary>
    Ignored,
}

/// <summary>The new state and the effects of one step. When ignored, State is the unchanged input and Effects empty.</summary>
public sealed record StepResult(StepOutcome Outcome, InstanceState State, Effects Effects, string? IgnoredBecause = null);

/// <summary>The stimulus cannot apply, for a reason a person can act on (e.g. the work item is not open).</summary>
public sealed class StimulusRejectedException(string message) : Exception(message);
