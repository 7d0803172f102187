using Onboarding.Domain.Common;
using Onboarding.Workflows.Billing.Statements;

namespace Onboarding.Tests.Billing.Dashboard;

/// <summary>A client's statement: opening balance, invoices and payments in date order with the running balance, credit, closing.</summary>
public sealed class ClientStatementQueryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static DateOnly Today => FinanceWorld.Today;

    [Fact]
    public async Task LoadAsync_Period_OpeningThenRunningBalanceToClosingAndCredit()
    {
        await using var world = await FinanceWorld.CreateAsync();
        var acme = await world.ClientAsync("Acme");
        var first = await world.InvoiceAsync(acme, "USD", 1000m, issuedDaysAgo: 40, paid: 1000m);
        await world.PaymentAsync(acme, "USD", 400m, 35, (first, 400m));
        var second = await world.InvoiceAsync(acme, "USD", 500m, issuedDaysAgo: 10, paid: 200m, title: "Milestone: design");
        await world.InvoiceAsync(acme, "USD", 9999m, issuedDaysAgo: 8, status: Onboarding.Domain.Billing.InvoiceStatus.Void);
        await world.PaymentAsync(acme, "USD", 800m, 5, (first, 600m), (second, 200m));
        await world.PaymentAsync(acme, "USD", 1000m, 2);
        await world.InvoiceAsync(acme, "EUR", 200m, issuedDaysAgo: 50);

        var statement = (await world.Statements.LoadAsync(acme.ClientId, Today.AddDays(-30), Today, world.Finance, Ct)).ShouldNotBeNull();

        statement.ClientName.ShouldBe("Acme");
        statement.Sections.Select(s => s.Currency).ShouldBe(["EUR", "USD"]);
        var eur = statement.Sections[0];
        (eur.Opening, eur.Lines.Count, eur.Closing).ShouldBe((200m, 0, 200m));
        var usd = statement.Sections[1];
        usd.Opening.ShouldBe(600m);
        usd.Lines.Select(l => (l.Date, l.Entry, l.Charge, l.Payment, l.Balance)).ShouldBe([
            (Today.AddDays(-10), StatementEntry.Invoice, 500m, 0m, 1100m),
            (Today.AddDays(-5), StatementEntry.Payment, 0m, 800m, 300m),
            (Today.AddDays(-2), StatementEntry.Payment, 0m, 1000m, -700m),
        ]);
        usd.Lines[0].Reference.ShouldBe(second.Number);
        usd.Lines[0].Description.ShouldBe("Milestone: design");
        usd.Lines[1].Description.ShouldBe("Bank transfer");
        usd.Closing.ShouldBe(-700m);
        usd.UnappliedCredit.ShouldBe(1000m);
        (usd.Invoiced, usd.Received).ShouldBe((500m, 1800m));
    }

    [Fact]
    public async Task LoadAsync_EarlierPeriod_LeavesOutWhatCameAfterItAndPutsInvoicesBeforePaymentsOnADay()
    {
        await using var world = await FinanceWorld.CreateAsync();
        var acme = await world.ClientAsync("Acme");
        var invoice = await world.InvoiceAsync(acme, "USD", 1000m, issuedDaysAgo: 40, paid: 1000m);
        await world.PaymentAsync(acme, "USD", 300m, 40, (invoice, 300m));
        await world.PaymentAsync(acme, "USD", 700m, 20, (invoice, 700m));

        var statement = (await world.Statements.LoadAsync(acme.ClientId, Today.AddDays(-60), Today.AddDays(-38), world.Finance, Ct)).ShouldNotBeNull();

        var usd = statement.Sections.ShouldHaveSingleItem();
        usd.Opening.ShouldBe(0m);
        usd.Lines.Select(l => l.Balance).ShouldBe([1000m, 700m]);
        usd.Closing.ShouldBe(700m);
        usd.UnappliedCredit.ShouldBe(0m);
    }

    [Fact]
    public async Task LoadAsync_UnknownClientOrReversedPeriodOrNotFinance_NullOrRefused()
    {
        await using var world = await FinanceWorld.CreateAsync();

        (await world.Statements.LoadAsync(987654, Today.AddDays(-30), Today, world.Admin, Ct)).ShouldBeNull();
        (await Should.ThrowAsync<DomainException>(() => world.Statements.LoadAsync(world.World.ClientId, Today, Today.AddDays(-1), world.Finance, Ct)))
            .Message.ShouldContain("swap the dates");
        foreach (var actor in new[] { world.AccountManager, world.OpsLead })
        {
            (await Should.ThrowAsync<DomainException>(() => world.Statements.LoadAsync(world.World.ClientId, Today.AddDays(-30), Today, actor, Ct)))
                .Message.ShouldBe("Only finance or an admin can see a client's statement.");
        }
    }
}
