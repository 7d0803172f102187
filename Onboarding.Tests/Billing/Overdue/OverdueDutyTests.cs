using Onboarding.Domain.Billing;
using Onboarding.Workflows.Billing.Overdue;
using static Onboarding.Tests.Billing.Overdue.OverdueWorld;

namespace Onboarding.Tests.Billing.Overdue;

/// <summary>Invoices become overdue the day after their due date in the firm's day, once, with a timeline line.</summary>
public sealed class OverdueDutyTests
{
    private static readonly DateOnly Due = new(2026, 12, 30);

    [Fact]
    public async Task RunAsync_PastDueIssuedAndPartiallyPaid_BecomeOverdueOnce_WithOneAuditLineEach()
    {
        await using var world = await CreateAsync();
        await world.TermsAsync();
        var unpaid = await world.IssueDueOnAsync(Due, 4000);
        var part = await world.IssueDueOnAsync(Due, 1000, title: "Milestone 1");
        await world.PayAsync(part.Id, 400);
        var paid = await world.IssueDueOnAsync(Due, 500, title: "Milestone 2");
        await world.PayAsync(paid.Id, 500);
        var later = await world.IssueDueOnAsync(Due.AddDays(5), 700, title: "Milestone 3");

        world.SetFirmTime(Due, new TimeOnly(23, 59));
        (await world.Overdue.RunAsync(Ct)).ShouldBe(0, "on its due date an invoice is not overdue yet");
        world.SetFirmTime(Due.AddDays(1), new TimeOnly(0, 1));
        var first = await world.Overdue.RunAsync(Ct);
        var second = await world.Overdue.RunAsync(Ct);

        first.ShouldBe(2);
        second.ShouldBe(0);
        (await world.ReloadAsync(unpaid.Id)).Status.ShouldBe(InvoiceStatus.Overdue);
        (await world.ReloadAsync(part.Id)).Status.ShouldBe(InvoiceStatus.Overdue);
        (await world.ReloadAsync(paid.Id)).Status.ShouldBe(InvoiceStatus.Paid);
        (await world.ReloadAsync(later.Id)).Status.ShouldBe(InvoiceStatus.Issued);
        (await world.AuditAsync(OverdueDuty.AuditAction)).ShouldBe([
            "INV-000001 is overdue: USD 4,000.00 unpaid since 30 Dec",
            "INV-000002 is overdue: USD 600.00 unpaid since 30 Dec",
        ]);
    }

    [Fact]
    public async Task RunAsync_FirmAheadOfUtc_OverdueOnTheFirmsNextDayWhileUtcIsStillOnTheDueDate()
    {
        await using var world = await CreateAsync("Pacific/Auckland");
        await world.TermsAsync();
        var invoice = await world.IssueDueOnAsync(Due);
        invoice.DueOn.ShouldBe(Due);

        world.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 30, 10, 30, 0, TimeSpan.Zero)); // 23:30 on 30 Dec in Auckland
        await world.Overdue.RunAsync(Ct);
        var onTheDueDay = (await world.ReloadAsync(invoice.Id)).Status;
        world.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 30, 11, 30, 0, TimeSpan.Zero)); // 00:30 on 31 Dec in Auckland, still 30 Dec in UTC
        await world.Overdue.RunAsync(Ct);

        onTheDueDay.ShouldBe(InvoiceStatus.Issued);
        (await world.ReloadAsync(invoice.Id)).Status.ShouldBe(InvoiceStatus.Overdue);
    }

    [Fact]
    public async Task RunAsync_FirmBehindUtc_StillIssuedWhileUtcIsAlreadyPastTheDueDate()
    {
        await using var world = await CreateAsync("America/Los_Angeles");
        await world.TermsAsync();
        var invoice = await world.IssueDueOnAsync(Due);

        world.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 7, 0, 0, TimeSpan.Zero)); // 23:00 on 30 Dec in Los Angeles
        (await world.Overdue.RunAsync(Ct)).ShouldBe(0);
        var lateEvening = (await world.ReloadAsync(invoice.Id)).Status;
        world.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 8, 30, 0, TimeSpan.Zero)); // 00:30 on 31 Dec there
        (await world.Overdue.RunAsync(Ct)).ShouldBe(1);

        lateEvening.ShouldBe(InvoiceStatus.Issued);
        (await world.ReloadAsync(invoice.Id)).Status.ShouldBe(InvoiceStatus.Overdue);
    }
}
