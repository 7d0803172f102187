using Onboarding.Tests.Workflows.Bpmn;
using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Validation;

namespace Onboarding.Tests.Workflows.Validation;

/// <summary>Runs the validator on inline BPMN with a small registry of automations and messages.</summary>
public static class Validate
{
    public static readonly ValidationContext Context = new(
        new HashSet<string>(StringComparer.Ordinal) { "send-welcome", "create-invoice" },
        new HashSet<string>(StringComparer.Ordinal) { "DepositPaid" });

    public static IReadOnlyList<ValidationFinding> Xml(string xml, ValidationContext? context = null) =>
        ProcessValidator.Validate(BpmnReader.Read(xml), context ?? Context);

    /// <summary>start -> content ('a' ... 'z') -> end.</summary>
    public static IReadOnlyList<ValidationFinding> Linear(string content, ValidationContext? context = null) => Xml(BpmnXml.Linear(content), context);

    public static IEnumerable<(string Code, string ElementId)> Codes(this IEnumerable<ValidationFinding> findings) =>
        findings.Select(f => (f.Code, f.ElementId));

    public static ValidationFinding Single(this IEnumerable<ValidationFinding> findings, string code) =>
        findings.Where(f => f.Code == code).ShouldHaveSingleItem();
}
