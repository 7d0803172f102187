namespace Onboarding.Workflows.Validation;

/// <summary>How serious a finding is: errors block publishing, warnings are shown.</summary>
public enum FindingSeverity
{
    Error,
    Warning,
}

/// <summary>
/// One problem found in a process, like a bpmnlint report line.
/// </summary>
/// <param name="Severity">Errors block publishing.</param>
/// <param name="Code">A stable code per rule, e.g. <c>unsupported-element</c>.</param>
/// <param name="ElementId">The element to highlight: a node, a sequence flow, or the process itself.</param>
/// <param name="Message">What is wrong and how to fix it, naming the element by its label.</param>
public sealed record ValidationFinding(FindingSeverity Severity, string Code, string ElementId, string Message);
