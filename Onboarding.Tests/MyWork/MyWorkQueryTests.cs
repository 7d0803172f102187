using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.People;
using Onboarding.Tests.Clients;
using Onboarding.Tests.Onboardings;
using Onboarding.Workflows.MyWork;

namespace Onboarding.Tests.MyWork;

public sealed class MyWorkQueryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task For_ItemsAcrossClients_ListsMineAndMyRolesOverdueFirst_AndLeavesOutOthersAndCompleted()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var mine = await StartForAsync(world, "Alpha Apparel", null);
        // Completed: "Send contract" leaves the list and "Confirm contract signed" (also the account manager's) takes its place.
        await world.Host.CompleteAsync(mine.InstanceId, "Send contract for e-signature");
        var overdueForMyRole = await StartForAsync(world, "Bravo Books", w => (w.AssigneeId, w.DueAtUtc) = (null, world.Database.Clock.GetUtcNow().UtcDateTime.AddDays(-1)));
        await StartForAsync(world, "Charlie Cars", w => w.AssigneeId = world.OpsLead.Id);
        await StartForAsync(world, "Delta Dairy", w => (w.AssigneeId, w.Role) = (null, Roles.Finance));

        var items = await world.Host.Get<MyWorkQuery>().ForAsync(world.AccountManager.Id, [Roles.AccountManager], MyWorkScope.MineAndMyRoles, Ct);

        items.Select(i => (i.ClientName, i.Title)).ShouldBe([("Bravo Books", "Send contract for e-signature"), ("Alpha Apparel", "Confirm contract signed")]);
        items[0].Overdue.ShouldBeTrue();
        items[0].AssignedToMe.ShouldBeFalse();
        items[0].OnboardingId.ShouldBe(overdueForMyRole.Id);
        items[1].Overdue.ShouldBeFalse();
        items[1].AssignedToMe.ShouldBeTrue();
        items[1].OnboardingId.ShouldBe(mine.Id);
        items[1].Stage.ShouldBe("Contract & payment");
        items[1].StageColour.ShouldNotBeNull().ShouldStartWith("#");
    }

    [Fact]
    public async Task For_MineOnly_LeavesOutItemsWaitingForMyRole()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        await StartForAsync(world, "Alpha Apparel", null);
        await StartForAsync(world, "Bravo Books", w => w.AssigneeId = null);

        var items = await world.Host.Get<MyWorkQuery>().ForAsync(world.AccountManager.Id, [Roles.AccountManager], MyWorkScope.Mine, Ct);

        items.Select(i => i.ClientName).ShouldBe(["Alpha Apparel"]);
    }

    [Fact]
    public async Task For_OnboardingCancelled_LeavesOutItsItems()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var cancelled = await StartForAsync(world, "Alpha Apparel", null);
        await world.Host.Runtime.CancelAsync(cancelled.InstanceId, "Client walked away", "ops@test", Ct);

        (await world.Host.Get<MyWorkQuery>().ForAsync(world.AccountManager.Id, [Roles.AccountManager], MyWorkScope.MineAndMyRoles, Ct)).ShouldBeEmpty();
    }

    /// <summary>Starts an onboarding for a new client; <paramref name="change"/> reshapes its first work item (assignee, role, due date).</summary>
    private static async Task<Onboarding.Workflows.Onboardings.StartedOnboarding> StartForAsync(OnboardingWorld world, string client, Action<Domain.Playbooks.WorkItem>? change)
    {
        var clientId = await world.Clients.CreateAsync(ClientDrafts.Valid(client), "am@test", Ct);
        var started = await world.StartAsync(world.Request(clientId));
        if (change is null) return started;
        await using var db = await world.Database.Factory.CreateDbContextAsync(Ct);
        change(await db.WorkItems.SingleAsync(w => w.InstanceId == started.InstanceId, Ct));
        await db.SaveChangesAsync(Ct);
        return started;
    }
}
