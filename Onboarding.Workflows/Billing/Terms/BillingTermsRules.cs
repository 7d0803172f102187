using System.ComponentModel.DataAnnotations;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;

namespace Onboarding.Workflows.Billing.Terms;

/// <summary>
/// The checks of billing terms, each message naming its field (milestones as <c>Milestones[0].Percent</c>), and the
/// arithmetic the schedule and the form's preview share: the value a deposit in percent is taken of, and the deposit.
/// </summary>
public static class BillingTermsRules
{
    public static readonly IReadOnlyList<int> NetDays = [21, 30, 60];
    public const int MonthsMax = 36;
    public const int GraceDaysMax = 60;
    public const decimal LateFeePercentMax = 10;
    public const int MilestonesMax = 20;
    public const int MilestoneNameMax = 100;

    /// <summary>Every rule <paramref name="form"/> breaks; <paramref name="stages"/> are the onboarding's playbook version's stages.</summary>
    public static List<ValidationResult> Validate(BillingTermsForm form, IReadOnlyCollection<string> stages)
    {
        var errors = new List<ValidationResult>();
        var currency = (form.Currency ?? "").Trim().ToUpperInvariant();
        var validCurrency = Money.IsCurrencyCode(currency);
        if (!validCurrency) Add(errors, nameof(form.Currency), "The currency is a three-letter code such as USD, EUR or JPY.");
        void Amount(string field, decimal amount, string what)
        {
            if (validCurrency && amount != Money.Round(amount, currency))
                Add(errors, field, Money.MinorUnits(currency) == 0
                    ? $"{currency} has no minor units: write the {what} without decimals."
                    : $"{currency} amounts have at most {Money.MinorUnits(currency)} decimals: check the {what}.");
        }

        switch (form.Model)
        {
            case BillingModel.FixedFee:
                if (form.ContractValue <= 0) Add(errors, nameof(form.ContractValue), "A fixed fee needs the contract value: the fee agreed, above 0.");
                Amount(nameof(form.ContractValue), form.ContractValue, "contract value");
                CheckMilestones(form, stages, errors);
                break;
            case BillingModel.MonthlyRetainer:
                if (form.MonthlyFee <= 0) Add(errors, nameof(form.MonthlyFee), "A retainer needs a monthly fee above 0.");
                Amount(nameof(form.MonthlyFee), form.MonthlyFee, "monthly fee");
                if (form.RetainerMonths is < 1 or > MonthsMax) Add(errors, nameof(form.RetainerMonths), $"A retainer runs from 1 to {MonthsMax} months.");
                if (form.FirstRetainerOn is null) Add(errors, nameof(form.FirstRetainerOn), "Pick the day the first retainer invoice is issued; the next ones follow on the same day each month.");
                break;
            case BillingModel.Hourly:
                if (form.HourlyRate <= 0) Add(errors, nameof(form.HourlyRate), "Hourly billing needs an hourly rate above 0.");
                Amount(nameof(form.HourlyRate), form.HourlyRate, "hourly rate");
                if (form.ContractValue < 0) Add(errors, nameof(form.ContractValue), "The estimate cannot be negative; leave it at 0 when there is none.");
                Amount(nameof(form.ContractValue), form.ContractValue, "estimate");
                break;
            default:
                Add(errors, nameof(form.Model), "Pick a billing model: fixed fee by milestones, monthly retainer or hourly.");
                break;
        }

        CheckDeposit(form, currency, validCurrency, errors, Amount);
        if (!NetDays.Contains(form.PaymentTermDays)) Add(errors, nameof(form.PaymentTermDays), "Payment terms are net 21, 30 or 60 days.");
        switch (form.LateFeeKind)
        {
            case LateFeeKind.PercentPerMonth when form.LateFeeValue is <= 0 or > LateFeePercentMax:
                Add(errors, nameof(form.LateFeeValue), $"A late fee per month is above 0% and at most {LateFeePercentMax}%.");
                break;
            case LateFeeKind.Flat when form.LateFeeValue <= 0:
                Add(errors, nameof(form.LateFeeValue), "A flat late fee is an amount above 0; pick \"No late fee\" for none.");
                break;
            case LateFeeKind.Flat:
                Amount(nameof(form.LateFeeValue), form.LateFeeValue, "late fee");
                break;
        }
        if (form.LateFeeKind != LateFeeKind.None && form.LateFeeGraceDays is < 0 or > GraceDaysMax)
            Add(errors, nameof(form.LateFeeGraceDays), $"Grace days are between 0 and {GraceDaysMax}.");
        if (form.PaymentMethods.Count == 0) Add(errors, nameof(form.PaymentMethods), "Accept at least one payment method.");
        return errors;
    }

    private static void CheckDeposit(BillingTermsForm form, string currency, bool validCurrency, List<ValidationResult> errors, Action<string, decimal, string> amount)
    {
        if (form.DepositKind == DepositKind.Percentage)
        {
            if (form.DepositValue is < 0 or > 100) Add(errors, nameof(form.DepositValue), "The deposit percentage is between 0 and 100 (0 for no deposit).");
            else if (form.DepositValue > 0 && ValueOf(Apply(form, new BillingTerms())) <= 0)
                Add(errors, nameof(form.DepositValue), "A deposit in percent is taken of the contract value: give the contract value (the estimate), or the deposit as an amount.");
            return;
        }
        if (form.DepositValue < 0) { Add(errors, nameof(form.DepositValue), "The deposit amount cannot be negative; write 0 for no deposit."); return; }
        amount(nameof(form.DepositValue), form.DepositValue, "deposit");
        var value = ValueOf(Apply(form, new BillingTerms()));
        if (validCurrency && value > 0 && form.DepositValue > value)
            Add(errors, nameof(form.DepositValue), $"The deposit ({Money.Format(form.DepositValue, currency)}) cannot be more than the contract value ({Money.Format(value, currency)}).");
    }

