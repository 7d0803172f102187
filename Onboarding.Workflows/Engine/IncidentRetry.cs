namespace Onboarding.Workflows.Engine;

/// <summary>What <see cref="RetryIncident"/> does with a token in <see cref="TokenWait.Incident"/>.</summary>
public enum IncidentRetry
{
    /// <summary>Enter the element again: re-evaluate a gateway, re-arm a timer, re-throw an error.</summary>
    Enter,

    /// <summary>Leave the element again: re-evaluate the conditions on its outgoing flows.</summary>
    Leave,

    /// <summary>Request the service task's automation again, counting attempts from 1.</summary>
    Automation,
}
