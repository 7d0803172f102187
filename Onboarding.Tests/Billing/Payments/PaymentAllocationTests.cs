using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;

namespace Onboarding.Tests.Billing.Payments;

/// <summary>How a payment is split: the invoice gets min(amount, balance), the rest is the client's credit, usable later.</summary>
public sealed class PaymentAllocationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Record_LessThanTheBalance_PaysPartOfTheInvoice()
    {
        await using var world = await PaymentWorld.CreateAsync();
        var invoice = await world.IssueAsync(5_000);

        var recorded = await world.RecordAsync(invoice, 2_000);

        (recorded.Allocated, recorded.Credit, recorded.InvoiceNumber).ShouldBe((2_000m, 0m, "INV-000001"));
        var now = await world.InvoiceAsync(invoice.Id);
        (now.AmountPaid, now.Balance, now.Status).ShouldBe((2_000m, 3_000m, InvoiceStatus.PartiallyPaid));
        (await world.AuditAsync("Payment recorded")).Single()
            .ShouldBe("USD 2,000.00 by bank transfer, ref BANK-1, received 24 Nov 2026, on INV-000001. INV-000001 is now partially paid, USD 3,000.00 to pay.");
    }

    [Fact]
    public async Task Record_TheBalanceExactlyAfterAPartPayment_PaysTheInvoice()
    {
        await using var world = await PaymentWorld.CreateAsync();
        var invoice = await world.IssueAsync(5_000);
        await world.RecordAsync(invoice, 1_250.50m);

        await world.RecordAsync(await world.InvoiceAsync(invoice.Id), 3_749.50m, "BANK-2");

        var now = await world.InvoiceAsync(invoice.Id);
        (now.AmountPaid, now.Balance, now.Status).ShouldBe((5_000m, 0m, InvoiceStatus.Paid));
        (await world.PaymentsAsync()).ShouldAllBe(p => p.Unallocated == 0);
    }

    [Fact]
    public async Task Record_MoreThanTheBalance_KeepsTheRestAsTheClientsCredit()
    {
        await using var world = await PaymentWorld.CreateAsync();
        var invoice = await world.IssueAsync(5_000);

        var recorded = await world.RecordAsync(invoice, 5_200, "X");

        (recorded.Allocated, recorded.Credit).ShouldBe((5_000m, 200m));
        (await world.InvoiceAsync(invoice.Id)).Status.ShouldBe(InvoiceStatus.Paid);
        (await world.PaymentsAsync()).Single().Unallocated.ShouldBe(200m);
        (await world.AuditAsync("Payment recorded")).Single()
            .ShouldBe("USD 5,200.00 by bank transfer, ref X, received 24 Nov 2026, on INV-000001; USD 200.00 kept as credit. INV-000001 is now paid.");
        var overview = await world.Queries.OverviewAsync(world.OnboardingId, world.Finance, Ct);
        overview.Credit.ShouldBe([new Onboarding.Workflows.Billing.Payments.ClientCredit("USD", 200m)]);
        overview.Payments.Single().ShouldSatisfyAllConditions(
            p => p.Applied.Select(a => (a.Number, a.Amount)).ShouldBe([("INV-000001", 5_000m)]),
            p => p.Credit.ShouldBe(200m));
        overview.OpenInvoices.ShouldBeEmpty();
    }

    [Fact]
    public async Task Record_WithoutAnInvoice_IsAllCreditInTheTermsCurrency()
    {
        await using var world = await PaymentWorld.CreateAsync("EUR");

        var recorded = await world.RecordAsync(null, 750);

        (recorded.Allocated, recorded.Credit, recorded.Currency).ShouldBe((0m, 750m, "EUR"));
        (await world.AuditAsync("Payment recorded")).Single().ShouldBe("EUR 750.00 by bank transfer, ref BANK-1, received 24 Nov 2026, kept as credit (no invoice).");
    }

    [Fact]
    public async Task Record_WithoutInvoiceOrTerms_IsRefused()
    {
        await using var world = await PaymentWorld.CreateAsync(currency: null);

        (await Should.ThrowAsync<DomainException>(() => world.RecordAsync(null, 750))).Message.ShouldStartWith("Agree the billing terms first");
        (await world.PaymentsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task ApplyCredit_UsesTheOldestPaymentsFirst_UntilTheBalanceIsPaid()
    {
        await using var world = await PaymentWorld.CreateAsync();
        var first = await world.IssueAsync(1_000);
        await world.Recorder.RecordAsync(world.OnboardingId, PaymentWorld.Form(first, 1_300, "OLD", receivedOn: PaymentWorld.Today.AddDays(-5)), world.Finance, Ct);
        await world.RecordAsync(null, 500, "NEW");
        var second = await world.IssueAsync(600);

        var applied = await world.Recorder.ApplyCreditAsync(second.Id, second.ConcurrencyToken, world.Finance, Ct);

        (applied.Applied, applied.BalanceLeft).ShouldBe((600m, 0m));
        (await world.InvoiceAsync(second.Id)).Status.ShouldBe(InvoiceStatus.Paid);
        var payments = await world.PaymentsAsync();
        payments.Single(p => p.Reference == "OLD").Unallocated.ShouldBe(0m, "the oldest credit (300) goes first");
        payments.Single(p => p.Reference == "NEW").Unallocated.ShouldBe(200m);
        (await world.AuditAsync("Credit applied")).Single()
            .ShouldBe("USD 600.00 of the client's credit on INV-000002 (from the payments ref OLD, ref NEW). INV-000002 is now paid.");
        (await world.Queries.OverviewAsync(world.OnboardingId, world.Finance, Ct)).CreditIn("USD").ShouldBe(200m);
    }

    [Fact]
    public async Task ApplyCredit_LessCreditThanTheBalance_LeavesTheInvoicePartiallyPaid()
    {
        await using var world = await PaymentWorld.CreateAsync();
        await world.RecordAsync(null, 250);
        var invoice = await world.IssueAsync(1_000);

        var applied = await world.Recorder.ApplyCreditAsync(invoice.Id, invoice.ConcurrencyToken, world.Finance, Ct);

        (applied.Applied, applied.BalanceLeft).ShouldBe((250m, 750m));
        (await world.InvoiceAsync(invoice.Id)).Status.ShouldBe(InvoiceStatus.PartiallyPaid);
        var fresh = await world.InvoiceAsync(invoice.Id);
        (await Should.ThrowAsync<DomainException>(() => world.Recorder.ApplyCreditAsync(invoice.Id, fresh.ConcurrencyToken, world.Finance, Ct)))
            .Message.ShouldBe("The client has no USD credit to apply to INV-000001.");
    }

    [Fact]
    public async Task ApplyCredit_InAnotherCurrency_IsNotUsed()
    {
        await using var world = await PaymentWorld.CreateAsync("EUR");
        await world.RecordAsync(null, 500);
        var usd = await world.IssueAsync(100, currency: "USD");

        (await Should.ThrowAsync<DomainException>(() => world.Recorder.ApplyCreditAsync(usd.Id, usd.ConcurrencyToken, world.Finance, Ct)))
            .Message.ShouldBe("The client has no USD credit to apply to INV-000001.");
    }

    [Theory]
    [InlineData("JPY", "300000", "300001", "JPY 1")]
    [InlineData("KRW", "1500000", "1600000", "KRW 100,000")]
    [InlineData("BHD", "1.235", "2.001", "BHD 0.766")]
    public async Task Record_ZeroAndThreeDecimalCurrencies_SplitExactly(string currency, string total, string paid, string credit)
    {
        await using var world = await PaymentWorld.CreateAsync(currency);
        var invoice = await world.IssueAsync(Parse(total), currency: currency);

        var recorded = await world.RecordAsync(invoice, Parse(paid));

        Money.Format(recorded.Credit, currency).ShouldBe(credit);
        (await world.InvoiceAsync(invoice.Id)).ShouldSatisfyAllConditions(i => i.Status.ShouldBe(InvoiceStatus.Paid), i => i.Balance.ShouldBe(0m));
    }

    [Fact]
    public async Task Record_KrwWithDecimals_IsRefusedAndNothingIsSaved()
    {
        await using var world = await PaymentWorld.CreateAsync("KRW");
        var invoice = await world.IssueAsync(1_500_000, currency: "KRW");

        var failure = await Should.ThrowAsync<ValidationFailedException>(() => world.RecordAsync(invoice, 10.5m));

        failure.Errors.Single().ErrorMessage.ShouldBe("KRW has no decimals: enter a whole amount.");
        (await world.PaymentsAsync()).ShouldBeEmpty();
        (await world.InvoiceAsync(invoice.Id)).ShouldSatisfyAllConditions(i => i.AmountPaid.ShouldBe(0m), i => i.Status.ShouldBe(InvoiceStatus.Issued));
    }

    [Fact]
    public async Task Record_ADepositRoundedToTheCent_IsPaidByItsRoundedBalance()
    {
        await using var world = await PaymentWorld.CreateAsync();
        // 30% of 12,345.67 = 3,703.701: the line rounds half away from zero to the cent, and that is what is due.
        var invoice = await world.IssueAsync(12_345.67m * 0.3m, InvoiceKind.Deposit);
        invoice.Balance.ShouldBe(3_703.70m);

        await world.RecordAsync(invoice, 3_703.70m);

        (await world.InvoiceAsync(invoice.Id)).Status.ShouldBe(InvoiceStatus.Paid);
        (await Should.ThrowAsync<ValidationFailedException>(() => world.RecordAsync(null, 3_703.701m))).Errors.Single().ErrorMessage.ShouldBe("USD has 2 decimals at most.");
    }

    [Fact]
    public async Task Record_AMethodTheTermsDoNotAccept_IsRefused()
    {
        await using var world = await PaymentWorld.CreateAsync(methods: "BankTransfer");
        var invoice = await world.IssueAsync(100);

        var failure = await Should.ThrowAsync<ValidationFailedException>(() =>
            world.Recorder.RecordAsync(world.OnboardingId, PaymentWorld.Form(invoice, 100, method: PaymentMethod.Card), world.Finance, Ct));

        failure.Errors.Single().ErrorMessage.ShouldBe("The billing terms accept bank transfer, not card; change the terms first if the client may pay that way.");
    }

    [Fact]
    public async Task Record_AgainstAnInvoiceOfAnotherOnboardingOrAPaidOne_IsRefused()
    {
        await using var world = await PaymentWorld.CreateAsync();
        var invoice = await world.IssueAsync(100);
        await world.RecordAsync(invoice, 100);
        var paid = await world.InvoiceAsync(invoice.Id);

        (await Should.ThrowAsync<DomainException>(() => world.RecordAsync(paid, 10))).Message
            .ShouldBe("INV-000001 is paid; payments go against issued invoices with a balance.");
        var other = await world.World.StartAsync(world.World.Request(await world.World.Clients.CreateAsync(Clients.ClientDrafts.Valid("Brightpath Learning"), "am@test", Ct)));
        var theirs = await world.IssueAsync(100, onboardingId: other.Id);
        (await Should.ThrowAsync<DomainException>(() => world.RecordAsync(theirs, 10))).Message.ShouldBe("That invoice is not one of this onboarding's; reload the page.");
    }

    private static decimal Parse(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
