using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Common;
using Onboarding.Domain.Playbooks;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.ClientLinks;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Scope.ChangeRequests;
using static Onboarding.Tests.Scope.ChangeRequests.ChangeRequestWorld;

namespace Onboarding.Tests.Scope.ChangeRequests;

/// <summary>The client approves or rejects from their link: recorded once, the addendum and billable item, the workflow told only when it waits.</summary>
public sealed class ApprovalTests
{
    /// <summary>A playbook whose instance waits for an approved change request, then opens a work item.</summary>
    private const string WaitsForApproval = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:onboarding="https://schemas.onboarding.app/bpmn/1.0" id="d" targetNamespace="http://test">
          <bpmn:message id="m1" name="ChangeRequestApproved" />
          <bpmn:process id="p" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="approved" name="Change approved"><bpmn:messageEventDefinition messageRef="m1" /></bpmn:intermediateCatchEvent>
            <bpmn:userTask id="plan" name="Plan the approved change" onboarding:role="AccountManager" onboarding:stage="Scope" />
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="approved" />
            <bpmn:sequenceFlow id="f2" sourceRef="approved" targetRef="plan" />
            <bpmn:sequenceFlow id="f3" sourceRef="plan" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task Approve_RecordsNameAndTime_MakesTheAddendumAndOneBillableItem_EmailsTheAccountManager()
    {
        await using var world = await CreateAsync();
        var sow = await world.ApprovedSowAsync();
        var (change, token) = await world.AwaitingAsync();
        world.Clock.Advance(TimeSpan.FromHours(2));

        await world.Approval.ApproveAsync(token, "  Dana Kim ", "Go ahead", Ct);

        var saved = await world.ReloadAsync(change.Id);
        saved.Status.ShouldBe(ChangeRequestStatus.Approved);
        saved.DecidedByName.ShouldBe("Dana Kim");
        saved.DecidedAtUtc.ShouldBe(world.Clock.GetUtcNow().UtcDateTime);
        saved.DecisionNote.ShouldBe("Go ahead");
        saved.StatementOfWorkId.ShouldBe(sow.Id, "an addendum to the SOW it was linked to");
        var item = (await world.QueryAsync(db => db.BillableItems.ToListAsync(Ct))).ShouldHaveSingleItem();
        (item.Description, item.Amount, item.Currency, item.ChangeRequestId, item.BilledAtUtc).ShouldBe(("CR-001 Two extra landing pages", 2400m, "USD", change.Id, (DateTime?)null));
        var mail = (await world.OutboxAsync(ResponseTemplate)).ShouldHaveSingleItem();
        mail.ToAddress.ShouldBe("am@test");
        mail.Subject.ShouldBe("Acme Analytics: change request CR-001 \"Two extra landing pages\" was approved");
        mail.TextBody.ShouldContain("Their note: \"Go ahead\"");
        (await world.AuditAsync("Change request approved by the client")).ShouldHaveSingleItem().ShouldBe(
            "CR-001 \"Two extra landing pages\" approved by Dana Kim from the client link (+16 hours, +USD 2,400.00, 3 business days later). It is now an addendum to SOW v1;"
            + " USD 2,400.00 is handed to finance as a billable item. Note: \"Go ahead\"");
        (await world.QueryAsync(db => db.BufferedMessages.CountAsync(Ct))).ShouldBe(0, "the default playbook does not wait for it: no buffered noise");
    }

