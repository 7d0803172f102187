using Onboarding.Domain.Onboardings;

namespace Onboarding.Domain.Billing;

/// <summary>How the engagement is billed after the deposit.</summary>
public enum BillingModel
{
    /// <summary>A fixed fee invoiced in milestones, each when the workflow reaches its stage.</summary>
    FixedFee,

    /// <summary>The same fee every month for a number of months.</summary>
    MonthlyRetainer,

    /// <summary>Hours worked at an hourly rate, invoiced by finance as they are reported.</summary>
    Hourly,
}

/// <summary>Whether the deposit is a share of the contract value or a set amount.</summary>
public enum DepositKind { Percentage, Amount }

/// <summary>Late fees: none, a percentage of the overdue balance per month, or one flat fee.</summary>
public enum LateFeeKind { None, PercentPerMonth, Flat }

/// <summary>How the client may pay. Stored as text, never rename a member.</summary>
public enum PaymentMethod { BankTransfer, Card, Cheque, Online }

/// <summary>
/// The billing terms agreed with the client in the contract stage (one per onboarding): currency, deposit, billing model,
/// payment terms, late fees and accepted payment methods. The invoice schedule is generated from them.
/// </summary>
public sealed class BillingTerms : IOnboardingRecord
{
    public int Id { get; set; }

    public Guid OnboardingId { get; set; }

    /// <summary>ISO 4217 code; every invoice of the onboarding is in it.</summary>
    public string Currency { get; set; } = "USD";

    public BillingModel Model { get; set; }

    /// <summary>The engagement's agreed value: the fixed fee, or an hourly estimate (deposits in percent are taken of it).</summary>
    public decimal ContractValue { get; set; }

    /// <summary>Monthly retainer fee (retainer model).</summary>
    public decimal MonthlyFee { get; set; }

    /// <summary>How many monthly retainer invoices (retainer model).</summary>
    public int RetainerMonths { get; set; }

    /// <summary>The day the first retainer invoice is issued; the next ones on the same day of the following months.</summary>
    public DateOnly? FirstRetainerOn { get; set; }

    /// <summary>Hourly rate (hourly model).</summary>
    public decimal HourlyRate { get; set; }

    public DepositKind DepositKind { get; set; }

    /// <summary>Percent (0-100) or amount, by <see cref="DepositKind"/>; 0 means no deposit.</summary>
    public decimal DepositValue { get; set; }

    /// <summary>Net days: an invoice issued on day D is due on D + this (21, 30 or 60).</summary>
    public int PaymentTermDays { get; set; } = 30;

    public LateFeeKind LateFeeKind { get; set; }

    /// <summary>Percent per month or flat amount, by <see cref="LateFeeKind"/>.</summary>
    public decimal LateFeeValue { get; set; }

    /// <summary>Days after the due date before a late fee applies.</summary>
    public int LateFeeGraceDays { get; set; }

    /// <summary>Accepted payment methods, comma-separated <see cref="PaymentMethod"/> names.</summary>
    public string PaymentMethods { get; set; } = nameof(PaymentMethod.BankTransfer);

    /// <summary>Fixed-fee milestones as JSON: <c>[{"name":"Kickoff","percent":40,"stage":"Client kickoff"}]</c>.</summary>
    public string MilestonesJson { get; set; } = "[]";

    public DateTime UpdatedAtUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    public Guid ConcurrencyToken { get; set; }
}
