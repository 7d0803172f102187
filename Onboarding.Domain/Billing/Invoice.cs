using Onboarding.Domain.Onboardings;

namespace Onboarding.Domain.Billing;

/// <summary>What an invoice bills. Stored as text, never rename a member.</summary>
public enum InvoiceKind { Deposit, Milestone, Retainer, Hours, ChangeRequests, LateFee, Other }

/// <summary>
/// Draft (scheduled or being prepared, no number), Issued (numbered, sent, awaiting payment), PartiallyPaid, Paid,
/// Overdue (past its due date with a balance), Void (cancelled with a reason; keeps its number). Stored as text.
/// </summary>
public enum InvoiceStatus { Draft, Issued, PartiallyPaid, Paid, Overdue, Void }

/// <summary>
/// An invoice to the client of one onboarding, in the terms' currency. Drafts have no number; issuing gives the next
/// number of the firm's sequence (no gaps, no duplicates) and the due date from the payment terms. Amounts are rounded
/// to the currency's minor units when set (<see cref="Common.Money.Round"/>).
/// </summary>
public sealed class Invoice : IOnboardingRecord
{
    public Guid Id { get; set; }

    public Guid OnboardingId { get; set; }

    /// <summary>The client billed (kept here so statements and the dashboard need no join through the onboarding).</summary>
    public int ClientId { get; set; }

    public InvoiceKind Kind { get; set; }

    /// <summary>
    /// What the schedule generated it for ("deposit", "retainer:2027-01", "milestone:2"), unique per onboarding so a
    /// schedule generated twice makes no second invoice; null for invoices finance creates by hand.
    /// </summary>
    public string? ScheduleKey { get; set; }

    /// <summary>The invoice's title ("Deposit: 30% of USD 24,000.00").</summary>
    public string Title { get; set; } = "";

    public InvoiceStatus Status { get; set; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; set; } = "USD";

    /// <summary>Position in the firm's invoice sequence, given when issued.</summary>
    public int? Sequence { get; set; }

    /// <summary>The printed number ("INV-000042"), given when issued.</summary>
    public string? Number { get; set; }

    /// <summary>A scheduled draft is issued on this day (retainer months).</summary>
    public DateOnly? ScheduledOn { get; set; }

    /// <summary>A milestone draft is issued when the workflow reaches this stage.</summary>
    public string? MilestoneStage { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public DateOnly? DueOn { get; set; }

    public DateTime? IssuedAtUtc { get; set; }

    public string? IssuedBy { get; set; }

    /// <summary>Sum of the lines.</summary>
    public decimal Total { get; set; }

    /// <summary>Sum of the live payment allocations to it.</summary>
    public decimal AmountPaid { get; set; }

    public decimal Balance => Total - AmountPaid;

    /// <summary>For a late-fee invoice: the overdue invoice it charges for.</summary>
    public Guid? LateFeeForInvoiceId { get; set; }

    public int RemindersSent { get; set; }

    public DateTime? LastReminderAtUtc { get; set; }

    public DateTime? VoidedAtUtc { get; set; }

    public string? VoidedBy { get; set; }

    public string? VoidReason { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime UpdatedAtUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    public Guid ConcurrencyToken { get; set; }

    public List<InvoiceLine> Lines { get; set; } = [];

    /// <summary>Issued and not settled: payments may be recorded against it.</summary>
    public bool IsOpen => Status is InvoiceStatus.Issued or InvoiceStatus.PartiallyPaid or InvoiceStatus.Overdue;

    /// <summary>Adds a line whose amount is quantity × unit price rounded to the currency, and updates the total.</summary>
    public InvoiceLine AddLine(string description, decimal quantity, decimal unitPrice, Guid? billableItemId = null)
    {
        var line = new InvoiceLine
        {
            Position = Lines.Count + 1, Description = description, Quantity = quantity, UnitPrice = unitPrice,
            Amount = Common.Money.Round(quantity * unitPrice, Currency), BillableItemId = billableItemId,
        };
        Lines.Add(line);
        Total = Lines.Sum(l => l.Amount);
        return line;
    }
}

/// <summary>One line of an invoice: quantity × unit price = amount (rounded to the currency).</summary>
public sealed class InvoiceLine
{
    public int Id { get; set; }

    public Guid InvoiceId { get; set; }

    public int Position { get; set; }

    public string Description { get; set; } = "";

    public decimal Quantity { get; set; } = 1;

    public decimal UnitPrice { get; set; }

    public decimal Amount { get; set; }

    /// <summary>The approved billable change request this line bills, if any.</summary>
    public Guid? BillableItemId { get; set; }
}
