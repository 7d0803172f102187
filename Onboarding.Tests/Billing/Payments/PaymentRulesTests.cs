using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Workflows.Billing.Payments;

namespace Onboarding.Tests.Billing.Payments;

public sealed class PaymentRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly PaymentMethod[] BankOrCard = [PaymentMethod.BankTransfer, PaymentMethod.Card];

    private static PaymentForm Form(decimal amount, PaymentMethod? method = PaymentMethod.BankTransfer, DateOnly? on = null, string? reference = "R-1") =>
        new() { Amount = amount, Method = method, ReceivedOn = on ?? Today, Reference = reference };

    private static string ErrorOf(Action act, string field) =>
        Should.Throw<ValidationFailedException>(act).Errors.Single(e => e.MemberNames.Contains(field)).ErrorMessage!;

    [Theory]
    [InlineData("KRW", "10.5", "KRW has no decimals: enter a whole amount.")]
    [InlineData("JPY", "1000.1", "JPY has no decimals: enter a whole amount.")]
    [InlineData("USD", "10.005", "USD has 2 decimals at most.")]
    [InlineData("BHD", "1.2345", "BHD has 3 decimals at most.")]
    public void Normalize_MoreDecimalsThanTheCurrencyHas_IsRefused(string currency, string amount, string message) =>
        ErrorOf(() => PaymentRules.Normalize(Form(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)), currency, BankOrCard, Today), "Amount")
            .ShouldBe(message);

    [Theory]
    [InlineData("BHD", "1.234")]
    [InlineData("KRW", "1500000")]
    [InlineData("JPY", "1000.0")]
    [InlineData("USD", "5000.5")]
    public void Normalize_AsManyDecimalsAsTheCurrencyHasOrFewer_IsAccepted(string currency, string amount)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        var payment = PaymentRules.Normalize(Form(value), currency.ToLowerInvariant(), BankOrCard, Today);
        (payment.Amount, payment.Currency).ShouldBe((value, currency));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void Normalize_NothingOrLessReceived_IsRefused(string amount) =>
        ErrorOf(() => PaymentRules.Normalize(Form(decimal.Parse(amount)), "USD", BankOrCard, Today), "Amount").ShouldBe("Enter the amount received: more than zero.");

    [Fact]
    public void Normalize_ReceivedTomorrow_IsRefused_TodayIsFine()
    {
        ErrorOf(() => PaymentRules.Normalize(Form(10, on: Today.AddDays(1)), "USD", BankOrCard, Today), "ReceivedOn")
            .ShouldBe("The money cannot arrive after today (24 Nov 2026); record it once it is there.");
        PaymentRules.Normalize(Form(10, on: Today), "USD", BankOrCard, Today).ReceivedOn.ShouldBe(Today);
        ErrorOf(() => PaymentRules.Normalize(Form(10, on: default(DateOnly)), "USD", BankOrCard, Today), "ReceivedOn").ShouldBe("Say on which day the money arrived.");
    }

    [Fact]
    public void Normalize_AMethodTheTermsDoNotAccept_IsRefusedNamingTheAcceptedOnes()
    {
        ErrorOf(() => PaymentRules.Normalize(Form(10, PaymentMethod.Cheque), "USD", BankOrCard, Today), "Method")
            .ShouldBe("The billing terms accept bank transfer or card, not cheque; change the terms first if the client may pay that way.");
        ErrorOf(() => PaymentRules.Normalize(Form(10, method: null), "USD", [PaymentMethod.BankTransfer, PaymentMethod.Card, PaymentMethod.Online], Today), "Method")
            .ShouldBe("Pick how the client paid: bank transfer, card or online.");
    }

    [Fact]
    public void Normalize_Reference_IsOneTrimmedLineOfAtMost200Characters()
    {
        PaymentRules.Normalize(Form(10, reference: "  SWIFT 123\nline two "), "USD", BankOrCard, Today).Reference.ShouldBe("SWIFT 123 line two");
        PaymentRules.Normalize(Form(10, reference: new string('x', 200)), "USD", BankOrCard, Today).Reference.Length.ShouldBe(200);
        ErrorOf(() => PaymentRules.Normalize(Form(10, reference: new string('x', 201)), "USD", BankOrCard, Today), "Reference")
            .ShouldBe("Keep the reference under 200 characters (it has 201).");
    }

    [Fact]
    public void Normalize_EverythingWrong_NamesEveryField()
    {
        var errors = Should.Throw<ValidationFailedException>(() =>
            PaymentRules.Normalize(Form(0, PaymentMethod.Online, Today.AddDays(3), new string('r', 300)), "USD", BankOrCard, Today)).Errors;
        errors.SelectMany(e => e.MemberNames).ShouldBe(["Amount", "ReceivedOn", "Method", "Reference"]);
    }

    [Fact]
    public void Accepted_ReadsTheTermsMethods_AndEveryMethodWithoutTerms()
    {
        PaymentRules.Accepted(new BillingTerms { PaymentMethods = "Card, Cheque" }).ShouldBe([PaymentMethod.Card, PaymentMethod.Cheque]);
        PaymentRules.Accepted(null).ShouldBe(Enum.GetValues<PaymentMethod>());
    }

    [Fact]
    public void VoidReason_IsRequired()
    {
        Should.Throw<ValidationFailedException>(() => PaymentRules.VoidReason("  ")).Message.ShouldStartWith("Say why the payment is voided");
        PaymentRules.VoidReason(" The cheque bounced ").ShouldBe("The cheque bounced");
    }
}
