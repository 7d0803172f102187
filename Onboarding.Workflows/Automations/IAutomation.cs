using System.Text.Json.Nodes;

namespace Onboarding.Workflows.Automations;

/// <summary>
/// Work a service task hands to code, found in the <see cref="AutomationRegistry"/> by a stable
/// name (never a method or type name, so playbooks survive refactoring). Throwing retries it with
/// back-off and then raises an incident; throwing <see cref="AutomationError"/> is a business error
/// that an error boundary can catch and that is never retried.
/// </summary>
public interface IAutomation
{
    /// <summary>The stable name playbooks use in <c>onboarding:automation</c>, e.g. <c>variables.set</c>.</summary>
    string Name { get; }

    /// <summary>What it does, for the ops lead choosing it in the designer.</summary>
    string Description { get; }

    IReadOnlyList<AutomationParameter> Parameters { get; }

    /// <summary>Runs the automation; the returned object's properties are merged into the instance's variables.</summary>
    Task<JsonObject?> RunAsync(AutomationContext context, CancellationToken cancellationToken);
}

public sealed record AutomationParameter(string Name, string Description, bool Required);

/// <summary>What an automation may know about the step that called it.</summary>
public sealed record AutomationContext(
    Guid InstanceId,
    string CorrelationKey,
    string NodeId,
    int Attempt,
    IReadOnlyDictionary<string, string> Parameters,
    JsonObject Variables);

/// <summary>A business error (BPMN error) with a code an error boundary can catch; not retried.</summary>
public sealed class AutomationError(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
