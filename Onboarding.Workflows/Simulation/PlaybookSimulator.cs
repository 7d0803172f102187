using Onboarding.Workflows.Conditions;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Simulation;

/// <summary>
/// Runs a playbook from start to end on a virtual clock, with no database and no people: every work item
/// is completed, every awaited message delivered, every automation reported as a no-op success, and timers
/// fire when nothing else can happen sooner. Shows the path a client takes, how long it takes in business
/// days, and where a playbook gets stuck (a join that can never fire, a gateway with no way out, a loop).
/// </summary>
public static class PlaybookSimulator
{
    /// <summary>Simulates one onboarding through <paramref name="model"/>. Pure: same inputs, same result.</summary>
    public static SimulationResult Run(ProcessModel model, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Conditions is { } conditions)
        {
            return new SimulationRun(model, options, conditions).Run();
        }

        using var javaScript = new JintConditionEvaluator();
        return new SimulationRun(model, options, javaScript).Run();
    }
}
