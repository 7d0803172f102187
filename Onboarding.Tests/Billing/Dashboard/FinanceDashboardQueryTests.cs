using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Workflows.Billing.Dashboard;

namespace Onboarding.Tests.Billing.Dashboard;

/// <summary>The dashboard's filters, the overdue list, the invoice list's order and pages, and who may load it.</summary>
public sealed class FinanceDashboardQueryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoadAsync_PartyFilters_NarrowTilesAndList()
    {
        await using var world = await FinanceWorld.CreateAsync();
        var acme = await world.ClientAsync("Acme Dashboards");
        var globex = await world.ClientAsync("Globex 50% Off", accountManagerId: world.OtherManager.Id);
        var acmeUsd = await world.InvoiceAsync(acme, "USD", 100m);
        await world.InvoiceAsync(acme, "EUR", 200m);
        var globexUsd = await world.InvoiceAsync(globex, "USD", 400m);

        (await world.LoadAsync(new FinanceFilter(ClientId: acme.ClientId))).Invoices.Rows.Select(r => r.ClientName).Distinct().ShouldBe(["Acme Dashboards"]);
        var byManager = await world.LoadAsync(new FinanceFilter(AccountManagerId: world.OtherManager.Id));
        byManager.Invoices.Rows.ShouldHaveSingleItem().InvoiceId.ShouldBe(globexUsd.Id);
        byManager.Currencies.ShouldHaveSingleItem().Outstanding.ShouldBe(400m);
        var euro = await world.LoadAsync(new FinanceFilter(Currency: "EUR"));
        euro.Currencies.Select(c => c.Currency).ShouldBe(["EUR"]);
        euro.Invoices.TotalCount.ShouldBe(1);
        (await world.LoadAsync(new FinanceFilter(Search: "acme DASHB"))).Invoices.TotalCount.ShouldBe(2);
        (await world.LoadAsync(new FinanceFilter(Search: acmeUsd.Number![^3..]))).Invoices.Rows.ShouldHaveSingleItem().InvoiceId.ShouldBe(acmeUsd.Id);
        (await world.LoadAsync(new FinanceFilter(Search: "50%"))).Invoices.Rows.ShouldHaveSingleItem().InvoiceId.ShouldBe(globexUsd.Id);
        (await world.LoadAsync(new FinanceFilter(Search: "5_%"))).Invoices.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task LoadAsync_StatusAndIssueDates_NarrowTheListButNotTheReceivables()
    {
        await using var world = await FinanceWorld.CreateAsync();
        var acme = await world.ClientAsync("Acme");
        var late = await world.InvoiceAsync(acme, "USD", 100m, issuedDaysAgo: 40, dueInDays: -10);
        var recent = await world.InvoiceAsync(acme, "USD", 200m, issuedDaysAgo: 5);
        var paid = await world.InvoiceAsync(acme, "USD", 300m, issuedDaysAgo: 20, paid: 300m);
        await world.InvoiceAsync(acme, "USD", 50m, status: InvoiceStatus.Draft);

        var overdue = await world.LoadAsync(new FinanceFilter(Status: InvoiceStatus.Overdue));
        var issued = await world.LoadAsync(new FinanceFilter(IssuedFrom: FinanceWorld.Today.AddDays(-20), IssuedTo: FinanceWorld.Today.AddDays(-5)));
        var all = await world.LoadAsync();

        overdue.Invoices.Rows.ShouldHaveSingleItem().InvoiceId.ShouldBe(late.Id);
        overdue.Currencies.ShouldHaveSingleItem().Outstanding.ShouldBe(300m);
        issued.Invoices.Rows.Select(r => r.InvoiceId).ShouldBe([recent.Id, paid.Id]);
        all.Invoices.Rows.Select(r => r.InvoiceId).ShouldBe([recent.Id, paid.Id, late.Id], "issued newest first, drafts left out");
        (await world.LoadAsync(new FinanceFilter(Status: InvoiceStatus.Draft))).Invoices.Rows.ShouldHaveSingleItem().Number.ShouldBeNull();
    }

    [Fact]
    public async Task LoadAsync_IssuedFromAfterIssuedTo_IsRefusedWithWhatToDo()
    {
        await using var world = await FinanceWorld.CreateAsync();

        var refused = await Should.ThrowAsync<DomainException>(() =>
            world.LoadAsync(new FinanceFilter(IssuedFrom: FinanceWorld.Today, IssuedTo: FinanceWorld.Today.AddDays(-1))));

        refused.Message.ShouldContain("swap them");
    }

    [Fact]
    public async Task LoadAsync_OverdueInvoices_ListedLongestLateFirstWithTheirOnboarding()
    {
        await using var world = await FinanceWorld.CreateAsync();
        var acme = await world.ClientAsync("Acme");
        await world.InvoiceAsync(acme, "USD", 100m, dueInDays: -3, paid: 25m);
        var oldest = await world.InvoiceAsync(acme, "JPY", 120000m, dueInDays: -45, issuedDaysAgo: 75);
        await world.InvoiceAsync(acme, "USD", 100m, dueInDays: 0);

        var dashboard = await world.LoadAsync();

        dashboard.OverdueCount.ShouldBe(2);
        dashboard.Overdue.Select(o => (o.Number, o.DaysLate, o.Balance)).ShouldBe([(oldest.Number!, 45, 120000m), ("INV-000001", 3, 75m)]);
        dashboard.Overdue[0].OnboardingId.ShouldBe(acme.OnboardingId);
        dashboard.Overdue[0].AccountManager.ShouldBe("am");
        dashboard.Overdue[0].DueOn.ShouldBe(FinanceWorld.Today.AddDays(-45));
    }

    [Fact]
    public async Task LoadAsync_SortAndPages_AmountsOrderAsNumbersAndPagesDoNotOverlap()
    {
        await using var world = await FinanceWorld.CreateAsync();
        var acme = await world.ClientAsync("Acme");
        for (var i = 1; i <= 60; i++) await world.InvoiceAsync(acme, "USD", i * 10m - (i % 2 == 0 ? 5.5m : 0));

        var first = await world.LoadAsync(new FinanceFilter(Sort: InvoiceSort.Total, Descending: false));
        var second = await world.LoadAsync(new FinanceFilter(Sort: InvoiceSort.Total, Descending: false, Page: 2));
        var beyond = await world.LoadAsync(new FinanceFilter(Page: 9));

        first.Invoices.TotalCount.ShouldBe(60);
        first.Invoices.PageCount.ShouldBe(2);
        var totals = first.Invoices.Rows.Concat(second.Invoices.Rows).Select(r => r.Total).ToList();
        totals.ShouldBe(totals.Order().ToList());
        totals.Distinct().Count().ShouldBe(60);
        totals[..3].ShouldBe([10m, 14.5m, 30m]);
        beyond.Invoices.Page.ShouldBe(2);
    }

    [Fact]
    public async Task LoadAsync_DepositsAwaited_WaitingWorkflowsAndUnpaidDepositInvoices()
    {
        await using var world = await FinanceWorld.CreateAsync();
        var waiting = await world.ClientAsync("Waiting Co");
        var invoiced = await world.ClientAsync("Invoiced Co");
        var paid = await world.ClientAsync("Paid Co");
        var noTerms = await world.ClientAsync("No Terms Co");
        await world.TermsAsync(waiting, "EUR", 24000m, 30m);
        await world.WaitForDepositAsync(waiting, daysAgo: 4);
        await world.WaitForDepositAsync(invoiced, daysAgo: 12);
        var deposit = await world.InvoiceAsync(invoiced, "USD", 5000m, paid: 1000m, issuedDaysAgo: 6, dueInDays: 24, kind: InvoiceKind.Deposit);
        await world.InvoiceAsync(paid, "USD", 3000m, paid: 3000m, kind: InvoiceKind.Deposit);
        await world.WaitForDepositAsync(noTerms, daysAgo: 0);

        var deposits = (await world.LoadAsync()).Deposits;

        deposits.Select(d => d.ClientName).ShouldBe(["Invoiced Co", "Waiting Co", "No Terms Co"]);
        deposits[0].ShouldBe(new DepositAwaited(invoiced.OnboardingId, invoiced.ClientId, "Invoiced Co", "am", "USD", 4000m, deposit.Number,
            FinanceWorld.Today.AddDays(24), FinanceWorld.Today.AddDays(-12), 12));
        deposits[1].ShouldBe(new DepositAwaited(waiting.OnboardingId, waiting.ClientId, "Waiting Co", "am", "EUR", 7200m, null, null,
            FinanceWorld.Today.AddDays(-4), 4));
        deposits[2].Amount.ShouldBeNull();
        (await world.LoadAsync(new FinanceFilter(Currency: "EUR"))).Deposits.ShouldHaveSingleItem().ClientName.ShouldBe("Waiting Co");
        (await world.LoadAsync(new FinanceFilter(ClientId: noTerms.ClientId))).Deposits.ShouldHaveSingleItem().DaysWaiting.ShouldBe(0);
    }

    [Fact]
    public async Task LoadAsync_AccountManagerOrOpsLead_IsRefused_FinanceAndAdminLoad()
    {
        await using var world = await FinanceWorld.CreateAsync();

        foreach (var actor in new[] { world.AccountManager, world.OpsLead })
        {
            var refused = await Should.ThrowAsync<DomainException>(() => world.Dashboard.LoadAsync(new FinanceFilter(), actor, Ct));
            refused.Message.ShouldBe("Only finance or an admin can see the finance dashboard.");
        }
        (await world.Dashboard.LoadAsync(new FinanceFilter(), world.Admin, Ct)).NothingInvoicedYet.ShouldBeTrue();
        (await world.Dashboard.LoadAsync(new FinanceFilter(), world.Finance, Ct)).Invoices.TotalCount.ShouldBe(0);
    }
}
