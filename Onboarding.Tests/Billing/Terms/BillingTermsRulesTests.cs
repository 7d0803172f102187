using Onboarding.Domain.Billing;
using Onboarding.Workflows.Billing.Terms;
using static Onboarding.Tests.Billing.Terms.TermsWorld;

namespace Onboarding.Tests.Billing.Terms;

/// <summary>Each rule of billing terms, with the message that names its field.</summary>
public sealed class BillingTermsRulesTests
{
    private static readonly string[] Stages = ["Contract & payment", "Internal kickoff", "Questionnaire", "Tech setup", "Reporting", "Client kickoff", "Scope guard"];

    [Fact]
    public void Validate_ValidTermsOfEachModel_HaveNoErrors()
    {
        BillingTermsRules.Validate(FixedFee(), Stages).ShouldBeEmpty();
        BillingTermsRules.Validate(Retainer(new DateOnly(2027, 1, 31)), Stages).ShouldBeEmpty();
        BillingTermsRules.Validate(Hourly(), Stages).ShouldBeEmpty();
        BillingTermsRules.Validate(FixedFee(f => { f.DepositKind = DepositKind.Amount; f.DepositValue = 6_000; f.Milestones[0].Percent = 45; }), Stages).ShouldBeEmpty();
        BillingTermsRules.Validate(Hourly(f => { f.Currency = "JPY"; f.HourlyRate = 15_000; }), Stages).ShouldBeEmpty();
    }

