using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Tests.Onboardings;
using Onboarding.Workflows.Billing;

namespace Onboarding.Tests.Billing.Numbering;

/// <summary>Invoice numbers are sequential per firm: no gaps, no duplicates, even when many are issued at once.</summary>
public sealed class InvoiceNumberingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IssueAsync_TwentyDraftsIssuedAtOnce_NumbersOneToTwentyWithNoGapOrDuplicate()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var onboarding = await world.StartAsync();
        var drafts = new List<Guid>();
        for (var i = 0; i < 20; i++) drafts.Add(await AddDraftAsync(world, onboarding.Id, $"Hours, week {i + 1}", 100m + i));
        var issuer = world.Host.Get<InvoiceIssuer>();

        var issued = await Task.WhenAll(drafts.Select(id => Task.Run(() => issuer.IssueAsync(id, "finance@test", Ct), Ct)));

        issued.Select(i => i.Sequence!.Value).Order().ShouldBe(Enumerable.Range(1, 20));
        await using var db = await world.Database.Factory.CreateDbContextAsync(Ct);
        var stored = await db.Invoices.AsNoTracking().OrderBy(i => i.Sequence).ToListAsync(Ct);
        stored.Select(i => i.Number).ShouldBe(Enumerable.Range(1, 20).Select(InvoiceIssuer.FormatNumber));
        stored.ShouldAllBe(i => i.Status == InvoiceStatus.Issued);
        (await db.InvoiceCounters.SingleAsync(Ct)).Last.ShouldBe(20);
    }

    [Fact]
    public async Task IssueAsync_SameDraftTwiceAtOnce_IssuedOnceAndOneNumberTaken()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var onboarding = await world.StartAsync();
        var draft = await AddDraftAsync(world, onboarding.Id, "Deposit", 7200m);
        var issuer = world.Host.Get<InvoiceIssuer>();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            try { return (await issuer.IssueAsync(draft, "finance@test", Ct)).Number ?? ""; }
            catch (DomainException e) { return e.Message; }
        }, Ct)));

        attempts.Count(a => a == "INV-000001").ShouldBe(1);
        attempts.Count(a => a.Contains("already issued")).ShouldBe(1);
        await using var db = await world.Database.Factory.CreateDbContextAsync(Ct);
        (await db.InvoiceCounters.SingleAsync(Ct)).Last.ShouldBe(1);
    }

    [Fact]
    public async Task IssueAsync_EmptyDraftRefused_GivesItsNumberBackToTheNextInvoice()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var onboarding = await world.StartAsync();
        var empty = await AddDraftAsync(world, onboarding.Id, "Nothing yet", null);
        var real = await AddDraftAsync(world, onboarding.Id, "Hours", 450m);
        var issuer = world.Host.Get<InvoiceIssuer>();

        var refused = await Should.ThrowAsync<DomainException>(() => issuer.IssueAsync(empty, "finance@test", Ct));
        var issued = await issuer.IssueAsync(real, "finance@test", Ct);

        refused.Message.ShouldContain("at least one line");
        issued.Number.ShouldBe("INV-000001");
    }

    [Fact]
    public async Task IssueAsync_WithTerms_DueAfterTheirNetDaysInTheFirmsCalendarAndAudited()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var onboarding = await world.StartAsync();
        await using (var db = await world.Database.Factory.CreateDbContextAsync(Ct))
        {
            db.BillingTerms.Add(new BillingTerms { OnboardingId = onboarding.Id, Currency = "USD", PaymentTermDays = 21, UpdatedBy = "finance@test" });
            await db.SaveChangesAsync(Ct);
        }
        var draft = await AddDraftAsync(world, onboarding.Id, "Deposit", 7200m);
        var today = world.Host.Get<Onboarding.Workflows.Calendar.FirmClock>().Today();

        var issued = await world.Host.Get<InvoiceIssuer>().IssueAsync(draft, "finance@test", Ct);

        issued.IssuedOn.ShouldBe(today);
        issued.DueOn.ShouldBe(today.AddDays(21));
        await using var check = await world.Database.Factory.CreateDbContextAsync(Ct);
        (await check.AuditEntries.AsNoTracking().Where(a => a.Action == "Invoice issued").Select(a => a.Details).SingleAsync(Ct))
            .ShouldBe($"INV-000001 \"Deposit\": USD 7,200.00, due {today.AddDays(21):yyyy-MM-dd} (net 21).");
    }

    /// <summary>A draft invoice with one line of <paramref name="amount"/> (none when null).</summary>
    private static async Task<Guid> AddDraftAsync(OnboardingWorld world, Guid onboardingId, string title, decimal? amount)
    {
        await using var db = await world.Database.Factory.CreateDbContextAsync(Ct);
        var invoice = new Invoice
        {
            Id = Guid.NewGuid(), OnboardingId = onboardingId, ClientId = world.ClientId, Kind = InvoiceKind.Other, Title = title,
            Currency = "USD", CreatedBy = "finance@test", UpdatedBy = "finance@test",
        };
        if (amount is { } a) invoice.AddLine(title, 1, a);
        db.Invoices.Add(invoice);
        await db.SaveChangesAsync(Ct);
        return invoice.Id;
    }
}
