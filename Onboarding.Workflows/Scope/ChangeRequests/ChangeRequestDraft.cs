using Onboarding.Domain.Scope;

namespace Onboarding.Workflows.Scope.ChangeRequests;

/// <summary>
/// What staff type to raise or edit a change request (the form's model). <see cref="ChangeRequestRules.Normalize"/>
/// checks it and applies the scope rules: a change within the approved scope costs nothing and is never billable.
/// </summary>
public sealed class ChangeRequestDraft
{
    public string Title { get; set; } = "";

    /// <summary>A client contact or a team member (free text; the form suggests names).</summary>
    public string RequestedBy { get; set; } = "";

    public DateOnly RequestedOn { get; set; }

    public string Description { get; set; } = "";

    public string Reason { get; set; } = "";

    public decimal ImpactHours { get; set; }

    public decimal ImpactCost { get; set; }

    /// <summary>Business days later (0 when the timeline does not move).</summary>
    public int ImpactDays { get; set; }

    /// <summary>Null: the approved SOW's currency, else the configured default.</summary>
    public string? Currency { get; set; }

    public bool WithinScope { get; set; }

    /// <summary>Null: outside the scope is billable by default; within it never is.</summary>
    public bool? Billable { get; set; }

    public ChangeRequestPriority Priority { get; set; } = ChangeRequestPriority.Normal;

    /// <summary>The draft of an existing change request, for its edit form.</summary>
    public static ChangeRequestDraft Of(ChangeRequest change) => new()
    {
        Title = change.Title, RequestedBy = change.RequestedBy, RequestedOn = change.RequestedOn, Description = change.Description, Reason = change.Reason,
        ImpactHours = change.ImpactHours, ImpactCost = change.ImpactCost, ImpactDays = change.ImpactDays, Currency = change.Currency,
        WithinScope = change.WithinScope, Billable = change.Billable, Priority = change.Priority,
    };
}

/// <summary>What the client types on their scope page to ask for a change; the account manager prices it afterwards.</summary>
public sealed record ClientChangeRequestDraft(string Title, string Description, string Reason, ChangeRequestPriority Priority, string Name);
