using Onboarding.Domain.Onboardings;

namespace Onboarding.Domain.Billing;

/// <summary>
/// Money received from the client: date, amount, method, reference. It is allocated to invoices
/// (<see cref="Allocations"/>); what is not allocated is the client's credit, usable on later invoices. A payment is
/// never deleted: voiding it (with a reason) removes its allocations and reopens what it had paid.
/// </summary>
public sealed class Payment : IOnboardingRecord
{
    public Guid Id { get; set; }

    public Guid OnboardingId { get; set; }

    public int ClientId { get; set; }

    /// <summary>ISO 4217 code; only allocated to invoices in the same currency.</summary>
    public string Currency { get; set; } = "USD";

    public decimal Amount { get; set; }

    /// <summary>The day the money arrived (the firm's calendar day).</summary>
    public DateOnly ReceivedOn { get; set; }

    public PaymentMethod Method { get; set; }

    /// <summary>The bank or card reference, cheque number...</summary>
    public string Reference { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime? VoidedAtUtc { get; set; }

    public string? VoidedBy { get; set; }

    public string? VoidReason { get; set; }

    public bool IsVoid => VoidedAtUtc is not null;

    public Guid ConcurrencyToken { get; set; }

    public List<PaymentAllocation> Allocations { get; set; } = [];

    /// <summary>The credit left on this payment: its amount less what is allocated (0 once void).</summary>
    public decimal Unallocated => IsVoid ? 0 : Amount - Allocations.Sum(a => a.Amount);
}

/// <summary>Part of a payment applied to one invoice.</summary>
public sealed class PaymentAllocation
{
    public int Id { get; set; }

    public Guid PaymentId { get; set; }

    public Guid InvoiceId { get; set; }

    public decimal Amount { get; set; }

    public DateTime AllocatedAtUtc { get; set; }

    public string AllocatedBy { get; set; } = "";
}

/// <summary>
/// The firm's invoice counter: one row, incremented in the same transaction as the invoice it numbers, with an
/// optimistic concurrency token, so numbers have no gaps (a failed issue rolls both back) and no duplicates.
/// </summary>
public sealed class InvoiceCounter
{
    public const string InvoicesKey = "invoices";

    public string Key { get; set; } = InvoicesKey;

    /// <summary>The last sequence number given.</summary>
    public int Last { get; set; }

    public Guid ConcurrencyToken { get; set; }
}
