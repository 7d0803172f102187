namespace Onboarding.Workflows;

/// <summary>
/// Marker for the workflow engine assembly. The engine itself (BPMN model, parser, validator,
/// step core, runtime) arrives with the engine issue; see docs/decisions/0001.
/// </summary>
public static class WorkflowsAssembly
{
    /// <summary>The namespace of our own BPMN extension attributes.</summary>
    public const string OnboardingNamespace = "http://onboarding.app/schema/bpmn";
}