    [Fact]
    public async Task Approve_Twice_IsRefusedSayingWhoApproved_AndTheBillableItemStaysOne()
    {
        await using var world = await CreateAsync();
        var (_, token) = await world.AwaitingAsync();
        await world.Approval.ApproveAsync(token, "Dana Kim", null, Ct);

        var again = await Should.ThrowAsync<ChangeRequestDecidedException>(() => world.Approval.ApproveAsync(token, "Someone Else", null, Ct));

        again.Message.ShouldBe("CR-001 was already approved by Dana Kim on Tuesday 24 November, 09:00. Nothing more is needed.");
        (await world.QueryAsync(db => db.BillableItems.CountAsync(Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task Approve_TwoAtOnce_OneWins_OneBillableItem()
    {
        await using var world = await CreateAsync();
        var (_, token) = await world.AwaitingAsync();

        var results = await Task.WhenAll(new[] { "Dana Kim", "Lee Park" }.Select(name => Task.Run(async () =>
        {
            try
            {
                await world.Approval.ApproveAsync(token, name, null, Ct);
                return "approved";
            }
            catch (ChangeRequestDecidedException)
            {
                return "refused";
            }
        }, Ct)));

        results.Order().ShouldBe(["approved", "refused"]);
        (await world.QueryAsync(db => db.BillableItems.CountAsync(Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task Approve_NotBillableOrWithinScope_MakesNoBillableItem()
    {
        await using var world = await CreateAsync();
        var (_, notBillable) = await world.AwaitingAsync(Draft("Goodwill", d => d.Billable = false));
        var (_, within) = await world.AwaitingAsync(Draft("Clarify the report", d => { d.WithinScope = true; d.ImpactHours = 2; }));

        await world.Approval.ApproveAsync(notBillable, "Dana Kim", null, Ct);
        await world.Approval.ApproveAsync(within, "Dana Kim", null, Ct);

        (await world.QueryAsync(db => db.BillableItems.CountAsync(Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task Approve_WhenTheWorkflowWaits_DeliversChangeRequestApproved_AndTheInstanceMovesOn()
    {
        await using var world = await CreateAsync(WaitsForApproval);
        var (_, token) = await world.AwaitingAsync();
        (await world.QueryAsync(db => db.MessageSubscriptions.CountAsync(m => m.MessageName == KnownMessages.ChangeRequestApproved, Ct))).ShouldBe(1);

        await world.Approval.ApproveAsync(token, "Dana Kim", null, Ct);

        var open = await world.World.Host.OpenWorkItemsAsync(world.Started.InstanceId);
        open.ShouldHaveSingleItem().Title.ShouldBe("Plan the approved change");
        (await world.QueryAsync(db => db.BufferedMessages.CountAsync(Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task Reject_NeedsAReason_ThenRecordsItAndMakesNoBillableItem()
    {
        await using var world = await CreateAsync();
        var (change, token) = await world.AwaitingAsync();

        var noReason = await Should.ThrowAsync<ValidationFailedException>(() => world.Approval.RejectAsync(token, "Dana Kim", "  ", Ct));
        var noName = await Should.ThrowAsync<ValidationFailedException>(() => world.Approval.RejectAsync(token, " ", "Too expensive", Ct));
        await world.Approval.RejectAsync(token, "Dana Kim", "Too expensive this quarter", Ct);

        noReason.Errors.ShouldHaveSingleItem().MemberNames.ShouldBe(["Reason"]);
        noName.Message.ShouldBe("Please type your full name: it is recorded with your decision.");
        var saved = await world.ReloadAsync(change.Id);
        (saved.Status, saved.DecidedByName, saved.DecisionNote).ShouldBe((ChangeRequestStatus.Rejected, "Dana Kim", "Too expensive this quarter"));
        (await world.QueryAsync(db => db.BillableItems.CountAsync(Ct))).ShouldBe(0);
        (await world.OutboxAsync(ResponseTemplate)).ShouldHaveSingleItem().Subject.ShouldEndWith("was rejected");
        (await world.AuditAsync("Change request rejected by the client")).ShouldHaveSingleItem().ShouldEndWith("Reason: \"Too expensive this quarter\"");
    }

    [Fact]
    public async Task ClientApproving_WhileStaffWithdraw_OnlyOneHappens_AndTheOtherIsTold()
    {
        await using var world = await CreateAsync();
        var (change, token) = await world.AwaitingAsync();

        var results = await Task.WhenAll(
            Task.Run(async () =>
            {
                try { await world.Approval.ApproveAsync(token, "Dana Kim", null, Ct); return "approved"; }
                catch (DomainException e) { return "client: " + e.Message; }
            }, Ct),
            Task.Run(async () =>
            {
                try { await world.Sender.WithdrawAsync(change.Id, change.ConcurrencyToken, "am@test", Ct); return "withdrawn"; }
                catch (DomainException e) { return "staff: " + e.Message; }
            }, Ct));

        var saved = await world.ReloadAsync(change.Id);
        if (results[0] == "approved")
        {
            results[1].ShouldBe("staff: CR-001 was changed by Dana Kim (client) a moment ago: it is now approved. The list shows it as it is now; check it before trying again.");
            saved.Status.ShouldBe(ChangeRequestStatus.Approved);
        }
        else
        {
            results[1].ShouldBe("withdrawn");
            results[0].ShouldBeOneOf(
                "client: " + ClientLinkRefusedException.MessageOf(ClientLinkRefusal.Revoked),
                "client: CR-001 was withdrawn a moment ago and is no longer waiting for your approval. We will send you the updated version.");
            saved.Status.ShouldBe(ChangeRequestStatus.Submitted);
            (await world.QueryAsync(db => db.BillableItems.CountAsync(Ct))).ShouldBe(0);
        }
    }

    [Fact]
    public async Task Approve_AfterWithdrawal_IsRefusedAsRevoked()
    {
        await using var world = await CreateAsync();
        var (change, token) = await world.AwaitingAsync();
        await world.Sender.WithdrawAsync(change.Id, change.ConcurrencyToken, "am@test", Ct);

        var refused = await Should.ThrowAsync<ClientLinkRefusedException>(() => world.Approval.ApproveAsync(token, "Dana Kim", null, Ct));

        refused.Refusal.ShouldBe(ClientLinkRefusal.Revoked);
        (await world.ReloadAsync(change.Id)).Status.ShouldBe(ChangeRequestStatus.Submitted);
    }

    [Fact]
    public async Task ExpiredRevokedOrTamperedLinks_AreRefusedWithoutData()
    {
        await using var world = await CreateAsync();
        var (_, token) = await world.AwaitingAsync();
        var tampered = (token[0] == 'A' ? "B" : "A") + token[1..];

        (await world.Approval.OpenAsync(tampered, Ct)).ShouldBe(ChangeRequestOpening.Refused(ClientLinkRefusal.Invalid));
        (await world.Approval.OpenAsync("", Ct)).ShouldBe(ChangeRequestOpening.Refused(ClientLinkRefusal.Invalid));
        (await Should.ThrowAsync<ClientLinkRefusedException>(() => world.Approval.FormAsync(tampered, Ct))).Refusal.ShouldBe(ClientLinkRefusal.Invalid);
        (await world.Approval.OpenAsync(token, Ct)).Form!.Change.Reference.ShouldBe("CR-001");

        world.Clock.Advance(TimeSpan.FromDays(30));
        (await world.Approval.OpenAsync(token, Ct)).ShouldBe(ChangeRequestOpening.Refused(ClientLinkRefusal.Expired));
        (await Should.ThrowAsync<ClientLinkRefusedException>(() => world.Approval.ApproveAsync(token, "Dana Kim", null, Ct))).Refusal.ShouldBe(ClientLinkRefusal.Expired);
    }

    [Fact]
    public async Task AScopeLink_DoesNotOpenAChangeRequest()
    {
        await using var world = await CreateAsync();
        await world.AwaitingAsync();
        var scope = await world.ScopeLinkAsync(await world.ApprovedSowAsync());

        (await world.Approval.OpenAsync(scope, Ct)).Refusal.ShouldBe(ClientLinkRefusal.Invalid);
    }
}
