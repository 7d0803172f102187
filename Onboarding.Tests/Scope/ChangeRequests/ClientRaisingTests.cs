using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Common;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.Scope.ChangeRequests;
using static Onboarding.Tests.Scope.ChangeRequests.ChangeRequestWorld;

namespace Onboarding.Tests.Scope.ChangeRequests;

/// <summary>The client asks for a change from their scope link and follows their change requests there.</summary>
public sealed class ClientRaisingTests
{
    [Fact]
    public async Task Raise_FromTheScopeLink_IsSubmittedByTheClient_Unpriced_AndEmailsTheAccountManager()
    {
        await using var world = await CreateAsync();
        var sow = await world.ApprovedSowAsync(currency: "EUR");
        var token = await world.ScopeLinkAsync(sow);
        await world.RaiseAsync();

        var reference = await world.Desk.RaiseAsync(token, new ClientChangeRequestDraft(" A French version ", "Translate the five templates.", "We open in Lyon in May.",
            ChangeRequestPriority.High, "Dana Kim"), Ct);

        reference.ShouldBe("CR-002");
        var saved = await world.QueryAsync(db => db.ChangeRequests.SingleAsync(c => c.Number == 2, Ct));
        (saved.Status, saved.RaisedFrom, saved.RequestedBy, saved.Title, saved.CreatedBy).ShouldBe(
            (ChangeRequestStatus.Submitted, ChangeRequestOrigin.Client, "Dana Kim", "A French version", "Dana Kim (client)"));
        (saved.ImpactHours, saved.ImpactCost, saved.ImpactDays, saved.Currency, saved.StatementOfWorkId).ShouldBe((0m, 0m, 0, "EUR", (Guid?)sow.Id));
        saved.RequestedOn.ShouldBe(Onboarding.Tests.Onboardings.OnboardingWorld.Today);
        var mail = (await world.OutboxAsync(ResponseTemplate)).ShouldHaveSingleItem();
        mail.ToAddress.ShouldBe("am@test");
        mail.Subject.ShouldBe("Acme Analytics: change request CR-002 \"A French version\" was asked for from the scope page; price it and send it to them for approval");
        (await world.AuditAsync("Change request raised by the client")).ShouldHaveSingleItem().ShouldContain("asked for by Dana Kim from the scope page");
    }

    [Fact]
    public async Task Raise_Invalid_NamesTheFields_AndABadLinkIsRefused()
    {
        await using var world = await CreateAsync();
        var token = await world.ScopeLinkAsync(await world.ApprovedSowAsync());

        var failure = await Should.ThrowAsync<ValidationFailedException>(() =>
            world.Desk.RaiseAsync(token, new ClientChangeRequestDraft("", "", "", ChangeRequestPriority.Normal, ""), Ct));
        var refused = await Should.ThrowAsync<Onboarding.Workflows.ClientLinks.ClientLinkRefusedException>(() =>
            world.Desk.RaiseAsync(token + "x", new ClientChangeRequestDraft("T", "D", "R", ChangeRequestPriority.Normal, "N"), Ct));

        failure.Errors.Select(e => e.MemberNames.Single()).ShouldBe(["Title", "Description", "Name"]);
        refused.Refusal.ShouldBe(Onboarding.Workflows.ClientLinks.ClientLinkRefusal.Invalid);
        (await world.QueryAsync(db => db.ChangeRequests.CountAsync(Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task List_ShowsAllButDrafts_ImpactOncePriced_TheDecision_AndTheApprovalLinkWhileItWaits()
    {
        await using var world = await CreateAsync();
        var token = await world.ScopeLinkAsync(await world.ApprovedSowAsync());
        await world.RaiseAsync(Draft("Internal draft"));
        await world.SubmittedAsync(Draft("Being priced"));
        var (_, approvalToken) = await world.AwaitingAsync(Draft("Waiting for you"));
        var (_, decided) = await world.AwaitingAsync(Draft("Approved one"));
        await world.Approval.ApproveAsync(decided, "Dana Kim", "Yes", Ct);

        var list = await world.Desk.ListAsync(token, Ct);

        list.Refusal.ShouldBeNull();
        list.Items.Select(i => i.Title).ShouldBe(["Approved one", "Waiting for you", "Being priced"]);
        list.Items[2].Impact.ShouldBeNull("not priced yet");
        list.Items[1].Impact.ShouldBe("+16 hours, +USD 2,400.00, 3 business days later");
        list.Items[1].ApprovalUrl.ShouldNotBeNull().ShouldEndWith("/cr/" + approvalToken);
        (list.Items[0].DecidedByName, list.Items[0].DecisionNote, list.Items[0].ApprovalUrl).ShouldBe(("Dana Kim", "Yes", (string?)null));
    }

    [Fact]
    public async Task List_WithAChangeRequestLink_IsRefused()
    {
        await using var world = await CreateAsync();
        var (_, approvalToken) = await world.AwaitingAsync();

        var list = await world.Desk.ListAsync(approvalToken, Ct);

        list.Refusal.ShouldBe(Onboarding.Workflows.ClientLinks.ClientLinkRefusal.Invalid);
        list.Items.ShouldBeEmpty();
    }
}