    private static void CheckMilestones(BillingTermsForm form, IReadOnlyCollection<string> stages, List<ValidationResult> errors)
    {
        if (form.Milestones.Count == 0)
        {
            Add(errors, nameof(form.Milestones), "A fixed fee is invoiced in milestones: add at least one (name, percent of the contract value, the stage that triggers it).");
            return;
        }
        if (form.Milestones.Count > MilestonesMax) Add(errors, nameof(form.Milestones), $"Keep to {MilestonesMax} milestones at most.");
        for (var i = 0; i < form.Milestones.Count; i++)
        {
            var m = form.Milestones[i];
            var field = $"{nameof(form.Milestones)}[{i}].";
            var name = (m.Name ?? "").Trim();
            if (name.Length == 0) Add(errors, field + nameof(m.Name), $"Milestone {i + 1} needs a name, e.g. \"Kickoff held\".");
            else if (name.Length > MilestoneNameMax) Add(errors, field + nameof(m.Name), $"Keep milestone {i + 1}'s name under {MilestoneNameMax} characters.");
            if (m.Percent is <= 0 or > 100) Add(errors, field + nameof(m.Percent), $"Milestone {i + 1}'s share is above 0% and at most 100% of the contract value.");
            if (!stages.Contains(m.Stage ?? ""))
                Add(errors, field + nameof(m.Stage), string.IsNullOrWhiteSpace(m.Stage)
                    ? $"Pick the stage that triggers milestone {i + 1}: one of {string.Join(", ", stages)}."
                    : $"Milestone {i + 1}'s stage \"{m.Stage}\" is not a stage of this onboarding's playbook; pick one of {string.Join(", ", stages)}.");
        }
        if (form.ContractValue <= 0 || form.Milestones.Any(m => m.Percent is <= 0 or > 100)) return;
        var deposit = DepositShare(Apply(form, new BillingTerms()));
        var milestones = form.Milestones.Sum(m => m.Percent);
        if (Math.Abs(deposit + milestones - 100) > 0.01m)
            Add(errors, nameof(form.Milestones),
                $"The deposit ({Percent(deposit)}) and the milestones ({Percent(milestones)}) add up to {Percent(deposit + milestones)} of the contract value; they must add up to 100%.");
    }

    /// <summary>Copies the form's values that the model uses onto <paramref name="terms"/> (the others are cleared); returns it.</summary>
    public static BillingTerms Apply(BillingTermsForm form, BillingTerms terms)
    {
        var model = form.Model;
        terms.Currency = (form.Currency ?? "").Trim().ToUpperInvariant();
        terms.Model = model;
        terms.ContractValue = model == BillingModel.MonthlyRetainer ? 0 : form.ContractValue;
        terms.MonthlyFee = model == BillingModel.MonthlyRetainer ? form.MonthlyFee : 0;
        terms.RetainerMonths = model == BillingModel.MonthlyRetainer ? form.RetainerMonths : 0;
        terms.FirstRetainerOn = model == BillingModel.MonthlyRetainer ? form.FirstRetainerOn : null;
        terms.HourlyRate = model == BillingModel.Hourly ? form.HourlyRate : 0;
        terms.DepositKind = form.DepositKind;
        terms.DepositValue = form.DepositValue;
        terms.PaymentTermDays = form.PaymentTermDays;
        terms.LateFeeKind = form.LateFeeKind;
        terms.LateFeeValue = form.LateFeeKind == LateFeeKind.None ? 0 : form.LateFeeValue;
        terms.LateFeeGraceDays = form.LateFeeKind == LateFeeKind.None ? 0 : form.LateFeeGraceDays;
        terms.PaymentMethods = string.Join(',', Enum.GetValues<PaymentMethod>().Where(form.PaymentMethods.Contains));
        terms.MilestonesJson = BillingMilestone.Write(model == BillingModel.FixedFee
            ? form.Milestones.Select(m => new BillingMilestone((m.Name ?? "").Trim(), m.Percent, m.Stage ?? ""))
            : []);
        return terms;
    }

    /// <summary>What a deposit in percent is taken of: the fixed fee, the whole retainer (fee × months), or the hourly estimate.</summary>
    public static decimal ValueOf(BillingTerms terms) => terms.Model == BillingModel.MonthlyRetainer ? terms.MonthlyFee * terms.RetainerMonths : terms.ContractValue;

    /// <summary>The deposit invoiced at once, rounded to the currency (0: no deposit).</summary>
    public static decimal DepositAmount(BillingTerms terms) => terms.DepositKind == DepositKind.Percentage
        ? Money.Round(ValueOf(terms) * terms.DepositValue / 100m, terms.Currency)
        : Money.Round(terms.DepositValue, terms.Currency);

    /// <summary>The deposit as a percent of the value (a deposit given as an amount counts as its share).</summary>
    public static decimal DepositShare(BillingTerms terms) => terms.DepositKind == DepositKind.Percentage ? terms.DepositValue
        : ValueOf(terms) > 0 ? terms.DepositValue / ValueOf(terms) * 100m : 0;

    public static string Percent(decimal percent) => $"{Math.Round(percent, 2, MidpointRounding.AwayFromZero).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}%";

    private static void Add(List<ValidationResult> errors, string field, string message) => errors.Add(new ValidationResult(message, [field]));
}
