namespace Onboarding.Workflows.Billing;

/// <summary>
/// A job the billing clock runs on every pass (issue scheduled invoices that are due, mark overdue invoices, send
/// payment reminders). Each must be idempotent: a pass may run twice, on two app instances, or after a pause.
/// </summary>
public interface IBillingDuty
{
    /// <summary>What the log calls it.</summary>
    string Name { get; }

    /// <summary>Does what is due now; returns how many things it did.</summary>
    Task<int> RunAsync(CancellationToken ct);
}
