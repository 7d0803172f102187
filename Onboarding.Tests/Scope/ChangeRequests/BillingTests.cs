using Onboarding.Domain.Common;
using Onboarding.Domain.People;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.Scope.ChangeRequests;
using static Onboarding.Tests.Scope.ChangeRequests.ChangeRequestWorld;

namespace Onboarding.Tests.Scope.ChangeRequests;

/// <summary>Finance bills approved billable change requests; nobody else may; what is left unbilled is one query.</summary>
public sealed class BillingTests
{
    [Theory]
    [InlineData(Roles.Finance)]
    [InlineData(Roles.Admin)]
    public async Task MarkBilled_ByFinanceOrAdmin_BillsTheChangeRequestAndItsItemTogether(string role)
    {
        await using var world = await CreateAsync();
        var change = await ApprovedAsync(world);

        await world.Billing.MarkBilledAsync(change.Id, change.ConcurrencyToken, " INV-2026-014 ", "finance@test", [role], Ct);

        var saved = await world.ReloadAsync(change.Id);
        var now = world.Clock.GetUtcNow().UtcDateTime;
        (saved.Status, saved.BilledBy, saved.BilledAtUtc).ShouldBe((ChangeRequestStatus.Billed, "finance@test", (DateTime?)now));
        var item = (await world.QueryAsync(db => Task.FromResult(db.BillableItems.Single()))).ShouldNotBeNull();
        (item.BilledAtUtc, item.BilledBy).ShouldBe(((DateTime?)now, "finance@test"));
        (await world.Billing.UnbilledAsync(world.OnboardingId, Ct)).ShouldBeEmpty();
        (await world.AuditAsync("Change request billed")).ShouldHaveSingleItem().ShouldBe("CR-001 \"Two extra landing pages\": USD 2,400.00 billed on invoice INV-2026-014.");
    }

    [Theory]
    [InlineData(Roles.AccountManager)]
    [InlineData(Roles.OpsLead)]
    public async Task MarkBilled_ByAnyoneElse_IsRefused_AndNothingChanges(string role)
    {
        await using var world = await CreateAsync();
        var change = await ApprovedAsync(world);

        var refused = await Should.ThrowAsync<DomainException>(() => world.Billing.MarkBilledAsync(change.Id, change.ConcurrencyToken, null, "am@test", [role], Ct));

        refused.Message.ShouldBe("Only finance or an admin can mark a change request billed.");
        (await world.ReloadAsync(change.Id)).Status.ShouldBe(ChangeRequestStatus.Approved);
        (await world.Billing.UnbilledAsync(world.OnboardingId, Ct)).ShouldHaveSingleItem().Description.ShouldBe("CR-001 Two extra landing pages");
    }

    [Fact]
    public async Task MarkBilled_Twice_SaysWhoBilledIt_AndALongReferenceIsRefused()
    {
        await using var world = await CreateAsync();
        var change = await ApprovedAsync(world);

        var tooLong = await Should.ThrowAsync<ValidationFailedException>(() =>
            world.Billing.MarkBilledAsync(change.Id, change.ConcurrencyToken, new string('x', 101), "finance@test", [Roles.Finance], Ct));
        var billed = await world.Billing.MarkBilledAsync(change.Id, change.ConcurrencyToken, null, "finance@test", [Roles.Finance], Ct);
        var again = await Should.ThrowAsync<DomainException>(() => world.Billing.MarkBilledAsync(billed.Id, billed.ConcurrencyToken, null, "admin@test", [Roles.Admin], Ct));

        tooLong.Message.ShouldBe("Keep the invoice reference under 100 characters.");
        again.Message.ShouldBe("CR-001 is billed already by finance@test.");
    }

    [Fact]
    public async Task Unbilled_ListsOnlyThisOnboardingsOpenItems_OldestFirst()
    {
        await using var world = await CreateAsync();
        var first = await ApprovedAsync(world);
        world.Clock.Advance(TimeSpan.FromHours(1));
        await ApprovedAsync(world, "Newsletter template");
        await world.Billing.MarkBilledAsync(first.Id, first.ConcurrencyToken, null, "finance@test", [Roles.Finance], Ct);

        var open = await world.Billing.UnbilledAsync(world.OnboardingId, Ct);

        open.ShouldHaveSingleItem().Description.ShouldBe("CR-002 Newsletter template");
        (await world.Billing.UnbilledAsync(Guid.NewGuid(), Ct)).ShouldBeEmpty();
    }

    private static async Task<ChangeRequest> ApprovedAsync(ChangeRequestWorld world, string title = "Two extra landing pages")
    {
        var (change, token) = await world.AwaitingAsync(Draft(title));
        await world.Approval.ApproveAsync(token, "Dana Kim", null, Ct);
        return await world.ReloadAsync(change.Id);
    }
}
