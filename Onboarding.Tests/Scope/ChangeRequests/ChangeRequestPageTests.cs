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
using Onboarding.Workflows.Scope.ChangeRequests;
using static Onboarding.Tests.Scope.ChangeRequests.ChangeRequestWorld;

namespace Onboarding.Tests.Scope.ChangeRequests;

/// <summary>The client's change-request page and their list on the scope page, on the real services and database.</summary>
public sealed class ChangeRequestPageTests : BunitContext
{
    public ChangeRequestPageTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    [Fact]
    public async Task Page_ShowsWhatWhyImpactAndTheForm_ThenApprovingWithNameAndBox_ShowsTheDecision()
    {
        await using var world = await CreateAsync();
        await world.ApprovedSowAsync();
        var (change, token) = await world.AwaitingAsync();
        var cut = RenderPage(world, token);

        cut.WaitForAssertion(() => cut.Find("[data-testid=cr-heading]").TextContent.ShouldBe("Two extra landing pages"));
        cut.Find("[data-testid=cr-client]").TextContent.ShouldBe("Acme Analytics · CR-001");
        cut.Find("[data-testid=cr-what]").TextContent.ShouldContain("The campaign was planned after the SOW was signed.");
        cut.Find("[data-testid=cr-hours]").TextContent.ShouldBe("16 hours");
        cut.Find("[data-testid=cr-cost]").TextContent.ShouldBe("USD 2,400.00, invoiced once approved");
        cut.Find("[data-testid=cr-timeline]").TextContent.ShouldBe("3 business days later");
        cut.Find("[data-testid=cr-scope]").TextContent.ShouldStartWith("Outside the agreed scope");
        cut.Find("[data-testid=cr-download]").GetAttribute("href").ShouldBe($"/cr/{token}/form.pdf");
        cut.Find("[data-testid=cr-agree]").TextContent.ShouldContain("I approve CR-001 on behalf of Acme Analytics");
        cut.Find("[data-testid=cr-approve]").HasAttribute("disabled").ShouldBeTrue("the box is not ticked yet");

        await Input(cut, "cr-name").InputAsync(new ChangeEventArgs { Value = "Dana Kim" });
        await cut.Find("[data-testid=cr-agree] input").ChangeAsync(new ChangeEventArgs { Value = true });
        await cut.Find("[data-testid=cr-approve]").ClickAsync(new());

        cut.WaitForAssertion(() => cut.Find("[data-testid=cr-decided]").TextContent.ShouldContain("Approved by Dana Kim on Tuesday 24 November, 09:00."));
        cut.FindAll("[data-testid=cr-decision-panel]").ShouldBeEmpty();
        (await world.ReloadAsync(change.Id)).Status.ShouldBe(ChangeRequestStatus.Approved);
    }

    [Fact]
    public async Task Rejecting_WithoutAReason_SaysWhy_ThenRecordsTheReason()
    {
        await using var world = await CreateAsync();
        var (change, token) = await world.AwaitingAsync();
        var cut = RenderPage(world, token);
        cut.WaitForElement("[data-testid=cr-choose-reject]");

        await cut.Find("[data-testid=cr-choose-reject]").ClickAsync(new());
        await Input(cut, "cr-name").InputAsync(new ChangeEventArgs { Value = "Dana Kim" });
        await cut.Find("[data-testid=cr-reject]").ClickAsync(new());
        cut.WaitForAssertion(() => cut.Find("[data-testid=cr-decision-panel]").TextContent.ShouldContain("Please tell us why you reject it"));
        await Input(cut, "cr-reason").InputAsync(new ChangeEventArgs { Value = "Not this quarter" });
        await cut.Find("[data-testid=cr-reject]").ClickAsync(new());

        cut.WaitForAssertion(() => cut.Find("[data-testid=cr-decided]").TextContent.ShouldContain("Reason: \"Not this quarter\""));
        (await world.ReloadAsync(change.Id)).Status.ShouldBe(ChangeRequestStatus.Rejected);
    }

    [Fact]
    public async Task ABadLink_ShowsTheRefusalAndNothingOfTheChangeRequest()
    {
        await using var world = await CreateAsync();
        var (_, token) = await world.AwaitingAsync();

        var cut = RenderPage(world, token[..^2] + "xx");

        cut.WaitForAssertion(() => cut.Find("[data-testid=link-refused]").GetAttribute("data-refusal").ShouldBe("Invalid"));
        cut.Markup.ShouldNotContain("landing pages");
        cut.Markup.ShouldNotContain("Acme");
    }

    [Fact]
    public async Task ScopePageList_ShowsTheirChangeRequests_AndAskingForAChangeThanksThem()
    {
        await using var world = await CreateAsync();
        var scope = await world.ScopeLinkAsync(await world.ApprovedSowAsync());
        await world.RaiseAsync(Draft("Internal draft"));
        await world.AwaitingAsync(Draft("Waiting for you"));
        Services.AddSingleton(world.Desk);
        Services.AddSingleton(world.World.Host.Get<ScopeMail>());
        Render<MudPopoverProvider>();
        var cut = Render<ClientChangeRequests>(p => p.Add(c => c.Token, scope));

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=client-cr]").ShouldHaveSingleItem().TextContent.ShouldContain("Waiting for you"));
        cut.Find("[data-testid=client-cr-status]").TextContent.ShouldBe("Waiting for your approval");
        cut.Find("[data-testid=client-cr-review]").GetAttribute("href").ShouldNotBeNull().ShouldContain("/cr/");

        await cut.Find("[data-testid=client-cr-ask]").ClickAsync(new());
        await Input(cut, "client-cr-title").InputAsync(new ChangeEventArgs { Value = "A French version" });
        await Input(cut, "client-cr-what").InputAsync(new ChangeEventArgs { Value = "Translate the five templates." });
        await Input(cut, "client-cr-name").InputAsync(new ChangeEventArgs { Value = "Dana Kim" });
        await cut.Find("[data-testid=client-cr-send]").ClickAsync(new());

        cut.WaitForAssertion(() => cut.Find("[data-testid=client-cr-thanks]").TextContent.ShouldBe("Thanks, we will price it and send it to you for approval (CR-003)."));
        cut.FindAll("[data-testid=client-cr]").Count.ShouldBe(2);
        cut.FindAll("[data-testid=client-cr]")[0].TextContent.ShouldContain("We are pricing it");
    }

    private IRenderedComponent<ChangeRequestPage> RenderPage(ChangeRequestWorld world, string token)
    {
        Services.AddSingleton(world.Approval);
        Services.AddSingleton(world.World.Host.Get<ScopeMail>());
        Services.AddSingleton(world.World.Host.Get<WorkflowOptions>());
        Render<MudPopoverProvider>();
        return Render<ChangeRequestPage>(p => p.Add(x => x.Token, token));
    }

    private static IElement Input<T>(IRenderedComponent<T> cut, string testId) where T : IComponent
    {
        var element = cut.Find($"[data-testid={testId}]");
        return element.TagName is "INPUT" or "TEXTAREA" ? element : element.QuerySelector("input, textarea")!;
    }
}
