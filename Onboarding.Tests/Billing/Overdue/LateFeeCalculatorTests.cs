using Onboarding.Domain.Billing;
using Onboarding.Workflows.Billing.Overdue;

namespace Onboarding.Tests.Billing.Overdue;

/// <summary>The late-fee arithmetic: started 30-day periods after the grace days, simple, rounded once to the currency's minor units.</summary>
public sealed class LateFeeCalculatorTests
{
    private static readonly DateOnly Due = new(2026, 12, 30);

    [Theory]
    // kind, value, grace, currency, balance, days late, already charged → periods, computed, due
    [InlineData(LateFeeKind.PercentPerMonth, "1.5", 10, "USD", "4000", 10, "0", 0, "0", "0")]          // last grace day
    [InlineData(LateFeeKind.PercentPerMonth, "1.5", 10, "USD", "4000", 11, "0", 1, "60", "60")]        // first day after grace
    [InlineData(LateFeeKind.PercentPerMonth, "1.5", 10, "USD", "4000", 40, "0", 1, "60", "60")]        // end of the first period
    [InlineData(LateFeeKind.PercentPerMonth, "1.5", 10, "USD", "4000", 41, "0", 2, "120", "120")]      // a second period started
    [InlineData(LateFeeKind.PercentPerMonth, "1.5", 10, "USD", "4000", 45, "60", 2, "120", "60")]      // less what was charged
    [InlineData(LateFeeKind.PercentPerMonth, "1.5", 10, "USD", "4000", 45, "150", 2, "120", "0")]      // never negative
    [InlineData(LateFeeKind.PercentPerMonth, "2", 0, "USD", "1000", 1, "0", 1, "20", "20")]            // no grace: from day one
    [InlineData(LateFeeKind.PercentPerMonth, "2", 0, "USD", "1000", 91, "0", 4, "80", "80")]           // simple, not compounded
    [InlineData(LateFeeKind.PercentPerMonth, "2.5", 0, "USD", "2401", 1, "0", 1, "60.03", "60.03")]    // 60.025: half away from zero
    [InlineData(LateFeeKind.PercentPerMonth, "1.5", 0, "JPY", "123457", 5, "0", 1, "1852", "1852")]   // 1,851.855 → whole yen
    [InlineData(LateFeeKind.PercentPerMonth, "1.25", 0, "KRW", "1000001", 75, "0", 3, "37500", "37500")] // 37,500.0375 → whole won
    [InlineData(LateFeeKind.PercentPerMonth, "0.5", 0, "BHD", "100.1", 3, "0", 1, "0.501", "0.501")]  // 0.5005 → three decimals, away from zero
    [InlineData(LateFeeKind.Flat, "50", 5, "USD", "4000", 5, "0", 0, "0", "0")]                       // flat: within grace
    [InlineData(LateFeeKind.Flat, "50", 5, "USD", "4000", 6, "0", 1, "50", "50")]                     // flat: after grace
    [InlineData(LateFeeKind.Flat, "50", 5, "USD", "4000", 90, "50", 1, "50", "0")]                    // flat: once only
    [InlineData(LateFeeKind.Flat, "2500.4", 0, "JPY", "90000", 1, "0", 1, "2500", "2500")]            // flat rounded to the currency
    [InlineData(LateFeeKind.None, "1.5", 0, "USD", "4000", 100, "0", 0, "0", "0")]                    // no late fee in the terms
    public void Quote_Table(LateFeeKind kind, string value, int grace, string currency, string balance, int daysLate, string charged,
        int periods, string computed, string due)
    {
        var invoice = Overdue(currency, decimal.Parse(balance));
        var quote = LateFeeCalculator.Quote(Terms(kind, decimal.Parse(value), grace, currency), invoice, Due.AddDays(daysLate), decimal.Parse(charged));

        quote.Periods.ShouldBe(periods);
        quote.Computed.ShouldBe(decimal.Parse(computed));
        quote.Due.ShouldBe(decimal.Parse(due));
        quote.DaysLate.ShouldBe(daysLate);
    }

    [Fact]
    public void Quote_PercentPerMonth_ExplainsTheArithmetic()
    {
        var quote = LateFeeCalculator.Quote(Terms(LateFeeKind.PercentPerMonth, 1.5m, 10, "USD"), Overdue("USD", 4000), Due.AddDays(45), 60);

        quote.Explanation.ShouldBe("2 periods × 1.5% of USD 4,000.00 = USD 120.00; USD 60.00 already charged; USD 60.00 to apply");
        quote.LineFor("INV-000012").ShouldBe("Late fee on INV-000012, 45 days overdue: 2 periods × 1.5% of USD 4,000.00, less USD 60.00 already charged");
    }

    [Fact]
    public void Quote_WithinGrace_SaysWhenTheFeeStarts()
    {
        var quote = LateFeeCalculator.Quote(Terms(LateFeeKind.PercentPerMonth, 1.5m, 10, "USD"), Overdue("USD", 4000), Due.AddDays(3), 0);

        quote.HasFee.ShouldBeFalse();
        quote.Explanation.ShouldBe("3 days late, within the 10 grace days: a late fee applies from 10 Jan 2027.");
    }

    [Fact]
    public void Quote_PaidVoidNotYetDueOrALateFeeItself_ChargesNothing()
    {
        var terms = Terms(LateFeeKind.PercentPerMonth, 1.5m, 0, "USD");
        var paid = Overdue("USD", 4000);
        paid.AmountPaid = 4000;
        var voided = Overdue("USD", 4000);
        voided.Status = InvoiceStatus.Void;
        var fee = Overdue("USD", 60);
        fee.Kind = InvoiceKind.LateFee;

        LateFeeCalculator.Quote(terms, paid, Due.AddDays(60), 0).Explanation.ShouldBe("Nothing is left to pay on INV-000012, so no late fee applies.");
        LateFeeCalculator.Quote(terms, voided, Due.AddDays(60), 0).Due.ShouldBe(0);
        LateFeeCalculator.Quote(terms, fee, Due.AddDays(60), 0).Due.ShouldBe(0);
        LateFeeCalculator.Quote(terms, Overdue("USD", 4000), Due, 0).Explanation.ShouldBe("INV-000012 is not overdue yet (due 30 Dec 2026).");
        LateFeeCalculator.Quote(null, Overdue("USD", 4000), Due.AddDays(60), 0).Explanation.ShouldBe("The billing terms charge no late fee.");
    }

    private static BillingTerms Terms(LateFeeKind kind, decimal value, int grace, string currency) =>
        new() { Currency = currency, LateFeeKind = kind, LateFeeValue = value, LateFeeGraceDays = grace };

    private static Invoice Overdue(string currency, decimal balance)
    {
        var invoice = new Invoice { Number = "INV-000012", Kind = InvoiceKind.Deposit, Status = InvoiceStatus.Issued, Currency = currency, DueOn = Due };
        invoice.AddLine("Deposit", 1, balance);
        return invoice;
    }
}
