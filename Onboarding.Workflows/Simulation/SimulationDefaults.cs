using Onboarding.Workflows.Conditions;
using Onboarding.Workflows.Engine;

namespace Onboarding.Workflows.Simulation;

/// <summary>The engine's own pieces the simulator uses unless told otherwise.</summary>
internal static class SimulationDefaults
{
    public static IConditionEvaluator Conditions() => new JintConditionEvaluator();
}
