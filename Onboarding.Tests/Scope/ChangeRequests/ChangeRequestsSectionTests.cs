using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Onboarding.Domain.People;
using Onboarding.Domain.Scope;
using Onboarding.Tests.Onboardings;
using Onboarding.Web.Onboardings.Scope;
using Onboarding.Workflows.Scope;
using Onboarding.Workflows.Scope.ChangeRequests;
using static Onboarding.Tests.Scope.ChangeRequests.ChangeRequestWorld;

namespace Onboarding.Tests.Scope.ChangeRequests;

/// <summary>The Scope tab's change requests on the real services and database: empty state, the log, rows and their actions by status, the form.</summary>
public sealed class ChangeRequestsSectionTests : OnboardingTabContext
{
    [Fact]
    public async Task NoChangeRequests_ExplainsWhyTheyMatter_AndOffersToRaiseOne()
    {
        await using var world = await CreateAsync();

        var cut = RenderSection(world, Roles.AccountManager);

        cut.WaitForAssertion(() => cut.Find("[data-testid=cr-empty]").TextContent.ShouldContain("\"Just one more thing\" is how scope creeps"));
        cut.FindAll("[data-testid=cr-raise]").ShouldHaveSingleItem();
        cut.FindAll("[data-testid=cr-log]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Rows_ShowTheLogAndTheActionsEachStatusAllows_AndMarkBilledIsHiddenFromAccountManagers()
    {
        await using var world = await CreateAsync();
        await world.ApprovedSowAsync(hours: 120, rate: 150);
        await world.RaiseAsync(Draft("A draft"));
        await world.SubmittedAsync(Draft("Being priced"));
        await world.AwaitingAsync(Draft("Waiting", d => d.ImpactCost = 700));
        var (_, token) = await world.AwaitingAsync(Draft("Approved pages"));
        await world.Approval.ApproveAsync(token, "Dana Kim", "Go ahead", Ct);
        await world.Desk.RaiseAsync(await world.ScopeLinkAsync(await world.QueryAsync(db => db.StatementsOfWork.SingleAsync(Ct))),
            new ClientChangeRequestDraft("French site", "Translate it", "Lyon", ChangeRequestPriority.Urgent, "Dana Kim"), Ct);

        var cut = RenderSection(world, Roles.AccountManager);

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=cr-row]").Count.ShouldBe(5));
        Count(cut, ChangeRequestStatus.Draft).ShouldBe("Draft · 1");
        Count(cut, ChangeRequestStatus.Submitted).ShouldBe("Submitted · 2");
        Count(cut, ChangeRequestStatus.AwaitingClientApproval).ShouldBe("Awaiting client approval · 1");
        cut.Find("[data-testid=cr-log-approved]").TextContent.ShouldContain("USD 2,400.00 = 13.3% of SOW v1's USD 18,000.00 · 16 h");
        cut.Find("[data-testid=cr-log-pending]").TextContent.ShouldContain("USD 700.00");
        cut.Find("[data-testid=cr-log-scope]").TextContent.ShouldContain("USD 20,400.00 (SOW v1 + approved changes) · 136 h");
        Row(cut, "CR-001").QuerySelector("[data-testid=cr-submit]").ShouldNotBeNull();
        Row(cut, "CR-002").QuerySelector("[data-testid=cr-send]").ShouldNotBeNull();
        Row(cut, "CR-003").QuerySelector("[data-testid=cr-copy-link]").ShouldNotBeNull();
        Row(cut, "CR-004").QuerySelector("[data-testid=cr-mark-billed]").ShouldBeNull("account managers do not bill");
        Row(cut, "CR-005").QuerySelector("[data-testid=cr-client-raised]").ShouldNotBeNull();
        cut.FindAll("[data-testid=cr-decision]").Single(e => e.GetAttribute("data-reference") == "CR-004").TextContent
            .ShouldBe("Approved by Dana Kim on Tuesday 24 November, 09:00 from the client link. Note: \"Go ahead\"");
        cut.Find("[data-testid=cr-addenda-title]").TextContent.ShouldBe("Addenda to SOW v1");
        cut.Find("[data-testid=cr-addendum]").TextContent.ShouldContain("CR-004 Approved pages");
    }

    [Fact]
    public async Task Finance_MarksAnApprovedBillableOneBilled_FromItsRow()
    {
        await using var world = await CreateAsync();
        var (change, token) = await world.AwaitingAsync();
        await world.Approval.ApproveAsync(token, "Dana Kim", null, Ct);
        var cut = RenderSection(world, Roles.Finance, "finance@test");
        cut.WaitForElement("[data-testid=cr-mark-billed]");

        cut.Find("[data-testid=cr-mark-billed]").Click(); // opens the dialog; its handler waits for it to close
        dialogs.WaitForElement("[data-testid=cr-invoice]");
        await Field("cr-invoice").InputAsync(new ChangeEventArgs { Value = "INV-7" });
        await dialogs.Find("[data-testid=cr-bill-confirm]").ClickAsync(new());

        cut.WaitForAssertion(() => Row(cut, "CR-001").GetAttribute("data-status").ShouldBe(nameof(ChangeRequestStatus.Billed)));
        (await world.ReloadAsync(change.Id)).BilledBy.ShouldBe("finance@test");
    }

    [Fact]
    public async Task Section_ReloadsWhenTheClientApproves()
    {
        await using var world = await CreateAsync();
        var (_, token) = await world.AwaitingAsync();
        var cut = RenderSection(world, Roles.AccountManager);
        cut.WaitForAssertion(() => Row(cut, "CR-001").GetAttribute("data-status").ShouldBe(nameof(ChangeRequestStatus.AwaitingClientApproval)));

        await world.Approval.ApproveAsync(token, "Dana Kim", null, Ct);

        cut.WaitForAssertion(() => Row(cut, "CR-001").GetAttribute("data-status").ShouldBe(nameof(ChangeRequestStatus.Approved)));
    }

    [Fact]
    public async Task Raise_FromTheDialog_ShowsFieldErrors_ThenSavesTheDraft_WithCtrlEnter()
    {
        await using var world = await CreateAsync();
        await world.ApprovedSowAsync(rate: 150);
        var cut = RenderSection(world, Roles.AccountManager);
        cut.WaitForElement("[data-testid=cr-raise]");

        cut.Find("[data-testid=cr-raise]").Click(); // opens the dialog; its handler waits for it to close
        dialogs.WaitForElement("[data-testid=cr-form]");
        await dialogs.Find("[data-testid=cr-save]").ClickAsync(new());
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=cr-form]").TextContent.ShouldContain("Give the change request a title"));

        await Field("cr-title").InputAsync(new ChangeEventArgs { Value = "Two extra landing pages" });
        await Field("cr-requested-by").InputAsync(new ChangeEventArgs { Value = "Person 1" });
        await Field("cr-hours").InputAsync(new ChangeEventArgs { Value = "16" });
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid=cr-cost-hint]").TextContent.ShouldContain("16 h × USD 150.00 (SOW v1's rate) = USD 2,400.00"));
        await dialogs.Find("[data-testid=cr-form]").KeyDownAsync(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter", CtrlKey = true });

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=cr-row]").ShouldHaveSingleItem());
        var saved = await world.QueryAsync(db => db.ChangeRequests.SingleAsync(Ct));
        (saved.Title, saved.RequestedBy, saved.ImpactHours, saved.ImpactCost, saved.Status).ShouldBe(("Two extra landing pages", "Person 1", 16m, 2400m, ChangeRequestStatus.Draft));
    }

