using Onboarding.Workflows.Bpmn;

namespace Onboarding.Workflows.Playbooks;

/// <summary>Which elements of a playbook's XML are in which stage: what renaming or removing a stage affects.</summary>
public static class StageUsage
{
    /// <summary>Element ids by <c>onboarding:stage</c> value, in document order; empty when the XML cannot be read.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ElementsByStage(string? xml)
    {
        if (string.IsNullOrEmpty(xml)) return new Dictionary<string, IReadOnlyList<string>>();
        try
        {
            return BpmnReader.Read(xml).NodesInDocumentOrder
                .Where(n => !string.IsNullOrEmpty(n.Stage))
                .GroupBy(n => n.Stage!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(n => n.Id).ToList(), StringComparer.Ordinal);
        }
        catch (BpmnReadException)
        {
            // Unreadable XML already shows as a finding; no element can be counted.
            return new Dictionary<string, IReadOnlyList<string>>();
        }
    }
}
