using Onboarding.Workflows.Billing.Dashboard;

namespace Onboarding.Tests.Billing.Dashboard;

/// <summary>The aging and DSO arithmetic, and the same through the dashboard's SQL on real invoices.</summary>
public sealed class ReceivablesTests
{
    [Theory]
    [InlineData(-5, AgingBucket.Current)]
    [InlineData(0, AgingBucket.Current)]
    [InlineData(1, AgingBucket.Days1To30)]
    [InlineData(30, AgingBucket.Days1To30)]
    [InlineData(31, AgingBucket.Days31To60)]
    [InlineData(60, AgingBucket.Days31To60)]
    [InlineData(61, AgingBucket.Days61To90)]
    [InlineData(90, AgingBucket.Days61To90)]
    [InlineData(91, AgingBucket.Over90)]
    public void BucketOf_DaysPastDue_FallsInItsBucket(int days, AgingBucket expected) =>
        Receivables.BucketOf(days).ShouldBe(expected);

    [Theory]
    [InlineData(600, 1800, 30.0)]
    [InlineData(1000, 3000, 30.0)]
    [InlineData(100, 300, 30.0)]
    [InlineData(1, 3, 30.0)]
    [InlineData(2000, 2000, 90.0)]
    [InlineData(500, 700, 64.3)]
    [InlineData(0, 700, 0.0)]
    public void DaysSalesOutstanding_OutstandingOverInvoicedTimesNinety_RoundedToOneDecimal(decimal outstanding, decimal invoiced, decimal expected) =>
        Receivables.DaysSalesOutstanding(outstanding, invoiced).ShouldBe(expected);

    [Fact]
    public void DaysSalesOutstanding_NothingInvoicedInTheWindow_IsNull() =>
        Receivables.DaysSalesOutstanding(1200, 0).ShouldBeNull();

    [Fact]
    public async Task LoadAsync_InvoicesAtEachBoundary_AgedByDaysPastDueInFirmDays()
    {
        await using var world = await FinanceWorld.CreateAsync();
        var acme = await world.ClientAsync("Acme");
        // Each total a distinct power of two, so every bucket's sum says exactly which invoices it holds.
        var days = new[] { 0, 1, 30, 31, 60, 61, 90, 91 };
        for (var i = 0; i < days.Length; i++) await world.InvoiceAsync(acme, "USD", 1 << i, dueInDays: -days[i], issuedDaysAgo: days[i] + 30);
        await world.InvoiceAsync(acme, "USD", 256, dueInDays: 5);

        var usd = (await world.LoadAsync()).Currencies.ShouldHaveSingleItem();

        usd.Aging[AgingBucket.Current].ShouldBe(new AgingCell(2, 1 + 256));
        usd.Aging[AgingBucket.Days1To30].ShouldBe(new AgingCell(2, 2 + 4));
        usd.Aging[AgingBucket.Days31To60].ShouldBe(new AgingCell(2, 8 + 16));
        usd.Aging[AgingBucket.Days61To90].ShouldBe(new AgingCell(2, 32 + 64));
        usd.Aging[AgingBucket.Over90].ShouldBe(new AgingCell(1, 128));
        usd.Outstanding.ShouldBe(511);
        usd.Overdue.ShouldBe(254);
    }

    [Fact]
    public async Task LoadAsync_SeveralCurrencies_OutstandingIsTheOpenBalancesOfEach()
    {
        await using var world = await FinanceWorld.CreateAsync();
        var acme = await world.ClientAsync("Acme");
        var globex = await world.ClientAsync("Globex");
        await world.InvoiceAsync(acme, "USD", 1000.50m, paid: 400.25m);
        await world.InvoiceAsync(globex, "USD", 99.99m, dueInDays: -3);
        await world.InvoiceAsync(acme, "USD", 5000m, paid: 5000m);
        await world.InvoiceAsync(acme, "USD", 700m, status: Onboarding.Domain.Billing.InvoiceStatus.Void);
        await world.InvoiceAsync(globex, "EUR", 1234.56m);
        await world.InvoiceAsync(globex, "JPY", 150000m, paid: 50000m, dueInDays: -40);

        var currencies = (await world.LoadAsync()).Currencies.ToDictionary(c => c.Currency);

        currencies.Keys.ShouldBe(["EUR", "JPY", "USD"]);
        currencies["USD"].Outstanding.ShouldBe(600.25m + 99.99m);
        currencies["USD"].OpenCount.ShouldBe(2);
        currencies["USD"].Overdue.ShouldBe(99.99m);
        currencies["EUR"].Outstanding.ShouldBe(1234.56m);
        currencies["JPY"].Outstanding.ShouldBe(100000m);
        currencies["JPY"].Aging[AgingBucket.Days31To60].Balance.ShouldBe(100000m);
    }

    [Fact]
    public async Task LoadAsync_InvoicedInTheLastNinetyDays_GivesDso()
    {
        await using var world = await FinanceWorld.CreateAsync();
        var acme = await world.ClientAsync("Acme");
        await world.InvoiceAsync(acme, "USD", 1000m, issuedDaysAgo: 90, dueInDays: -60);
        await world.InvoiceAsync(acme, "USD", 2000m, issuedDaysAgo: 89, paid: 1400m, dueInDays: -59);
        await world.InvoiceAsync(acme, "USD", 1000m, issuedDaysAgo: 0, paid: 1000m);
        await world.InvoiceAsync(acme, "USD", 5000m, issuedDaysAgo: 3, status: Onboarding.Domain.Billing.InvoiceStatus.Void);
        await world.InvoiceAsync(acme, "EUR", 800m, issuedDaysAgo: 120, dueInDays: -90);

        var currencies = (await world.LoadAsync()).Currencies.ToDictionary(c => c.Currency);

        // USD: outstanding 1,000 + 600 = 1,600 over 2,000 + 1,000 invoiced on days 89..0 (void left out) × 90 = 48 days.
        currencies["USD"].InvoicedInWindow.ShouldBe(3000m);
        currencies["USD"].DaysSalesOutstanding.ShouldBe(48.0m);
        currencies["EUR"].InvoicedInWindow.ShouldBe(0m);
        currencies["EUR"].DaysSalesOutstanding.ShouldBeNull();
    }
}
