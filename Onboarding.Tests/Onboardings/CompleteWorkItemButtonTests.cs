using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Onboarding.Web.Onboardings;
using Onboarding.Web.Shared;

namespace Onboarding.Tests.Onboardings;

/// <summary>The Complete button the onboarding page and My work share, on the real workflow runtime.</summary>
public sealed class CompleteWorkItemButtonTests : BunitContext
{
    public CompleteWorkItemButtonTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddScoped<CurrentUser>();
        AddAuthorization().SetAuthorized("am@test");
    }

    [Fact]
    public async Task Click_OpenItem_CompletesItAsTheSignedInPerson_SaysForWhichClient_AndReloads()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var item = (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single();
        Services.AddSingleton(world.Host.Runtime);
        var reloads = 0;

        var cut = Render<CompleteWorkItemButton>(p => p.Add(c => c.WorkItemId, item.Id).Add(c => c.Title, item.Title)
            .Add(c => c.ClientName, "Acme Analytics").Add(c => c.Completed, () => reloads++));
        await cut.Find("[data-testid=complete-work-item]").ClickAsync(new());

        reloads.ShouldBe(1);
        Services.GetRequiredService<ISnackbar>().ShownSnackbars.Single().Message.ShouldBe("'Send contract for e-signature' completed for Acme Analytics.");
        (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single().Title.ShouldBe("Confirm contract signed");
        (await world.Host.QueryAsync(db => Task.FromResult(db.WorkItems.Single(w => w.Id == item.Id).ClosedBy))).ShouldBe("am@test");
    }

    [Fact]
    public async Task Click_SomeoneWasQuicker_ShowsWhoCompletedIt_AndStillReloads()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var item = (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single();
        Services.AddSingleton(world.Host.Runtime);
        var reloads = 0;
        var cut = Render<CompleteWorkItemButton>(p => p.Add(c => c.WorkItemId, item.Id).Add(c => c.Title, item.Title).Add(c => c.Completed, () => reloads++));
        await world.Host.CompleteAsync(started.InstanceId, item.Title, by: "ops@test");

        await cut.Find("[data-testid=complete-work-item]").ClickAsync(new());

        reloads.ShouldBe(1);
        var message = Services.GetRequiredService<ISnackbar>().ShownSnackbars.Single();
        message.Severity.ShouldBe(Severity.Error);
        message.Message.ShouldStartWith("'Send contract for e-signature' was already completed by ops@test");
    }
}
