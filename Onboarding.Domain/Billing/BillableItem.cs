using Onboarding.Domain.Onboardings;

namespace Onboarding.Domain.Billing;

/// <summary>
/// Something finance should invoice that is not in the billing schedule: an approved billable change request. Finance
/// includes it in an invoice (<see cref="BilledAtUtc"/>), which marks the change request billed.
/// </summary>
public sealed class BillableItem : IOnboardingRecord
{
    public Guid Id { get; set; }

    public Guid OnboardingId { get; set; }

    /// <summary>The approved change request it comes from.</summary>
    public Guid ChangeRequestId { get; set; }

    /// <summary>The invoice line's text ("CR-003 Extra landing page").</summary>
    public string Description { get; set; } = "";

    public decimal Amount { get; set; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; set; } = "USD";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? BilledAtUtc { get; set; }

    public string? BilledBy { get; set; }

    /// <summary>The invoice it was billed on, when billed through an invoice (not by hand).</summary>
    public Guid? InvoiceId { get; set; }

    public bool IsBilled => BilledAtUtc is not null;
}
