using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Onboarding.Domain.Onboardings;
using Onboarding.Web.Onboardings.Access;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Onboardings.Access;

namespace Onboarding.Tests.Onboardings.Access;

/// <summary>The Access tab on the real tracker, database and runtime.</summary>
public sealed class AccessTrackerTabTests : OnboardingTabContext
{
    public AccessTrackerTabTests()
    {
        AddAuthorization().SetAuthorized("ops@test");
    }

    [Fact]
    public async Task Render_NothingRequested_ShowsTheEmptyStateThatSaysPasswordsAreNeverStored()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();

        var cut = RenderTab(world, started);

        cut.WaitForAssertion(() => cut.Find("[data-testid=access-empty]").TextContent.ShouldContain("Passwords are never stored here."));
        cut.FindAll("[data-testid=access-row]").ShouldBeEmpty();
        cut.FindAll("[data-testid=access-summary]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Render_Requests_GroupsByPlatform_WithARowPerMember_StatusesAndSummary()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var tracker = world.Host.Get<AccessTracker>();
        await tracker.RequestAsync(started.Id, new(PlatformKind.Analytics, "Google Analytics 4", [world.AccountManager.Id, world.OpsLead.Id], "Editor role"), "ops@test", Ct);
        await tracker.RequestAsync(started.Id, new(PlatformKind.Cms, "WordPress", [world.OpsLead.Id], null), "ops@test", Ct);
        var wordPress = (await tracker.GetAsync(started.Id, Ct)).Rows.Single(r => r.Platform == "WordPress");
        await tracker.MarkGrantedAsync(wordPress.Id, wordPress.ConcurrencyToken, "am@test", Ct);
        wordPress = (await tracker.GetAsync(started.Id, Ct)).Rows.Single(r => r.Platform == "WordPress");
        await tracker.MarkVerifiedAsync(wordPress.Id, wordPress.ConcurrencyToken, "ops@test", Ct);

        var cut = RenderTab(world, started);

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=access-row]").Count.ShouldBe(3));
        cut.Find("[data-testid=access-summary]").TextContent.Trim().ShouldBe("1 of 3 verified");
        var groups = cut.FindAll("[data-testid=access-platform-group]").Select(g => g.TextContent).ToList();
        groups.Count.ShouldBe(2);
        groups[0].ShouldContain("WordPress", customMessage: "CMS comes before analytics");
        groups[0].ShouldContain("1 of 1 verified");
        groups[1].ShouldContain("Google Analytics 4");
        groups[1].ShouldContain("0 of 2 verified");
        var rows = cut.FindAll("[data-testid=access-row]");
        rows.Select(r => r.GetAttribute("data-status")).ShouldBe(["Verified", "Requested", "Requested"]);
        rows[0].TextContent.ShouldContain("granted 24 Nov by am@test");
        rows[0].TextContent.ShouldContain("verified 24 Nov by ops@test");
        rows[0].QuerySelector("[data-testid=access-mark-granted]").ShouldBeNull();
        rows[0].QuerySelector("[data-testid=access-mark-verified]").ShouldBeNull();
        rows[1].TextContent.ShouldContain("Editor role");
        rows[1].QuerySelector("[data-testid=access-mark-granted]").ShouldNotBeNull();
    }

    [Fact]
    public async Task MarkGranted_ThenMarkVerified_SavesAsTheSignedInPerson_AndTheRowMovesOn()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var tracker = world.Host.Get<AccessTracker>();
        await tracker.RequestAsync(started.Id, new(PlatformKind.Crm, "HubSpot", [world.OpsLead.Id], null), "am@test", Ct);
        var cut = RenderTab(world, started);
        cut.WaitForAssertion(() => cut.Find("[data-testid=access-mark-granted]"));

        await cut.Find("[data-testid=access-mark-granted]").ClickAsync(new());

        cut.WaitForAssertion(() => cut.Find("[data-testid=access-row]").GetAttribute("data-status").ShouldBe("Granted"));
        (await tracker.GetAsync(started.Id, Ct)).Rows.Single().GrantedBy.ShouldBe("ops@test");

        await cut.Find("[data-testid=access-mark-verified]").ClickAsync(new());

        cut.WaitForAssertion(() => cut.Find("[data-testid=access-row]").GetAttribute("data-status").ShouldBe("Verified"));
        cut.Find("[data-testid=access-summary]").TextContent.Trim().ShouldBe("1 of 1 verified");
        (await tracker.GetAsync(started.Id, Ct)).Rows.Single().VerifiedBy.ShouldBe("ops@test");
        Services.GetRequiredService<ISnackbar>().ShownSnackbars.Select(s => s.Message)
            .ShouldBe(["ops's access to HubSpot marked granted.", "ops's access to HubSpot marked verified."], ignoreOrder: true);
    }

    [Fact]
    public async Task Request_NoteLooksLikeAPassword_IsRefusedWithTheExplanationOnTheNote_AndNothingIsSaved()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var cut = RenderTab(world, started);
        cut.WaitForAssertion(() => cut.Find("[data-testid=access-empty]"));
        await cut.Find("[data-testid=access-request-open]").ClickAsync(new());

        await ChoosePlatformAsync(cut, "WordPress");
        await TypeAsync(cut.Find("input[data-testid=access-note], [data-testid=access-note] input"), "login admin / password: Summer2026!");
        await cut.Find("[data-testid=access-request-submit]").ClickAsync(new());

        cut.WaitForAssertion(() => cut.Markup.ShouldContain(SecretDetector.Explanation));
        cut.Find("[data-testid=access-request-form]").ShouldNotBeNull();
        (await world.Host.Get<AccessTracker>().GetAsync(started.Id, Ct)).Rows.ShouldBeEmpty();
    }

    [Fact]
    public async Task Request_WholeTeamByDefault_AddsARowPerMember()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var cut = RenderTab(world, started);
        cut.WaitForAssertion(() => cut.Find("[data-testid=access-empty]"));
        await cut.Find("[data-testid=access-request-open]").ClickAsync(new());

        await ChoosePlatformAsync(cut, "Google Search Console");
        await cut.Find("[data-testid=access-request-submit]").ClickAsync(new());

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=access-row]").Count.ShouldBe(3));
        cut.FindAll("[data-testid=access-request-form]").ShouldBeEmpty();
        cut.Find("[data-testid=access-summary]").TextContent.Trim().ShouldBe("0 of 3 verified");
    }

    [Fact]
    public async Task UndoTheLastMark_AsksFirst_CancelKeepsIt_ConfirmMovesTheRowBack()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        var tracker = world.Host.Get<AccessTracker>();
        await tracker.RequestAsync(started.Id, new(PlatformKind.Crm, "HubSpot", [world.OpsLead.Id], null), "am@test", Ct);
        var row = (await tracker.GetAsync(started.Id, Ct)).Rows.Single();
        await tracker.MarkGrantedAsync(row.Id, row.ConcurrencyToken, "am@test", Ct);
        UseWorld(world);
        var popovers = Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var cut = RenderTab(world, started);
        cut.WaitForAssertion(() => cut.Find("[data-testid=access-row]").GetAttribute("data-status").ShouldBe("Granted"));

        // The click's handler waits for the answer: it finishes once a dialog button is pressed.
        var asking = await UndoAsync(cut, popovers);
        dialogs.WaitForAssertion(() => dialogs.Markup.ShouldContain("Undo the last mark on HubSpot?"));
        await dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").ClickAsync(new());
        await asking;
        (await tracker.GetAsync(started.Id, Ct)).Rows.Single().Status.ShouldBe(AccessStatus.Granted);

        asking = await UndoAsync(cut, popovers);
        dialogs.WaitForAssertion(() => dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Undo the mark"));
        await dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Undo the mark").ClickAsync(new());
        await asking;

        cut.WaitForAssertion(() => cut.Find("[data-testid=access-row]").GetAttribute("data-status").ShouldBe("Requested"));
        (await tracker.GetAsync(started.Id, Ct)).Rows.Single().GrantedBy.ShouldBeNull();
    }

    /// <summary>Opens the row's menu and picks "Undo the last mark" (the menu renders in the popover provider).</summary>
    private static async Task<Task> UndoAsync(IRenderedComponent<AccessTrackerTab> cut, IRenderedComponent<MudPopoverProvider> popovers)
    {
        await cut.Find("[data-testid=access-more] button").ClickAsync(new());
        popovers.WaitForAssertion(() => popovers.FindAll(".mud-menu-item").ShouldNotBeEmpty());
        return popovers.FindAll(".mud-menu-item").First(i => i.TextContent.Contains("Undo the last mark")).ClickAsync(new());
    }

    /// <summary>As picking a suggestion or typing a name and leaving the field does.</summary>
    private static Task ChoosePlatformAsync(IRenderedComponent<AccessTrackerTab> cut, string name)
    {
        var platform = cut.FindComponent<MudAutocomplete<string>>();
        return cut.InvokeAsync(() => platform.Instance.ValueChanged.InvokeAsync(name));
    }

    /// <summary>Types into a MudBlazor input, whichever event it listens to.</summary>
    private static Task TypeAsync(AngleSharp.Dom.IElement input, string text) => input.HasAttribute("blazor:onchange")
        ? input.ChangeAsync(new() { Value = text })
        : input.InputAsync(new() { Value = text });

    private bool servicesAdded;

    /// <summary>The tab's services from the world; before anything renders (bUnit freezes the services then).</summary>
    private void UseWorld(OnboardingWorld world)
    {
        if (servicesAdded) return;
        Services.AddSingleton(world.Host.Get<AccessTracker>());
        Services.AddSingleton(world.Database.Changes);
        servicesAdded = true;
    }

    private IRenderedComponent<AccessTrackerTab> RenderTab(OnboardingWorld world, StartedOnboarding started)
    {
        UseWorld(world);
        return Render<AccessTrackerTab>(p => p.Add(c => c.OnboardingId, started.Id).Add(c => c.InstanceId, started.InstanceId));
    }
}
