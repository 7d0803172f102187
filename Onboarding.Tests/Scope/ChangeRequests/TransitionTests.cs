using Onboarding.Domain.Common;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.Scope.ChangeRequests;
using static Onboarding.Domain.Scope.ChangeRequestStatus;
using static Onboarding.Workflows.Scope.ChangeRequests.ChangeRequestAction;
using static Onboarding.Tests.Scope.ChangeRequests.ChangeRequestWorld;

namespace Onboarding.Tests.Scope.ChangeRequests;

/// <summary>Every action from every status: the legal ones through the real services, the illegal ones refused with what to do instead.</summary>
public sealed class TransitionTests
{
    /// <summary>The life of a change request as the issue describes it, written out (not derived from the code under test).</summary>
    private static readonly Dictionary<ChangeRequestAction, ChangeRequestStatus[]> Legal = new()
    {
        [Edit] = [ChangeRequestStatus.Draft, Submitted],
        [Submit] = [ChangeRequestStatus.Draft],
        [Delete] = [ChangeRequestStatus.Draft],
        [SendForApproval] = [Submitted],
        [Withdraw] = [AwaitingClientApproval],
        [Resend] = [AwaitingClientApproval],
        [Decide] = [AwaitingClientApproval],
        [MarkBilled] = [Approved],
    };

    public static TheoryData<ChangeRequestStatus, ChangeRequestAction> Everything()
    {
        var data = new TheoryData<ChangeRequestStatus, ChangeRequestAction>();
        foreach (var status in Enum.GetValues<ChangeRequestStatus>())
            foreach (var action in Enum.GetValues<ChangeRequestAction>()) data.Add(status, action);
        return data;
    }

    [Theory]
    [MemberData(nameof(Everything))]
    public void Allows_EveryStatusAndAction_MatchesTheLifeCycle(ChangeRequestStatus status, ChangeRequestAction action)
    {
        var change = new ChangeRequest { Number = 3, Status = status, Billable = true, ImpactCost = 100, DecidedByName = "Dana", BilledBy = "finance@test" };
        var legal = Legal[action].Contains(status);

        ChangeRequestTransitions.Allows(change, action).ShouldBe(legal);
        if (legal) return;
        var refusal = Should.Throw<DomainException>(() => ChangeRequestTransitions.Ensure(change, action));
        refusal.Message.ShouldStartWith("CR-003");
    }

    [Theory]
    [InlineData(false, 100, false)]
    [InlineData(true, 0, false)]
    [InlineData(true, 100, true)]
    public void MarkBilled_OnlyApprovedWithACostAndBillable(bool billable, int cost, bool allowed) =>
        ChangeRequestTransitions.Allows(new ChangeRequest { Status = Approved, Billable = billable, ImpactCost = cost }, MarkBilled).ShouldBe(allowed);

    [Fact]
    public async Task LegalPath_DraftSubmittedAwaitingWithdrawnSentAgainApprovedBilled_EachStepSaved()
    {
        await using var world = await CreateAsync();
        var to = (await world.Sender.RecipientsAsync(world.OnboardingId, Ct))[0].ContactId;

        var change = await world.RaiseAsync();
        change = await world.Editor.SubmitAsync(change.Id, change.ConcurrencyToken, "am@test", Ct);
        change.Status.ShouldBe(Submitted);
        change = await world.Editor.UpdateAsync(change.Id, change.ConcurrencyToken, Draft("Edited while submitted"), "am@test", Ct);
        change = (await world.Sender.SendAsync(change.Id, change.ConcurrencyToken, to, null, "am@test", Ct)).ChangeRequest;
        change.Status.ShouldBe(AwaitingClientApproval);
        change = await world.Sender.WithdrawAsync(change.Id, change.ConcurrencyToken, "am@test", Ct);
        change.Status.ShouldBe(Submitted);
        var sent = await world.Sender.SendAsync(change.Id, change.ConcurrencyToken, to, null, "am@test", Ct);
        await world.Approval.ApproveAsync(TokenOf(sent.Link), "Person 1", null, Ct);
        change = await world.ReloadAsync(change.Id);
        change.Status.ShouldBe(Approved);
        change = await world.Billing.MarkBilledAsync(change.Id, change.ConcurrencyToken, null, "finance@test", ["Finance"], Ct);

        (await world.ReloadAsync(change.Id)).Status.ShouldBe(Billed);
    }

