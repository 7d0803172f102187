using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Workflows.Billing.Payments;

namespace Onboarding.Tests.Billing.Payments;

/// <summary>A voided payment takes its allocations and credit with it; the invoices it paid are what they would be without it.</summary>
public sealed class PaymentVoidTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Void_APaymentOnAnInvoice_ReopensIt_AndRemovesTheCredit()
    {
        await using var world = await PaymentWorld.CreateAsync();
        var invoice = await world.IssueAsync(1_000);
        var recorded = await world.RecordAsync(invoice, 1_200, "CHQ-77");
        var payment = (await world.PaymentsAsync()).Single();

        await world.Recorder.VoidAsync(recorded.PaymentId, payment.ConcurrencyToken, "The cheque bounced", world.Finance, Ct);

        var now = await world.InvoiceAsync(invoice.Id);
        (now.AmountPaid, now.Status).ShouldBe((0m, InvoiceStatus.Issued));
        var voided = (await world.PaymentsAsync()).Single();
        (voided.IsVoid, voided.VoidReason, voided.VoidedBy, voided.Allocations.Count, voided.Unallocated).ShouldBe((true, "The cheque bounced", "finance@test", 0, 0m));
        (await world.AuditAsync("Payment voided")).Single()
            .ShouldBe("USD 1,200.00 by bank transfer, ref CHQ-77, received 24 Nov 2026: The cheque bounced. INV-000001 is now issued, USD 1,000.00 to pay.");
        var overview = await world.Queries.OverviewAsync(world.OnboardingId, world.Finance, Ct);
        overview.Credit.ShouldBeEmpty();
        overview.Payments.Single().ShouldSatisfyAllConditions(p => p.IsVoid.ShouldBeTrue(), p => p.Applied.ShouldBeEmpty());
        overview.OpenInvoices.Single().Number.ShouldBe("INV-000001");
    }

    [Fact]
    public async Task Void_AfterTheDueDate_MakesTheInvoiceOverdueAgain()
    {
        await using var world = await PaymentWorld.CreateAsync();
        var invoice = await world.IssueAsync(1_000);
        await world.RecordAsync(invoice, 400, "FIRST");
        await world.RecordAsync(await world.InvoiceAsync(invoice.Id), 600, "SECOND");
        (await world.InvoiceAsync(invoice.Id)).Status.ShouldBe(InvoiceStatus.Paid);

        // Due 24 Dec (net 30); on 26 Dec the second payment turns out to be a mistake.
        world.Clock.Advance(TimeSpan.FromDays(32));
        var second = (await world.PaymentsAsync()).Single(p => p.Reference == "SECOND");
        await world.Recorder.VoidAsync(second.Id, second.ConcurrencyToken, "Recorded on the wrong client", world.Finance, Ct);

        var now = await world.InvoiceAsync(invoice.Id);
        (now.AmountPaid, now.Balance, now.Status).ShouldBe((400m, 600m, InvoiceStatus.Overdue));
    }

    [Fact]
    public async Task Void_WithoutAReason_IsRefused_AndTwice_IsRefused()
    {
        await using var world = await PaymentWorld.CreateAsync();
        var invoice = await world.IssueAsync(1_000);
        await world.RecordAsync(invoice, 1_000);
        var payment = (await world.PaymentsAsync()).Single();

        (await Should.ThrowAsync<ValidationFailedException>(() => world.Recorder.VoidAsync(payment.Id, payment.ConcurrencyToken, " ", world.Finance, Ct)))
            .Errors.Single().MemberNames.ShouldBe(["Reason"]);
        (await world.InvoiceAsync(invoice.Id)).Status.ShouldBe(InvoiceStatus.Paid);

        await world.Recorder.VoidAsync(payment.Id, payment.ConcurrencyToken, "Duplicate entry", world.Finance, Ct);
        (await Should.ThrowAsync<PaymentConflictException>(() => world.Recorder.VoidAsync(payment.Id, payment.ConcurrencyToken, "Again", world.Finance, Ct)))
            .Message.ShouldBe("finance@test already voided this payment (Duplicate entry). Reload; nothing was saved.");
    }

    [Fact]
    public async Task Void_APaymentWhoseCreditPaidAnotherInvoice_ReopensBoth()
    {
        await using var world = await PaymentWorld.CreateAsync();
        var first = await world.IssueAsync(1_000);
        await world.RecordAsync(first, 1_500);
        var second = await world.IssueAsync(500);
        await world.Recorder.ApplyCreditAsync(second.Id, second.ConcurrencyToken, world.Finance, Ct);
        var payment = (await world.PaymentsAsync()).Single();
        payment.ConcurrencyToken.ShouldNotBe(Guid.Empty);

        await world.Recorder.VoidAsync(payment.Id, payment.ConcurrencyToken, "Bank reversed it", world.Finance, Ct);

        (await world.InvoiceAsync(first.Id)).Status.ShouldBe(InvoiceStatus.Issued);
        (await world.InvoiceAsync(second.Id)).Status.ShouldBe(InvoiceStatus.Issued);
        (await world.AuditAsync("Payment voided")).Single().ShouldEndWith("INV-000001 is now issued, USD 1,000.00 to pay. INV-000002 is now issued, USD 500.00 to pay.");
    }

    [Fact]
    public async Task Void_WithTheTokenFromBeforeItsCreditWasApplied_IsRefused()
    {
        await using var world = await PaymentWorld.CreateAsync();
        await world.RecordAsync(null, 500);
        var seen = (await world.PaymentsAsync()).Single();
        var invoice = await world.IssueAsync(300);
        await world.Recorder.ApplyCreditAsync(invoice.Id, invoice.ConcurrencyToken, world.Finance, Ct);

        (await Should.ThrowAsync<PaymentConflictException>(() => world.Recorder.VoidAsync(seen.Id, seen.ConcurrencyToken, "Wrong", world.Finance, Ct)))
            .Message.ShouldBe("Someone applied or changed this payment meanwhile. Reload and check it; nothing was saved.");
        (await world.InvoiceAsync(invoice.Id)).Status.ShouldBe(InvoiceStatus.Paid);
    }
}