    private IRenderedComponent<MudDialogProvider> dialogs = default!;

    private IRenderedComponent<ChangeRequestsSection> RenderSection(ChangeRequestWorld world, string role, string user = "am@test")
    {
        AddAuthorization().SetAuthorized(user).SetRoles(role);
        var host = world.World.Host;
        Services.AddSingleton(host.Get<ChangeRequestQueries>());
        Services.AddSingleton(host.Get<ChangeRequestEditor>());
        Services.AddSingleton(host.Get<ChangeRequestSender>());
        Services.AddSingleton(host.Get<ChangeRequestBilling>());
        Services.AddSingleton(host.Get<ScopeMail>());
        Services.AddSingleton<TimeProvider>(world.Clock);
        Services.AddSingleton(world.World.Database.Changes);
        Render<MudPopoverProvider>();
        dialogs = Render<MudDialogProvider>();
        return Render<ChangeRequestsSection>(p => p.Add(c => c.OnboardingId, world.OnboardingId).Add(c => c.InstanceId, world.Started.InstanceId));
    }

    private static IElement Row(IRenderedComponent<ChangeRequestsSection> cut, string reference) =>
        cut.FindAll("[data-testid=cr-row]").Single(r => r.GetAttribute("data-reference") == reference);

    private static string Count(IRenderedComponent<ChangeRequestsSection> cut, ChangeRequestStatus status) =>
        cut.FindAll("[data-testid=cr-count]").Single(c => c.GetAttribute("data-status") == status.ToString()).TextContent.Trim();

    /// <summary>The input of a MudBlazor field marked with a test id, in the open dialog.</summary>
    private IElement Field(string testId)
    {
        var element = dialogs.Find($"[data-testid={testId}]");
        return element.TagName is "INPUT" or "TEXTAREA" ? element : element.QuerySelector("input, textarea")!;
    }
}
