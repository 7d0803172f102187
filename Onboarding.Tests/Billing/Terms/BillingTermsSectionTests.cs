using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Onboarding.Domain.People;
using Onboarding.Tests.Onboardings;
using Onboarding.Web.Onboardings.Billing;
using Onboarding.Workflows.Billing.Terms;
using static Onboarding.Tests.Billing.Terms.TermsWorld;

namespace Onboarding.Tests.Billing.Terms;

/// <summary>The Billing tab's terms on the real services: finance sets and changes them, the account manager reads them.</summary>
public sealed class BillingTermsSectionTests : OnboardingTabContext
{
    private IRenderedComponent<MudDialogProvider> dialogs = default!;

    [Fact]
    public async Task NoTerms_FinanceIsOfferedToSetThem_TheAccountManagerIsToldWhoDoes()
    {
        await using var world = await CreateAsync();

        var cut = RenderSection(world, world.Finance);

        cut.WaitForAssertion(() => cut.Find("[data-testid=terms-empty]").TextContent.ShouldContain("a deposit invoice is issued as soon as terms with a deposit are saved"));
        cut.FindAll("[data-testid=terms-set]").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task NoTerms_AccountManager_ReadsWhoSetsThem_WithoutButtons()
    {
        await using var world = await CreateAsync();

        var cut = RenderSection(world, world.AccountManager);

        cut.WaitForAssertion(() => cut.Find("[data-testid=terms-empty]").TextContent.ShouldContain("Finance sets the billing terms once the contract is signed"));
        cut.FindAll("button").ShouldBeEmpty();
    }

    [Fact]
    public async Task Terms_AreSummarised_AndFinanceMayChangeThem()
    {
        await using var world = await CreateAsync();
        await world.SaveAsync(FixedFee());

        var finance = RenderSection(world, world.Finance);
        finance.WaitForAssertion(() => Part(finance, "Deposit").ShouldBe("30% = USD 7,200.00"));
        Part(finance, "Milestones").ShouldBe("Team ready 40% at Internal kickoff, Kickoff held 30% at Client kickoff");
        Part(finance, "Late fee").ShouldBe("1.5% a month, after 7 grace days");
        finance.Find("[data-testid=terms-updated]").TextContent.ShouldContain("The currency is fixed: INV-000001 was issued in USD.");
        finance.FindAll("[data-testid=terms-edit]").ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Terms_TheAccountManagerOnlyReads()
    {
        await using var world = await CreateAsync();
        await world.SaveAsync(FixedFee());

        var manager = RenderSection(world, world.AccountManager);
        manager.WaitForAssertion(() => Part(manager, "Payment methods").ShouldBe("Bank transfer, Card"));
        manager.FindAll("[data-testid=terms-edit]").ShouldBeEmpty();
        manager.FindAll("button").ShouldBeEmpty();
    }

    [Fact]
    public async Task Dialog_ShowsEachRulesMessageUnderItsField_PreviewsTheDeposit_ThenSaves()
    {
        await using var world = await CreateAsync();
        var cut = RenderSection(world, world.Finance);
        cut.WaitForElement("[data-testid=terms-set]").Click();
        dialogs.WaitForElement("[data-testid=terms-form]");

        await Field("terms-value").InputAsync(new ChangeEventArgs { Value = "24000" });
        await Field("terms-deposit").InputAsync(new ChangeEventArgs { Value = "30" });
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=terms-deposit-preview]").TextContent.ShouldBe("Deposit = USD 7,200.00, invoiced as soon as you save"));
        await dialogs.Find("[data-testid=terms-save]").ClickAsync(new());
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=milestones-error]").TextContent.ShouldStartWith("A fixed fee is invoiced in milestones"));

        await dialogs.Find("[data-testid=milestone-add]").ClickAsync(new());
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=milestones-sum]").TextContent.ShouldBe("Deposit 30% + milestones 70% = 100%"));
        await Field("milestone-name").InputAsync(new ChangeEventArgs { Value = "Team ready" });
        await dialogs.Find("[data-testid=terms-save]").ClickAsync(new());

        cut.WaitForAssertion(() => Part(cut, "Deposit").ShouldBe("30% = USD 7,200.00"));
        Part(cut, "Milestones").ShouldBe("Team ready 70% at Internal kickoff");
        (await world.InvoiceAsync("deposit")).Number.ShouldBe("INV-000001");
    }

    private IRenderedComponent<BillingTermsSection> RenderSection(TermsWorld world, Onboarding.Workflows.Billing.BillingActor actor)
    {
        AddAuthorization().SetAuthorized(actor.Name).SetRoles([.. actor.Roles]).SetClaims(new Claim(ClaimTypes.NameIdentifier, actor.UserId));
        var host = world.World.Host;
        Services.AddSingleton(host.Get<BillingTermsQueries>());
        Services.AddSingleton(host.Get<BillingTermsEditor>());
        Services.AddSingleton(world.World.Database.Changes);
        Render<MudPopoverProvider>();
        dialogs = Render<MudDialogProvider>();
        return Render<BillingTermsSection>(p => p.Add(c => c.OnboardingId, world.OnboardingId).Add(c => c.InstanceId, world.Scope.Started.InstanceId));
    }

    private static string Part(IRenderedComponent<BillingTermsSection> cut, string label) =>
        cut.FindAll("[data-testid=terms-part]").Single(p => p.GetAttribute("data-label") == label).TextContent.Trim();

    private AngleSharp.Dom.IElement Field(string testId)
    {
        var element = dialogs.Find($"[data-testid={testId}]");
        return element.TagName is "INPUT" or "TEXTAREA" ? element : element.QuerySelector("input, textarea")!;
    }
}
