using Onboarding.Workflows.Engine;

namespace Onboarding.Workflows.Simulation;

/// <summary>The engine's own pieces the simulator uses unless told otherwise.</summary>
internal static class SimulationDefaults
{
    public static IConditionEvaluator Conditions() =>
        throw new InvalidOperationException("The JavaScript condition evaluator is not merged yet; pass SimulationOptions.Conditions.");
}
