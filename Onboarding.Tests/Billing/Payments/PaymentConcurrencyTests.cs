using Onboarding.Domain.Billing;
using Onboarding.Workflows.Billing.Payments;

namespace Onboarding.Tests.Billing.Payments;

/// <summary>Two people paying the same invoice from the same screen: one wins, the other is told and loses nothing.</summary>
public sealed class PaymentConcurrencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Record_TwoAtOnceOnOneInvoice_OneIsAllocated_TheOtherIsToldItChangedMeanwhile()
    {
        await using var world = await PaymentWorld.CreateAsync();
        var invoice = await world.IssueAsync(1_000);

        var attempts = await Task.WhenAll(Enumerable.Range(1, 2).Select(n => Task.Run(async () =>
        {
            try
            {
                return (Recorded: await world.RecordAsync(invoice, 1_000, $"REF-{n}"), Error: (string?)null);
            }
            catch (PaymentConflictException e)
            {
                return (Recorded: (RecordedPayment?)null, Error: e.Message);
            }
        }, Ct)));

        attempts.Count(a => a.Recorded is not null).ShouldBe(1);
        attempts.Single(a => a.Error is not null).Error
            .ShouldBe("finance@test changed INV-000001 meanwhile: it is now paid. Reload and check it; nothing was saved.");
        var now = await world.InvoiceAsync(invoice.Id);
        (now.AmountPaid, now.Status).ShouldBe((1_000m, InvoiceStatus.Paid));
        (await world.PaymentsAsync()).Single().Allocations.Single().Amount.ShouldBe(1_000m);
        (await world.AuditAsync("Payment recorded")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Record_WithTheTokenOfAnInvoiceSomeonePaidSince_IsRefused_AndWithTheFreshOneGoesThrough()
    {
        await using var world = await PaymentWorld.CreateAsync();
        var seen = await world.IssueAsync(1_000);
        await world.RecordAsync(seen, 300, "FIRST");

        (await Should.ThrowAsync<PaymentConflictException>(() => world.RecordAsync(seen, 300, "SECOND"))).Message
            .ShouldBe("finance@test changed INV-000001 meanwhile: it is now partially paid, USD 700.00 to pay. Reload and check it; nothing was saved.");
        (await world.PaymentsAsync()).Count.ShouldBe(1);

        await world.RecordAsync(await world.InvoiceAsync(seen.Id), 700, "SECOND");
        (await world.InvoiceAsync(seen.Id)).Status.ShouldBe(InvoiceStatus.Paid);
    }

    [Fact]
    public async Task ApplyCredit_TwoInvoicesAtOnce_NeverSpendTheSameCreditTwice()
    {
        await using var world = await PaymentWorld.CreateAsync();
        await world.RecordAsync(null, 500);
        var a = await world.IssueAsync(500);
        var b = await world.IssueAsync(500);

        var results = await Task.WhenAll(new[] { a, b }.Select(invoice => Task.Run(async () =>
        {
            try
            {
                return (await world.Recorder.ApplyCreditAsync(invoice.Id, invoice.ConcurrencyToken, world.Finance, Ct)).Applied;
            }
            catch (Onboarding.Domain.Common.DomainException)
            {
                return 0m;
            }
        }, Ct)));

        results.Sum().ShouldBe(500m);
        var paid = (await world.InvoiceAsync(a.Id)).AmountPaid + (await world.InvoiceAsync(b.Id)).AmountPaid;
        paid.ShouldBe(500m);
        (await world.PaymentsAsync()).Single().Unallocated.ShouldBe(0m);
    }
}
