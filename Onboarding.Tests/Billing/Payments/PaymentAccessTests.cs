using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Workflows.Billing;

namespace Onboarding.Tests.Billing.Payments;

/// <summary>Only finance and admins act on payments; the onboarding's account manager reads; nobody else sees them.</summary>
public sealed class PaymentAccessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> NotFinance => ["account manager", "ops lead", "other account manager"];

    private static BillingActor Actor(PaymentWorld world, string who) => who switch
    {
        "account manager" => world.AccountManager,
        "ops lead" => world.OpsLead,
        _ => PaymentWorld.OtherAccountManager,
    };

    [Theory]
    [MemberData(nameof(NotFinance))]
    public async Task Record_ByAnyoneButFinance_IsRefused_AndNothingIsSaved(string who)
    {
        await using var world = await PaymentWorld.CreateAsync();
        var invoice = await world.IssueAsync(100);

        (await Should.ThrowAsync<DomainException>(() => world.Recorder.RecordAsync(world.OnboardingId, PaymentWorld.Form(invoice, 100), Actor(world, who), Ct)))
            .Message.ShouldBe("Only finance or an admin can record payments.");
        (await world.PaymentsAsync()).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(NotFinance))]
    public async Task ApplyCredit_ByAnyoneButFinance_IsRefused(string who)
    {
        await using var world = await PaymentWorld.CreateAsync();
        await world.RecordAsync(null, 100);
        var invoice = await world.IssueAsync(100);

        (await Should.ThrowAsync<DomainException>(() => world.Recorder.ApplyCreditAsync(invoice.Id, invoice.ConcurrencyToken, Actor(world, who), Ct)))
            .Message.ShouldBe("Only finance or an admin can apply credit.");
        (await world.InvoiceAsync(invoice.Id)).Status.ShouldBe(InvoiceStatus.Issued);
    }

    [Theory]
    [MemberData(nameof(NotFinance))]
    public async Task Void_ByAnyoneButFinance_IsRefused(string who)
    {
        await using var world = await PaymentWorld.CreateAsync();
        await world.RecordAsync(null, 100);
        var payment = (await world.PaymentsAsync()).Single();

        (await Should.ThrowAsync<DomainException>(() => world.Recorder.VoidAsync(payment.Id, payment.ConcurrencyToken, "Because", Actor(world, who), Ct)))
            .Message.ShouldBe("Only finance or an admin can void payments.");
        (await world.PaymentsAsync()).Single().IsVoid.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(NotFinance))]
    public async Task MoveOn_ByAnyoneButFinance_IsRefused(string who)
    {
        await using var world = await PaymentWorld.CreateAsync();

        (await Should.ThrowAsync<DomainException>(() => world.Deposits.MoveOnAsync(world.OnboardingId, Actor(world, who), Ct)))
            .Message.ShouldBe("Only finance or an admin can move the onboarding on after the deposit.");
    }

    [Fact]
    public async Task EveryAction_ByAnAdmin_IsAllowed()
    {
        await using var world = await PaymentWorld.CreateAsync();
        var invoice = await world.IssueAsync(100);

        var recorded = await world.Recorder.RecordAsync(world.OnboardingId, PaymentWorld.Form(invoice, 150), PaymentWorld.Admin, Ct);
        var second = await world.IssueAsync(50);
        await world.Recorder.ApplyCreditAsync(second.Id, second.ConcurrencyToken, PaymentWorld.Admin, Ct);
        var payment = (await world.PaymentsAsync()).Single();
        await world.Recorder.VoidAsync(recorded.PaymentId, payment.ConcurrencyToken, "Test entry", PaymentWorld.Admin, Ct);

        (await world.PaymentsAsync()).Single().VoidedBy.ShouldBe("admin@test");
    }

    [Fact]
    public async Task Overview_TheOnboardingsAccountManagerReads_WithoutActing()
    {
        await using var world = await PaymentWorld.CreateAsync();
        await world.RecordAsync(null, 100);

        var overview = await world.Queries.OverviewAsync(world.OnboardingId, world.AccountManager, Ct);

        overview.CanAct.ShouldBeFalse();
        overview.Payments.Count.ShouldBe(1);
        (await world.Queries.OverviewAsync(world.OnboardingId, world.Finance, Ct)).CanAct.ShouldBeTrue();
    }

    [Theory]
    [InlineData("ops lead")]
    [InlineData("other account manager")]
    public async Task Overview_SomeoneNotOnTheClient_CannotEvenRead(string who)
    {
        await using var world = await PaymentWorld.CreateAsync();
        await world.RecordAsync(null, 100);

        (await Should.ThrowAsync<DomainException>(() => world.Queries.OverviewAsync(world.OnboardingId, Actor(world, who), Ct)))
            .Message.ShouldBe("Only finance, an admin or the client's account manager can see this onboarding's invoices.");
    }
}
