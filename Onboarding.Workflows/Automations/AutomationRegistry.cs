namespace Onboarding.Workflows.Automations;

/// <summary>Every automation the engine can call, by stable name. Names are unique.</summary>
public sealed class AutomationRegistry
{
    private readonly Dictionary<string, IAutomation> byName;

    public AutomationRegistry(IEnumerable<IAutomation> automations)
    {
        byName = new Dictionary<string, IAutomation>(StringComparer.Ordinal);
        foreach (var automation in automations)
        {
            if (!byName.TryAdd(automation.Name, automation))
            {
                throw new InvalidOperationException($"Two automations are registered as '{automation.Name}'; names must be unique.");
            }
        }
        Names = byName.Keys.ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlySet<string> Names { get; }

    public IReadOnlyCollection<IAutomation> All => byName.Values;

    public IAutomation? Find(string name) => byName.GetValueOrDefault(name);
}
