using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Onboarding.Domain.Billing;
using Onboarding.Tests.Billing.Terms;
using Onboarding.Tests.Onboardings;
using Onboarding.Web.Onboardings.Billing;
using Onboarding.Workflows.Billing;
using Onboarding.Workflows.Billing.Invoices;
using static Onboarding.Tests.Billing.Terms.TermsWorld;

namespace Onboarding.Tests.Billing.Invoices;

/// <summary>The Billing tab's invoices on the real services: the table, when drafts issue, finance's actions, the account manager's read-only view.</summary>
public sealed class InvoicesSectionTests : OnboardingTabContext
{
    private IRenderedComponent<MudDialogProvider> dialogs = default!;

    [Fact]
    public async Task Finance_SeesTheScheduleWithWhenDraftsIssue_AndEveryAction()
    {
        await using var world = await CreateAsync();
        await world.SaveAsync(FixedFee());
        await world.ApprovedChangeAsync();

        var cut = RenderSection(world, world.Finance);

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=invoice-row]").Count.ShouldBe(3));
        var deposit = Row(cut, "deposit");
        deposit.TextContent.ShouldContain("INV-000001");
        deposit.QuerySelector("[data-testid=invoice-pdf]")!.GetAttribute("href").ShouldBe($"/invoices/{deposit.GetAttribute("data-id")}.pdf");
        deposit.QuerySelector("[data-testid=invoice-status]")!.TextContent.Trim().ShouldBe("Issued");
        deposit.QuerySelector("[data-testid=invoice-balance]")!.TextContent.ShouldBe("7,200.00");
        cut.Find("[data-testid=invoice-table] th.num").TextContent.ShouldBe("Total (USD)");
        deposit.QuerySelector("[data-testid=invoice-void]").ShouldNotBeNull();
        Row(cut, "milestone:2").QuerySelector("[data-testid=invoice-when]")!.TextContent.ShouldBe("Issues when the workflow reaches Client kickoff");
        Row(cut, "milestone:1").QuerySelector("[data-testid=invoice-issue]").ShouldNotBeNull();
        Row(cut, "milestone:1").QuerySelector("[data-testid=invoice-more]").ShouldBeNull("scheduled drafts change with the terms");
        cut.FindAll("[data-testid=invoice-new]").ShouldHaveSingleItem();
        cut.Find("[data-testid=ready-item]").TextContent.ShouldContain("CR-001 Two extra landing pages");
        cut.FindAll("[data-testid=ready-add]").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task AccountManager_ReadsTheSameTable_WithoutAnyButton()
    {
        await using var world = await CreateAsync();
        await world.SaveAsync(Retainer(new DateOnly(2027, 1, 31), 2));
        await world.ApprovedChangeAsync();

        var cut = RenderSection(world, world.AccountManager);

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=invoice-row]").Count.ShouldBe(2));
        Row(cut, "retainer:2027-02").QuerySelector("[data-testid=invoice-when]")!.TextContent.ShouldBe("Issues on 28 Feb 2027");
        cut.FindAll("button").ShouldBeEmpty();
        cut.FindAll("[data-testid=ready-pick]").ShouldBeEmpty();
        cut.Find("[data-testid=ready-item]").TextContent.ShouldContain("USD 2,400.00");
    }

    [Fact]
    public async Task Finance_IssuesADraftAfterConfirming_AndVoidsItWithAReason()
    {
        await using var world = await CreateAsync();
        await world.SaveAsync(Retainer(new DateOnly(2027, 1, 31), 1));
        var cut = RenderSection(world, world.Finance);
        cut.WaitForAssertion(() => cut.FindAll("[data-testid=invoice-issue]").ShouldHaveSingleItem());

        cut.Find("[data-testid=invoice-issue]").Click();
        dialogs.WaitForAssertion(() => dialogs.Markup.ShouldContain("Issue \"Retainer: January 2027\"?"));
        await dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Issue invoice").ClickAsync(new());
        cut.WaitForAssertion(() => Row(cut, "retainer:2027-01").GetAttribute("data-status").ShouldBe(nameof(InvoiceStatus.Issued)));

        cut.Find("[data-testid=invoice-void]").Click();
        dialogs.WaitForElement("[data-testid=void-confirm]");
        await dialogs.Find("[data-testid=void-confirm]").ClickAsync(new());
        dialogs.WaitForAssertion(() => dialogs.Markup.ShouldContain("Say why the invoice is void"));
        await Input(dialogs.Find("[data-testid=void-reason]")).InputAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "Client paused the retainer" });
        await dialogs.Find("[data-testid=void-confirm]").ClickAsync(new());

        cut.WaitForAssertion(() => Row(cut, "retainer:2027-01").GetAttribute("data-status").ShouldBe(nameof(InvoiceStatus.Void)));
        Row(cut, "retainer:2027-01").QuerySelector("[data-testid=invoice-void-reason]")!.TextContent.ShouldBe("Client paused the retainer");
    }

    private IRenderedComponent<InvoicesSection> RenderSection(TermsWorld world, BillingActor actor)
    {
        AddAuthorization().SetAuthorized(actor.Name).SetRoles([.. actor.Roles]).SetClaims(new Claim(ClaimTypes.NameIdentifier, actor.UserId));
        var host = world.World.Host;
        Services.AddSingleton(host.Get<InvoiceQueries>());
        Services.AddSingleton(host.Get<InvoiceDrafts>());
        Services.AddSingleton(host.Get<DraftIssuing>());
        Services.AddSingleton(host.Get<InvoiceVoiding>());
        Services.AddSingleton(host.Get<ChangeRequestInvoicing>());
        Services.AddSingleton(world.World.Database.Changes);
        Render<MudPopoverProvider>();
        dialogs = Render<MudDialogProvider>();
        return Render<InvoicesSection>(p => p.Add(c => c.OnboardingId, world.OnboardingId).Add(c => c.InstanceId, world.Scope.Started.InstanceId));
    }

    private static AngleSharp.Dom.IElement Input(AngleSharp.Dom.IElement element) =>
        element.TagName is "INPUT" or "TEXTAREA" ? element : element.QuerySelector("input, textarea")!;

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<InvoicesSection> cut, string key) =>
        cut.FindAll("[data-testid=invoice-row]").Single(r => r.GetAttribute("data-key") == key);
}
