using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Onboarding.Domain.Scope;
using Onboarding.Web.ClientPortal.Scope;
using Onboarding.Workflows.Runtime;
using Onboarding.Workflows.Scope;

namespace Onboarding.Tests.Scope.Sow;

/// <summary>The client's scope page on the real services: a refused link shows nothing of the client; approving records the name and shows the decision.</summary>
public sealed class ScopePageTests : BunitContext
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public ScopePageTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    [Fact]
    public async Task ARevokedLink_ShowsTheRefusal_AndNothingOfTheClient()
    {
        await using var world = await SowWorld.CreateAsync();
        var token = await world.SendAsync(await world.ReadyDraftAsync());
        await world.Sending.WithdrawAsync((await world.SowAsync(1)).Id, "am@test", Ct);

        var cut = RenderPage(world, token);

        cut.WaitForAssertion(() => cut.Find("[data-testid=link-refused]").GetAttribute("data-refusal").ShouldBe("Revoked"));
        cut.Markup.ShouldNotContain("Acme");
        cut.FindAll("[data-testid=scope-decision]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Approving_WithNameAndConfirmation_ShowsWhoApprovedAndWhen_AndNoMoreButtons()
    {
        await using var world = await SowWorld.CreateAsync();
        var token = await world.SendAsync(await world.ReadyDraftAsync());
        var cut = RenderPage(world, token);
        cut.WaitForAssertion(() => cut.Find("[data-testid=scope-heading]").TextContent.ShouldBe("Statement of work v1 for Acme Analytics"));
        cut.Find("[data-testid=sow-view]").TextContent.ShouldContain("Translation");
        cut.Find("[data-testid=scope-download]").GetAttribute("href").ShouldBe($"/s/{token}/sow.pdf");
        cut.Find("[data-testid=scope-approve]").HasAttribute("disabled").ShouldBeTrue();

        await Field(cut, "scope-name").InputAsync(new ChangeEventArgs { Value = "Kim Ji-woo" });
        await cut.Find("[data-testid=scope-confirm] input[type=checkbox], input[type=checkbox][data-testid=scope-confirm]").ChangeAsync(new ChangeEventArgs { Value = true });
        cut.Find("[data-testid=scope-decision]").TextContent.ShouldContain("I approve statement of work v1 on behalf of Acme Analytics.");
        world.World.Database.Clock.Advance(TimeSpan.FromMinutes(102));
        await cut.Find("[data-testid=scope-approve]").ClickAsync(new());

        cut.WaitForAssertion(() => cut.Find("[data-testid=scope-status]").TextContent.ShouldContain("Approved by Kim Ji-woo on Tuesday 24 November, 10:42."));
        cut.FindAll("[data-testid=scope-decision]").ShouldBeEmpty();
        (await world.SowAsync(1)).Status.ShouldBe(SowStatus.Approved);
    }

    [Fact]
    public async Task AskingForChanges_ShowsWhatWasAsked()
    {
        await using var world = await SowWorld.CreateAsync();
        var token = await world.SendAsync(await world.ReadyDraftAsync());
        var cut = RenderPage(world, token);
        cut.WaitForElement("[data-testid=scope-decision]");

        await cut.FindAll("[data-testid=scope-choice] button, [data-testid=scope-choice] .mud-toggle-item").First(b => b.TextContent.Contains("Ask for changes")).ClickAsync(new());
        await Field(cut, "scope-name").InputAsync(new ChangeEventArgs { Value = "Kim Ji-woo" });
        await Field(cut, "scope-changes").InputAsync(new ChangeEventArgs { Value = "Ten articles, not eight." });
        await cut.Find("[data-testid=scope-ask]").ClickAsync(new());

        cut.WaitForAssertion(() => cut.Find("[data-testid=scope-status]").TextContent.ShouldContain("Ten articles, not eight."));
        cut.Find("[data-testid=scope-status]").GetAttribute("data-status").ShouldBe(nameof(SowStatus.ChangesRequested));
    }

    [Fact]
    public async Task ApprovingAfterSomeoneElseDid_SaysWhoAndWhen()
    {
        await using var world = await SowWorld.CreateAsync();
        var token = await world.SendAsync(await world.ReadyDraftAsync());
        var cut = RenderPage(world, token);
        cut.WaitForElement("[data-testid=scope-decision]");
        await world.Client.ApproveAsync(token, "Park Seo-yeon", true, (await world.Client.OpenAsync(token, Ct)).View!.Sow.ConcurrencyToken, Ct);

        await Field(cut, "scope-name").InputAsync(new ChangeEventArgs { Value = "Kim Ji-woo" });
        await cut.Find("[data-testid=scope-confirm] input[type=checkbox], input[type=checkbox][data-testid=scope-confirm]").ChangeAsync(new ChangeEventArgs { Value = true });
        await cut.Find("[data-testid=scope-approve]").ClickAsync(new());

        cut.WaitForAssertion(() => cut.Find("[data-testid=scope-notice]").TextContent.ShouldBe("This statement of work was already approved by Park Seo-yeon on Tuesday 24 November, 09:00."));
        cut.Find("[data-testid=scope-status]").TextContent.ShouldContain("Approved by Park Seo-yeon");
    }

    private static IElement Field(IRenderedComponent<ScopePage> cut, string testId)
    {
        var element = cut.Find($"[data-testid={testId}]");
        return element.TagName is "INPUT" or "TEXTAREA" ? element : element.QuerySelector("input, textarea")!;
    }

    private IRenderedComponent<ScopePage> RenderPage(SowWorld world, string token)
    {
        Services.AddSingleton(world.Client);
        // The scope page lists the client's change requests under the SOW.
        Services.AddSingleton(world.World.Host.Get<Onboarding.Workflows.Scope.ChangeRequests.ClientChangeRequestDesk>());
        Services.AddSingleton(world.World.Host.Get<WorkflowOptions>());
        Services.AddSingleton(world.World.Host.Get<ScopeMail>());
        Render<MudPopoverProvider>();
        return Render<ScopePage>(p => p.Add(x => x.Token, token));
    }
}
