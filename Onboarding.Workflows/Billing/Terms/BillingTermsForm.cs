using System.Text.Json;
using Onboarding.Domain.Billing;

namespace Onboarding.Workflows.Billing.Terms;

/// <summary>One fixed-fee milestone: invoiced (percent of the contract value) when the workflow reaches its stage.</summary>
public sealed record BillingMilestone(string Name, decimal Percent, string Stage)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<BillingMilestone> Read(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<BillingMilestone>>(json, Json) ?? [];

    public static string Write(IEnumerable<BillingMilestone> milestones) => JsonSerializer.Serialize(milestones.ToList(), Json);
}

/// <summary>A milestone as the form edits it.</summary>
public sealed class BillingMilestoneForm
{
    public string Name { get; set; } = "";

    public decimal Percent { get; set; }

    public string Stage { get; set; } = "";
}

/// <summary>The billing terms as finance edits them; <see cref="BillingTermsRules"/> checks them and applies them to the entity.</summary>
public sealed class BillingTermsForm
{
    public string Currency { get; set; } = "USD";

    public BillingModel Model { get; set; } = BillingModel.FixedFee;

    /// <summary>The fixed fee, or the hourly estimate (optional).</summary>
    public decimal ContractValue { get; set; }

    public decimal MonthlyFee { get; set; }

    public int RetainerMonths { get; set; } = 12;

    public DateOnly? FirstRetainerOn { get; set; }

    public decimal HourlyRate { get; set; }

    public DepositKind DepositKind { get; set; } = DepositKind.Percentage;

    /// <summary>Percent or amount by <see cref="DepositKind"/>; 0 for no deposit.</summary>
    public decimal DepositValue { get; set; }

    public int PaymentTermDays { get; set; } = 30;

    public LateFeeKind LateFeeKind { get; set; }

    public decimal LateFeeValue { get; set; }

    public int LateFeeGraceDays { get; set; }

    public List<PaymentMethod> PaymentMethods { get; set; } = [PaymentMethod.BankTransfer];

    public List<BillingMilestoneForm> Milestones { get; set; } = [];

    /// <summary>The saved terms as a form to edit.</summary>
    public static BillingTermsForm Of(BillingTerms terms) => new()
    {
        Currency = terms.Currency, Model = terms.Model, ContractValue = terms.ContractValue, MonthlyFee = terms.MonthlyFee,
        RetainerMonths = terms.RetainerMonths == 0 ? 12 : terms.RetainerMonths, FirstRetainerOn = terms.FirstRetainerOn, HourlyRate = terms.HourlyRate,
        DepositKind = terms.DepositKind, DepositValue = terms.DepositValue, PaymentTermDays = terms.PaymentTermDays, LateFeeKind = terms.LateFeeKind,
        LateFeeValue = terms.LateFeeValue, LateFeeGraceDays = terms.LateFeeGraceDays, PaymentMethods = [.. Methods(terms.PaymentMethods)],
        Milestones = [.. BillingMilestone.Read(terms.MilestonesJson).Select(m => new BillingMilestoneForm { Name = m.Name, Percent = m.Percent, Stage = m.Stage })],
    };

    /// <summary>The accepted methods stored as comma-separated names (unknown names are skipped).</summary>
    public static IEnumerable<PaymentMethod> Methods(string stored) =>
        stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => Enum.TryParse<PaymentMethod>(s, out var m) ? m : (PaymentMethod?)null).OfType<PaymentMethod>().Distinct();
}
