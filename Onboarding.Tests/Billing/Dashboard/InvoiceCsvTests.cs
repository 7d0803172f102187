using System.Text;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Workflows.Billing.Dashboard;

namespace Onboarding.Tests.Billing.Dashboard;

/// <summary>The invoice CSV byte for byte: BOM, header, RFC 4180 quoting, formula guard, minor units per currency, ISO dates.</summary>
public sealed class InvoiceCsvTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WriteAsync_MixedInvoices_ExactCsvInTheListsOrder()
    {
        await using var world = await FinanceWorld.CreateAsync();
        var cafe = await world.ClientAsync("Café \"Ünïcode\", Ltd");
        var tokyo = await world.ClientAsync("東京デザイン株式会社");
        await world.InvoiceAsync(cafe, "USD", 1234.5m, paid: 234.5m, issuedDaysAgo: 10, dueInDays: 20, title: "=HYPERLINK(\"http://evil\")");
        await world.InvoiceAsync(tokyo, "JPY", 150000m, issuedDaysAgo: 40, dueInDays: -10, kind: InvoiceKind.Deposit, title: "Deposit, 30%\nsecond line");
        await world.InvoiceAsync(cafe, "EUR", 99.995m, paid: 99.995m, issuedDaysAgo: 20, kind: InvoiceKind.Other, title: "-5% early payment");
        await world.InvoiceAsync(tokyo, "BHD", 12.5m, issuedDaysAgo: 30, dueInDays: 0, kind: InvoiceKind.Retainer, title: "\t@team");

        var bytes = await CsvAsync(world, new FinanceFilter());

        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        Encoding.UTF8.GetString(bytes.AsSpan(3)).ShouldBe(
            "Number,Status,Kind,Client,Account manager,Title,Currency,Issued on,Due on,Total,Paid,Balance,Days past due\r\n"
            + "INV-000001,PartiallyPaid,Milestone,\"Café \"\"Ünïcode\"\", Ltd\",am,\"'=HYPERLINK(\"\"http://evil\"\")\",USD,2026-11-14,2026-12-14,1234.50,234.50,1000.00,0\r\n"
            + "INV-000003,Paid,Other,\"Café \"\"Ünïcode\"\", Ltd\",am,'-5% early payment,EUR,2026-11-04,2026-12-24,100.00,100.00,0.00,\r\n"
            + "INV-000004,Issued,Retainer,東京デザイン株式会社,am,'\t@team,BHD,2026-10-25,2026-11-24,12.500,0.000,12.500,0\r\n"
            + "INV-000002,Overdue,Deposit,東京デザイン株式会社,am,\"Deposit, 30%\nsecond line\",JPY,2026-10-15,2026-11-14,150000,0,150000,10\r\n");
    }

    [Fact]
    public async Task WriteAsync_Filtered_ExportsOnlyWhatThePageLists()
    {
        await using var world = await FinanceWorld.CreateAsync();
        var acme = await world.ClientAsync("Acme");
        await world.InvoiceAsync(acme, "USD", 10m);
        await world.InvoiceAsync(acme, "JPY", 1000m, dueInDays: -1);
        await world.InvoiceAsync(acme, "JPY", 2000m);

        var text = Encoding.UTF8.GetString(await CsvAsync(world, new FinanceFilter(Currency: "JPY", Status: InvoiceStatus.Overdue)));

        text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2);
        text.ShouldContain(",JPY,2026-11-24,2026-11-23,1000,0,1000,1\r\n");
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+44 20", "'+44 20")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\rX", "'\rX")]
    [InlineData("Plain = text", "Plain = text")]
    [InlineData("", "")]
    public void Text_LeadingFormulaCharacter_GetsAnApostrophe(string cell, string expected) =>
        InvoiceCsv.Text(cell).ShouldBe(expected);

    [Theory]
    [InlineData(1234.5, "USD", "1234.50")]
    [InlineData(150000.4, "JPY", "150000")]
    [InlineData(150000.5, "JPY", "150001")]
    [InlineData(0.0005, "BHD", "0.001")]
    [InlineData(-12.345, "EUR", "-12.35")]
    public void Amount_CurrencyMinorUnits_InvariantAndRoundedHalfAwayFromZero(decimal amount, string currency, string expected) =>
        InvoiceCsv.Amount(amount, currency).ShouldBe(expected);

    [Fact]
    public async Task WriteAsync_AccountManager_IsRefusedBeforeWritingAnything()
    {
        await using var world = await FinanceWorld.CreateAsync();
        using var output = new MemoryStream();

        var refused = await Should.ThrowAsync<DomainException>(() => world.Csv.WriteAsync(output, new FinanceFilter(), world.AccountManager, Ct));

        refused.Message.ShouldBe("Only finance or an admin can export invoices.");
        output.Length.ShouldBe(0);
    }

    private static async Task<byte[]> CsvAsync(FinanceWorld world, FinanceFilter filter)
    {
        using var output = new MemoryStream();
        await world.Csv.WriteAsync(output, filter, world.Finance, Ct);
        return output.ToArray();
    }
}
