using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Playbooks;

/// <summary>Which elements of a playbook are in which stage: what renaming or removing a stage affects.</summary>
public static class StageUsage
{
    /// <summary>Element ids by <c>onboarding:stage</c> value, in document order; empty when there is no model (unreadable XML, already a finding).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ElementsByStage(ProcessModel? model) =>
        model is null
            ? new Dictionary<string, IReadOnlyList<string>>()
            : model.NodesInDocumentOrder
                .Where(n => !string.IsNullOrEmpty(n.Stage))
                .GroupBy(n => n.Stage!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(n => n.Id).ToList(), StringComparer.Ordinal);
}
