using System.Text.Json.Nodes;

namespace Onboarding.Workflows.Engine;

/// <summary>Something that happened to an instance; the input of one engine step.</summary>
public abstract record Stimulus;

/// <summary>Starts a new instance (given a fresh <see cref="InstanceState"/>) at the process's start event.</summary>
public sealed record StartInstance(JsonObject Variables) : Stimulus;

/// <summary>A person completed the work item of a user task; <paramref name="Output"/> is merged into the variables.</summary>
public sealed record CompleteWorkItem(int TokenId, string? By, JsonObject? Output = null) : Stimulus;

/// <summary>A message arrived for this instance; <paramref name="Payload"/>'s properties are merged into the variables.</summary>
public sealed record DeliverMessage(string MessageName, JsonObject? Payload = null) : Stimulus;

/// <summary>A durable timer came due. Ignored when the timer is no longer armed (fired, cancelled).</summary>
public sealed record FireTimer(string TimerKey) : Stimulus;

public sealed record AutomationSucceeded(int TokenId, int Attempt, JsonObject? Output = null) : Stimulus;

/// <summary>
/// An automation threw. With an <paramref name="ErrorCode"/> it is a business error (BPMN error) caught by an
/// error boundary and never retried; otherwise it is retried with back-off, then raises an incident.
/// </summary>
public sealed record AutomationFailed(int TokenId, int Attempt, string Message, string? ErrorCode = null) : Stimulus;

/// <summary>Retry the step that raised the incident on this token (re-run the automation, re-evaluate the gateway).</summary>
public sealed record RetryIncident(int TokenId, string? By) : Stimulus;

/// <summary>Merge variables without moving any token (a gate's data recorded, a field corrected).</summary>
public sealed record SetVariables(JsonObject Variables, string? By) : Stimulus;

/// <summary>Stops the instance: work items cancelled, timers cancelled, status Cancelled.</summary>
public sealed record CancelInstance(string Reason, string? By) : Stimulus;
