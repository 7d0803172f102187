using Onboarding.Domain.Onboardings;

namespace Onboarding.Domain.Scope;

/// <summary>
/// A structured change to the approved scope: what is asked, why, its impact on hours, cost and timeline, and a formal
/// approval or rejection by the client. Raised by the account manager or by the client from their link. An approved
/// change request is an addendum to the scope; when billable it becomes a <see cref="Billing.BillableItem"/> for finance.
/// </summary>
public sealed class ChangeRequest : IOnboardingRecord
{
    public Guid Id { get; set; }

    public Guid OnboardingId { get; set; }

    /// <summary>1, 2, ... per onboarding; shown as CR-001.</summary>
    public int Number { get; set; }

    /// <summary>The approved SOW version it amends, if any was approved when it was raised.</summary>
    public Guid? StatementOfWorkId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The person who asked for the change (a client contact or a team member).</summary>
    public string RequestedBy { get; set; } = "";

    public DateOnly RequestedOn { get; set; }

    public string Description { get; set; } = "";

    public string Reason { get; set; } = "";

    public decimal ImpactHours { get; set; }

    /// <summary>Cost in <see cref="Currency"/>.</summary>
    public decimal ImpactCost { get; set; }

    /// <summary>Delay to the timeline in business days (0 when none).</summary>
    public int ImpactDays { get; set; }

    public string Currency { get; set; } = "USD";

    /// <summary>True when the change falls inside the approved scope (no new work, e.g. a clarification).</summary>
    public bool WithinScope { get; set; }

    /// <summary>Whether the cost is invoiced to the client once approved.</summary>
    public bool Billable { get; set; }

    public ChangeRequestPriority Priority { get; set; } = ChangeRequestPriority.Normal;

    public ChangeRequestStatus Status { get; set; }

    public ChangeRequestOrigin RaisedFrom { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime UpdatedAtUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    public DateTime? SubmittedAtUtc { get; set; }

    public DateTime? SentForApprovalAtUtc { get; set; }

    public string? SentForApprovalBy { get; set; }

    /// <summary>When the client approved or rejected it.</summary>
    public DateTime? DecidedAtUtc { get; set; }

    /// <summary>The name the client typed when deciding.</summary>
    public string? DecidedByName { get; set; }

    public string? DecisionNote { get; set; }

    public DateTime? BilledAtUtc { get; set; }

    public string? BilledBy { get; set; }

    public Guid ConcurrencyToken { get; set; }

    public string Reference => $"CR-{Number:000}";

    public bool IsEditable => Status is ChangeRequestStatus.Draft or ChangeRequestStatus.Submitted;
}

/// <summary>Stored as text; never rename a member.</summary>
public enum ChangeRequestStatus { Draft, Submitted, AwaitingClientApproval, Approved, Rejected, Billed }

/// <summary>Stored as text; never rename a member.</summary>
public enum ChangeRequestPriority { Low, Normal, High, Urgent }

/// <summary>Who raised it. Stored as text; never rename a member.</summary>
public enum ChangeRequestOrigin { Firm, Client }

public static class ChangeRequestStatuses
{
    public static string Describe(ChangeRequestStatus status) => status switch
    {
        ChangeRequestStatus.Draft => "Draft",
        ChangeRequestStatus.Submitted => "Submitted",
        ChangeRequestStatus.AwaitingClientApproval => "Awaiting client approval",
        ChangeRequestStatus.Approved => "Approved",
        ChangeRequestStatus.Rejected => "Rejected",
        ChangeRequestStatus.Billed => "Billed",
        _ => status.ToString(),
    };
}
