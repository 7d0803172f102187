using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Tests.Billing.Terms;
using static Onboarding.Tests.Billing.Terms.TermsWorld;

namespace Onboarding.Tests.Billing.Invoices;

/// <summary>Voiding: a reason, only issued invoices, never while payments hang on it; the number stays.</summary>
public sealed class InvoiceVoidingTests
{
    [Fact]
    public async Task Void_AnIssuedInvoice_KeepsItsNumber_AndIsAudited_AndTheScheduleNeverReplansIt()
    {
        await using var world = await CreateAsync();
        var saved = await world.SaveAsync(FixedFee());
        var deposit = await world.InvoiceAsync("deposit");

        var voided = await world.Voiding.VoidAsync(deposit.Id, deposit.ConcurrencyToken, "  Wrong amount, \n reissued ", world.Finance, Ct);
        await world.SaveAsync(FixedFee(f => { f.DepositValue = 20; f.Milestones[0].Percent = 50; }), saved.Terms.ConcurrencyToken);

        (voided.Status, voided.Number, voided.VoidReason, voided.VoidedBy).ShouldBe((InvoiceStatus.Void, "INV-000001", "Wrong amount,   reissued", "finance@test"));
        (await world.AuditAsync("Invoice voided")).ShouldHaveSingleItem().ShouldBe(
            "INV-000001 \"Deposit: 30% of USD 24,000.00\" (USD 7,200.00) voided: Wrong amount,   reissued");
        (await world.InvoicesAsync()).Count(i => i.Kind == InvoiceKind.Deposit).ShouldBe(1, "a void deposit is not issued again by the schedule");
    }

    [Fact]
    public async Task Void_WithoutAReason_ADraft_OrTwice_IsRefused()
    {
        await using var world = await CreateAsync();
        await world.SaveAsync(FixedFee());
        var deposit = await world.InvoiceAsync("deposit");
        var milestone = await world.InvoiceAsync("milestone:1");

        var noReason = await Should.ThrowAsync<ValidationFailedException>(() => world.Voiding.VoidAsync(deposit.Id, deposit.ConcurrencyToken, " ", world.Finance, Ct));
        var draft = await Should.ThrowAsync<DomainException>(() => world.Voiding.VoidAsync(milestone.Id, milestone.ConcurrencyToken, "Not needed", world.Finance, Ct));
        var voided = await world.Voiding.VoidAsync(deposit.Id, deposit.ConcurrencyToken, "Duplicate", world.Finance, Ct);
        var twice = await Should.ThrowAsync<DomainException>(() => world.Voiding.VoidAsync(voided.Id, voided.ConcurrencyToken, "Again", world.Finance, Ct));
        var stale = await Should.ThrowAsync<DomainException>(() => world.Voiding.VoidAsync(deposit.Id, deposit.ConcurrencyToken, "Again", world.Finance, Ct));

        noReason.Errors.ShouldHaveSingleItem().MemberNames.ShouldBe(["Reason"]);
        noReason.Message.ShouldBe("Say why the invoice is void (e.g. \"Wrong amount, reissued\"): the reason stays with it.");
        draft.Message.ShouldBe("\"Milestone 1: Team ready\" is a draft: it has no number to keep, so delete it instead.");
        twice.Message.ShouldBe("INV-000001 is void already (by finance@test: Duplicate).");
        stale.Message.ShouldBe("finance@test changed INV-000001 meanwhile: it is now void. Reload and check it before trying again.");
    }

    [Fact]
    public async Task Void_WhilePaymentsAreAllocatedToIt_IsRefused_UntilThePaymentIsVoid()
    {
        await using var world = await CreateAsync();
        await world.SaveAsync(FixedFee());
        var deposit = await world.InvoiceAsync("deposit");
        var payment = await PayAsync(world, deposit, 500);

        var refused = await Should.ThrowAsync<DomainException>(() => world.Voiding.VoidAsync(deposit.Id, deposit.ConcurrencyToken, "Wrong", world.Finance, Ct));
        await world.Scope.QueryAsync(async db =>
        {
            var p = await db.Payments.FindAsync([payment.Id], Ct);
            p!.VoidedAtUtc = world.Clock.GetUtcNow().UtcDateTime;
            p.VoidedBy = "finance@test";
            p.VoidReason = "Bounced";
            return await db.SaveChangesAsync(Ct);
        });
        var voided = await world.Voiding.VoidAsync(deposit.Id, deposit.ConcurrencyToken, "Wrong", world.Finance, Ct);

        refused.Message.ShouldBe("INV-000001 has USD 500.00 of payments on it: void or move its payments first.");
        voided.Status.ShouldBe(InvoiceStatus.Void);
    }

    /// <summary>A payment allocated to <paramref name="invoice"/>, written as the payments part records one.</summary>
    private static Task<Payment> PayAsync(TermsWorld world, Invoice invoice, decimal amount) => world.Scope.QueryAsync(async db =>
    {
        var now = world.Clock.GetUtcNow().UtcDateTime;
        var payment = new Payment
        {
            Id = Guid.NewGuid(), OnboardingId = invoice.OnboardingId, ClientId = invoice.ClientId, Currency = invoice.Currency, Amount = amount,
            ReceivedOn = new DateOnly(2026, 11, 24), Method = PaymentMethod.BankTransfer, Reference = "TX-1", RecordedAtUtc = now, RecordedBy = "finance@test",
            ConcurrencyToken = Guid.NewGuid(), Allocations = [new PaymentAllocation { InvoiceId = invoice.Id, Amount = amount, AllocatedAtUtc = now, AllocatedBy = "finance@test" }],
        };
        db.Payments.Add(payment);
        await db.SaveChangesAsync(Ct);
        return payment;
    });
}
