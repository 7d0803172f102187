using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Onboarding.Web.Onboardings;
using Onboarding.Domain.Playbooks;
using Onboarding.Web.Shared;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Onboardings.Work;

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

    private int reloads;

    [Fact]
    public async Task Click_OpenItem_CompletesItAsTheSignedInPerson_SaysForWhichClient_AndReloads()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var (started, item, cut) = await StartAndRenderAsync(world, "Acme Analytics");

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
        var (started, item, cut) = await StartAndRenderAsync(world, null);
        await world.Host.CompleteAsync(started.InstanceId, item.Title, by: "ops@test");

        await cut.Find("[data-testid=complete-work-item]").ClickAsync(new());

        reloads.ShouldBe(1);
        var message = Services.GetRequiredService<ISnackbar>().ShownSnackbars.Single();
        message.Severity.ShouldBe(Severity.Error);
        message.Message.ShouldStartWith("'Send contract for e-signature' was already completed by ops@test");
    }

    [Fact]
    public async Task Render_Blocked_IsDisabledAndSaysWhy_ThroughItsDescription()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        Services.AddSingleton(world.Host.Get<WorkItemActions>());
        Services.AddScoped<OnboardingEdits>();
        var id = Guid.NewGuid();

        var cut = Render<CompleteWorkItemButton>(p => p.Add(c => c.WorkItemId, id).Add(c => c.Title, "Kickoff prerequisites").Add(c => c.BlockedBecause, "Waits for 2 checks listed here."));

        var button = cut.Find("[data-testid=complete-work-item]");
        button.HasAttribute("disabled").ShouldBeTrue();
        button.GetAttribute("aria-describedby").ShouldBe($"blocked-{id}");
        cut.Find($"#blocked-{id}").TextContent.ShouldBe("Waits for 2 checks listed here.");
    }

    /// <summary>Starts an onboarding and renders the button for its first work item, counting reloads.</summary>
    private async Task<(StartedOnboarding Started, WorkItem Item, IRenderedComponent<CompleteWorkItemButton> Button)> StartAndRenderAsync(OnboardingWorld world, string? clientName)
    {
        var started = await world.StartAsync();
        var item = (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Single();
        Services.AddSingleton(world.Host.Get<WorkItemActions>());
        Services.AddScoped<OnboardingEdits>();
        var cut = Render<CompleteWorkItemButton>(p => p.Add(c => c.WorkItemId, item.Id).Add(c => c.Title, item.Title)
            .Add(c => c.ClientName, clientName).Add(c => c.Completed, () => reloads++));
        return (started, item, cut);
    }
}
