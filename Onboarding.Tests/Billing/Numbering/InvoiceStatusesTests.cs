using Onboarding.Domain.Billing;

namespace Onboarding.Tests.Billing.Numbering;

public sealed class InvoiceStatusesTests
{
    private static readonly DateOnly Due = new(2026, 12, 30);

    [Theory]
    [InlineData(InvoiceStatus.Issued, 0, "2026-12-30", InvoiceStatus.Issued)]
    [InlineData(InvoiceStatus.Issued, 0, "2026-12-31", InvoiceStatus.Overdue)]
    [InlineData(InvoiceStatus.Issued, 400, "2026-12-01", InvoiceStatus.PartiallyPaid)]
    [InlineData(InvoiceStatus.Overdue, 400, "2027-01-05", InvoiceStatus.Overdue)]
    [InlineData(InvoiceStatus.Overdue, 1000, "2027-01-05", InvoiceStatus.Paid)]
    [InlineData(InvoiceStatus.Paid, 0, "2026-12-01", InvoiceStatus.Issued)]
    [InlineData(InvoiceStatus.Draft, 0, "2027-01-05", InvoiceStatus.Draft)]
    [InlineData(InvoiceStatus.Void, 0, "2027-01-05", InvoiceStatus.Void)]
    public void For_PaidAndDueDate_GivesTheStatus(InvoiceStatus current, int paid, string today, InvoiceStatus expected)
    {
        var invoice = new Invoice { Status = current, Total = 1000, AmountPaid = paid, DueOn = Due };

        InvoiceStatuses.For(invoice, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
    }

    [Fact]
    public void AddLine_ZeroDecimalCurrency_RoundsEachLineHalfAwayFromZero()
    {
        var invoice = new Invoice { Currency = "JPY" };

        invoice.AddLine("Design, hours", 2.5m, 4999m);
        invoice.AddLine("Copy, hours", 0.5m, 101m);

        invoice.Lines.Select(l => l.Amount).ShouldBe([12498m, 51m]);
        invoice.Total.ShouldBe(12549m);
    }

    [Fact]
    public void DaysOverdue_CountsFirmDaysPastTheDueDate()
    {
        var invoice = new Invoice { Status = InvoiceStatus.Issued, Total = 1, DueOn = Due };

        InvoiceStatuses.DaysOverdue(invoice, Due).ShouldBe(0);
        InvoiceStatuses.DaysOverdue(invoice, new DateOnly(2027, 1, 29)).ShouldBe(30);
    }
}
