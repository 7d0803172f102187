using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Workflows.Billing.Overdue;
using static Onboarding.Tests.Billing.Overdue.OverdueWorld;

namespace Onboarding.Tests.Billing.Overdue;

/// <summary>Finance applies the late fee it previewed as a separate, issued late-fee invoice; nobody else can, and a changed fee is refused.</summary>
public sealed class LateFeeChargerTests
{
    private static readonly DateOnly Due = new(2026, 12, 30);

    [Fact]
    public async Task ApplyAsync_AsFinance_IssuesALateFeeInvoiceForTheOverdueOne_AndAuditsIt()
    {
        await using var world = await CreateAsync();
        await world.TermsAsync();
        var original = await world.IssueDueOnAsync(Due, 4000);
        world.SetFirmTime(Due.AddDays(15), new TimeOnly(10, 0));
        await world.Overdue.RunAsync(Ct);

        var preview = await world.Charger.PreviewAsync(original.Id, world.FinanceActor, Ct);
        var fee = await world.Charger.ApplyAsync(original.Id, preview.Due, world.FinanceActor, Ct);

        preview.Explanation.ShouldBe("1 period × 1.5% of USD 4,000.00 = USD 60.00; USD 60.00 to apply");
        var saved = await world.ReloadAsync(fee.Id);
        saved.Kind.ShouldBe(InvoiceKind.LateFee);
        saved.LateFeeForInvoiceId.ShouldBe(original.Id);
        saved.ScheduleKey.ShouldBe("late-fee:INV-000001:1");
        saved.Number.ShouldBe("INV-000002");
        saved.Status.ShouldBe(InvoiceStatus.Issued);
        saved.Total.ShouldBe(60m);
        saved.Lines.ShouldHaveSingleItem().Description.ShouldBe("Late fee on INV-000001, 15 days overdue: 1 period × 1.5% of USD 4,000.00");
        (await world.AuditAsync(LateFeeCharger.AuditAction)).ShouldBe(["USD 60.00 on INV-000001, 15 days overdue: 1 period × 1.5% of USD 4,000.00 = USD 60.00; USD 60.00 to apply."]);
        (await world.Charger.PreviewAsync(original.Id, world.FinanceActor, Ct)).Explanation
            .ShouldBe("1 period × 1.5% of USD 4,000.00 = USD 60.00; USD 60.00 already charged; nothing more to apply");
    }

    [Fact]
    public async Task ApplyAsync_ASecondPeriodLater_ChargesOnlyTheDifference_UnderItsOwnKey()
    {
        await using var world = await CreateAsync();
        await world.TermsAsync();
        var original = await world.IssueDueOnAsync(Due, 4000);
        world.SetFirmTime(Due.AddDays(15), new TimeOnly(10, 0));
        await world.Charger.ApplyAsync(original.Id, 60, world.FinanceActor, Ct);
        world.SetFirmTime(Due.AddDays(45), new TimeOnly(10, 0));

        var preview = await world.Charger.PreviewAsync(original.Id, world.FinanceActor, Ct);
        var second = await world.Charger.ApplyAsync(original.Id, preview.Due, world.AdminActor(), Ct);

        preview.Explanation.ShouldBe("2 periods × 1.5% of USD 4,000.00 = USD 120.00; USD 60.00 already charged; USD 60.00 to apply");
        (await world.ReloadAsync(second.Id)).ScheduleKey.ShouldBe("late-fee:INV-000001:2");
    }

    [Fact]
    public async Task ApplyAsync_TheFeeChangedSinceThePreview_IsRefusedWithTheNewAmount_AndTakesNoNumber()
    {
        await using var world = await CreateAsync();
        await world.TermsAsync();
        var original = await world.IssueDueOnAsync(Due, 4000);
        world.SetFirmTime(Due.AddDays(15), new TimeOnly(10, 0));
        var preview = await world.Charger.PreviewAsync(original.Id, world.FinanceActor, Ct);
        await world.PayAsync(original.Id, 1000);

        var refused = await Should.ThrowAsync<DomainException>(() => world.Charger.ApplyAsync(original.Id, preview.Due, world.FinanceActor, Ct));

        refused.Message.ShouldBe("The late fee on INV-000001 is now USD 45.00, not USD 60.00; review it again.");
        (await world.QueryAsync(db => db.Invoices.CountAsync(Ct))).ShouldBe(1);
        (await world.QueryAsync(db => db.InvoiceCounters.SingleAsync(Ct))).Last.ShouldBe(1);
    }

    [Fact]
    public async Task ApplyAsync_PaidInFull_HasNothingToApply()
    {
        await using var world = await CreateAsync();
        await world.TermsAsync();
        var original = await world.IssueDueOnAsync(Due, 4000);
        world.SetFirmTime(Due.AddDays(15), new TimeOnly(10, 0));
        await world.PayAsync(original.Id, 4000);

        var refused = await Should.ThrowAsync<DomainException>(() => world.Charger.ApplyAsync(original.Id, 60, world.FinanceActor, Ct));

        refused.Message.ShouldBe("There is no late fee to apply on INV-000001: Nothing is left to pay on INV-000001, so no late fee applies.");
    }

    [Fact]
    public async Task ApplyAsync_AnyoneButFinanceOrAdmin_IsRefused_AndPreviewIsForThoseWhoSeeTheInvoices()
    {
        await using var world = await CreateAsync();
        await world.TermsAsync();
        var original = await world.IssueDueOnAsync(Due, 4000);
        world.SetFirmTime(Due.AddDays(15), new TimeOnly(10, 0));

        foreach (var actor in new[] { world.AccountManagerActor, OtherAccountManager, world.OpsLeadActor })
        {
            (await Should.ThrowAsync<DomainException>(() => world.Charger.ApplyAsync(original.Id, 60, actor, Ct)))
                .Message.ShouldBe("Only finance or an admin can apply late fees.");
        }
        (await world.Charger.PreviewAsync(original.Id, world.AccountManagerActor, Ct)).Due.ShouldBe(60m);
        await Should.ThrowAsync<DomainException>(() => world.Charger.PreviewAsync(original.Id, OtherAccountManager, Ct));
        await Should.ThrowAsync<DomainException>(() => world.Charger.PreviewAsync(original.Id, world.OpsLeadActor, Ct));
        (await world.QueryAsync(db => db.Invoices.CountAsync(Ct))).ShouldBe(1);
    }
}