    [Fact]
    public async Task Illegal_ThroughTheServices_AreRefusedWithWhatToDo_AndChangeNothing()
    {
        await using var world = await CreateAsync();
        var to = (await world.Sender.RecipientsAsync(world.OnboardingId, Ct))[0].ContactId;
        var draft = await world.RaiseAsync();
        var (awaiting, _) = await world.AwaitingAsync(Draft("Sent one"));

        (await Should.ThrowAsync<DomainException>(() => world.Sender.SendAsync(draft.Id, draft.ConcurrencyToken, to, null, "am@test", Ct)))
            .Message.ShouldBe("CR-001 is draft: submit it first, then send it for approval.");
        (await Should.ThrowAsync<DomainException>(() => world.Sender.WithdrawAsync(draft.Id, draft.ConcurrencyToken, "am@test", Ct)))
            .Message.ShouldBe("CR-001 is draft: it is not waiting for the client, so there is nothing to withdraw.");
        (await Should.ThrowAsync<DomainException>(() => world.Editor.UpdateAsync(awaiting.Id, awaiting.ConcurrencyToken, Draft(), "am@test", Ct)))
            .Message.ShouldBe("CR-002 is awaiting client approval: withdraw it first (the client's link stops working), then edit it and send it again.");
        (await Should.ThrowAsync<DomainException>(() => world.Editor.DeleteAsync(awaiting.Id, awaiting.ConcurrencyToken, "am@test", Ct)))
            .Message.ShouldBe("CR-002 is awaiting client approval: only drafts can be deleted. Once submitted, a change request stays on the log.");
        (await Should.ThrowAsync<DomainException>(() => world.Editor.SubmitAsync(awaiting.Id, awaiting.ConcurrencyToken, "am@test", Ct)))
            .Message.ShouldBe("CR-002 is awaiting client approval: only a draft can be submitted.");
        (await Should.ThrowAsync<DomainException>(() => world.Billing.MarkBilledAsync(awaiting.Id, awaiting.ConcurrencyToken, null, "finance@test", ["Finance"], Ct)))
            .Message.ShouldBe("CR-002 is awaiting client approval: only approved billable change requests are billed.");

        (await world.ReloadAsync(draft.Id)).Status.ShouldBe(ChangeRequestStatus.Draft);
        (await world.ReloadAsync(awaiting.Id)).Status.ShouldBe(AwaitingClientApproval);
    }

    [Fact]
    public async Task Delete_Draft_RemovesIt_AndTheAuditKeepsWhatItWas()
    {
        await using var world = await CreateAsync();
        var draft = await world.RaiseAsync();

        await world.Editor.DeleteAsync(draft.Id, draft.ConcurrencyToken, "am@test", Ct);

        (await world.QueryAsync(db => Task.FromResult(db.ChangeRequests.Count()))).ShouldBe(0);
        (await world.AuditAsync("Change request deleted")).ShouldHaveSingleItem().ShouldStartWith("Draft CR-001 \"Two extra landing pages\" deleted (it was: +16 hours");
    }

    [Fact]
    public async Task Submit_WithoutDescription_IsRefused()
    {
        await using var world = await CreateAsync();
        var draft = await world.RaiseAsync(Draft(change: d => d.Description = ""));

        var failure = await Should.ThrowAsync<ValidationFailedException>(() => world.Editor.SubmitAsync(draft.Id, draft.ConcurrencyToken, "am@test", Ct));

        failure.Message.ShouldBe("Describe what CR-001 changes before submitting it (edit it, then submit).");
    }
}
