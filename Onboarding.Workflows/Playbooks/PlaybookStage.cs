namespace Onboarding.Workflows.Playbooks;

/// <summary>A stage of a playbook as people see it: its name (the <c>onboarding:stage</c> value) and its colour (<c>#rrggbb</c>).</summary>
public sealed record PlaybookStage(string Name, string Colour);