    public static TheoryData<string, string, string> Broken => new()
    {
        { "currency", nameof(BillingTermsForm.Currency), "The currency is a three-letter code such as USD, EUR or JPY." },
        { "deposit-percent", nameof(BillingTermsForm.DepositValue), "The deposit percentage is between 0 and 100 (0 for no deposit)." },
        { "deposit-negative", nameof(BillingTermsForm.DepositValue), "The deposit amount cannot be negative; write 0 for no deposit." },
        { "deposit-above-value", nameof(BillingTermsForm.DepositValue), "The deposit (USD 30,000.00) cannot be more than the contract value (USD 24,000.00)." },
        { "deposit-percent-no-value", nameof(BillingTermsForm.DepositValue), "A deposit in percent is taken of the contract value: give the contract value (the estimate), or the deposit as an amount." },
        { "fixed-no-value", nameof(BillingTermsForm.ContractValue), "A fixed fee needs the contract value: the fee agreed, above 0." },
        { "no-milestones", nameof(BillingTermsForm.Milestones), "A fixed fee is invoiced in milestones: add at least one (name, percent of the contract value, the stage that triggers it)." },
        { "milestone-name", "Milestones[1].Name", "Milestone 2 needs a name, e.g. \"Kickoff held\"." },
        { "milestone-percent", "Milestones[0].Percent", "Milestone 1's share is above 0% and at most 100% of the contract value." },
        { "milestone-stage", "Milestones[1].Stage", "Milestone 2's stage \"Launch\" is not a stage of this onboarding's playbook; pick one of Contract & payment, Internal kickoff, Questionnaire, Tech setup, Reporting, Client kickoff, Scope guard." },
        { "milestones-sum", nameof(BillingTermsForm.Milestones), "The deposit (30%) and the milestones (60%) add up to 90% of the contract value; they must add up to 100%." },
        { "deposit-amount-share", nameof(BillingTermsForm.Milestones), "The deposit (25%) and the milestones (70%) add up to 95% of the contract value; they must add up to 100%." },
        { "retainer-fee", nameof(BillingTermsForm.MonthlyFee), "A retainer needs a monthly fee above 0." },
        { "retainer-months", nameof(BillingTermsForm.RetainerMonths), "A retainer runs from 1 to 36 months." },
        { "retainer-first", nameof(BillingTermsForm.FirstRetainerOn), "Pick the day the first retainer invoice is issued; the next ones follow on the same day each month." },
        { "hourly-rate", nameof(BillingTermsForm.HourlyRate), "Hourly billing needs an hourly rate above 0." },
        { "hourly-estimate", nameof(BillingTermsForm.ContractValue), "The estimate cannot be negative; leave it at 0 when there is none." },
        { "net", nameof(BillingTermsForm.PaymentTermDays), "Payment terms are net 21, 30 or 60 days." },
        { "late-percent", nameof(BillingTermsForm.LateFeeValue), "A late fee per month is above 0% and at most 10%." },
        { "late-flat", nameof(BillingTermsForm.LateFeeValue), "A flat late fee is an amount above 0; pick \"No late fee\" for none." },
        { "grace", nameof(BillingTermsForm.LateFeeGraceDays), "Grace days are between 0 and 60." },
        { "methods", nameof(BillingTermsForm.PaymentMethods), "Accept at least one payment method." },
        { "usd-decimals", nameof(BillingTermsForm.ContractValue), "USD amounts have at most 2 decimals: check the contract value." },
        { "jpy-decimals", nameof(BillingTermsForm.HourlyRate), "JPY has no minor units: write the hourly rate without decimals." },
        { "flat-decimals", nameof(BillingTermsForm.LateFeeValue), "USD amounts have at most 2 decimals: check the late fee." },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validate_BrokenRule_NamesTheFieldWithAClearMessage(string rule, string field, string message)
    {
        var form = Break(rule);

        var errors = BillingTermsRules.Validate(form, Stages);

        errors.ShouldContain(e => e.MemberNames.Single() == field && e.ErrorMessage == message, $"{rule}: {string.Join(" | ", errors.Select(e => $"{e.MemberNames.Single()}: {e.ErrorMessage}"))}");
    }

    [Fact]
    public void DepositAmount_RoundsToTheCurrency_AndAnAmountCountsAsItsShare()
    {
        var percent = BillingTermsRules.Apply(FixedFee(f => { f.ContractValue = 24_000.01m; f.DepositValue = 50; }), new BillingTerms());
        var yen = BillingTermsRules.Apply(Hourly(f => { f.Currency = "JPY"; f.HourlyRate = 15_000; f.ContractValue = 1_234_567; f.DepositValue = 15; }), new BillingTerms());
        var amount = BillingTermsRules.Apply(FixedFee(f => { f.DepositKind = DepositKind.Amount; f.DepositValue = 6_000; }), new BillingTerms());
        var retainer = BillingTermsRules.Apply(Retainer(new DateOnly(2027, 1, 1), 12, f => f.DepositValue = 10), new BillingTerms());

        BillingTermsRules.DepositAmount(percent).ShouldBe(12_000.01m, "half a cent rounds away from zero");
        BillingTermsRules.DepositAmount(yen).ShouldBe(185_185m);
        (BillingTermsRules.DepositAmount(amount), BillingTermsRules.DepositShare(amount)).ShouldBe((6_000m, 25m));
        BillingTermsRules.DepositAmount(retainer).ShouldBe(3_600m);
    }

    private static BillingTermsForm Break(string rule) => rule switch
    {
        "currency" => FixedFee(f => f.Currency = "US"),
        "deposit-percent" => FixedFee(f => f.DepositValue = 101),
        "deposit-negative" => FixedFee(f => { f.DepositKind = DepositKind.Amount; f.DepositValue = -1; }),
        "deposit-above-value" => FixedFee(f => { f.DepositKind = DepositKind.Amount; f.DepositValue = 30_000; }),
        "deposit-percent-no-value" => Hourly(f => f.DepositValue = 20),
        "fixed-no-value" => FixedFee(f => f.ContractValue = 0),
        "no-milestones" => FixedFee(f => f.Milestones.Clear()),
        "milestone-name" => FixedFee(f => f.Milestones[1].Name = " "),
        "milestone-percent" => FixedFee(f => f.Milestones[0].Percent = 0),
        "milestone-stage" => FixedFee(f => f.Milestones[1].Stage = "Launch"),
        "milestones-sum" => FixedFee(f => f.Milestones[1].Percent = 20),
        "deposit-amount-share" => FixedFee(f => { f.DepositKind = DepositKind.Amount; f.DepositValue = 6_000; }),
        "retainer-fee" => Retainer(new DateOnly(2027, 1, 1), change: f => f.MonthlyFee = 0),
        "retainer-months" => Retainer(new DateOnly(2027, 1, 1), 37),
        "retainer-first" => Retainer(new DateOnly(2027, 1, 1), change: f => f.FirstRetainerOn = null),
        "hourly-rate" => Hourly(f => f.HourlyRate = 0),
        "hourly-estimate" => Hourly(f => f.ContractValue = -5),
        "net" => FixedFee(f => f.PaymentTermDays = 45),
        "late-percent" => FixedFee(f => f.LateFeeValue = 10.5m),
        "late-flat" => FixedFee(f => { f.LateFeeKind = LateFeeKind.Flat; f.LateFeeValue = 0; }),
        "grace" => FixedFee(f => f.LateFeeGraceDays = 61),
        "methods" => FixedFee(f => f.PaymentMethods.Clear()),
        "usd-decimals" => FixedFee(f => f.ContractValue = 24_000.005m),
        "jpy-decimals" => Hourly(f => { f.Currency = "JPY"; f.HourlyRate = 150.5m; }),
        "flat-decimals" => FixedFee(f => { f.LateFeeKind = LateFeeKind.Flat; f.LateFeeValue = 25.125m; }),
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };
}
