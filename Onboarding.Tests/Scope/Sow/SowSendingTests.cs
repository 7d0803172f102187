using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Common;
using Onboarding.Domain.Scope;

namespace Onboarding.Tests.Scope.Sow;

/// <summary>Sending a version for approval, withdrawing it, re-sending its link; and what the workflow makes of it.</summary>
public sealed class SowSendingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_IssuesALink_EmailsIt_Audits_AndCompletesWriteTheSow()
    {
        await using var world = await SowWorld.CreateAsync();
        await world.DriveToWriteSowAsync();
        var draft = await world.ReadyDraftAsync();

        var token = await world.SendAsync(draft);

        var sow = await world.SowAsync(1);
        sow.Status.ShouldBe(SowStatus.Sent);
        (sow.SentBy, sow.SentToName, sow.SentToEmail, sow.SentAtUtc).ShouldBe(("am@test", "Person 1", "person1@acmeanalytics.com", world.Now));
        var link = await world.QueryAsync(db => db.ClientLinks.SingleAsync(l => l.Purpose == ClientLinkPurpose.ScopeApproval, Ct));
        (link.SubjectId, link.ExpiresAtUtc).ShouldBe((sow.Id, world.Now.AddDays(30)));
        var email = await world.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == "sow-approval-request", Ct));
        email.ToAddress.ShouldBe("person1@acmeanalytics.com");
        email.TextBody.ShouldStartWith("Hi Person,");
        email.TextBody.ShouldContain($"/s/{token}");
        email.ReplyToAddress.ShouldBe("am@test");
        (await world.AuditAsync()).ShouldContain(a => a.StartsWith("Statement of work sent for approval: v1 sent to Person 1 <person1@acmeanalytics.com>; the link works until Thursday 24 December."));

        var open = await world.OpenTitlesAsync();
        open.ShouldNotContain(SowWorld.WriteSow);
        open.ShouldNotContain("Record Phase 2 interests");
        (await world.FollowUp.WaitsForApprovalAsync(world.OnboardingId, Ct)).ShouldBeTrue("no Phase 2 candidates: straight to the wait for the client's approval");
    }

    [Fact]
    public async Task Send_WithPhase2Candidates_SetsPhase2Interest_SoThePlaybookRecordsThem()
    {
        await using var world = await SowWorld.CreateAsync();
        await world.DriveToWriteSowAsync();

        await world.SendAsync(await world.ReadyDraftAsync(phase2: true));

        var state = await world.QueryAsync(db => db.WorkflowInstances.Where(i => i.Id == world.Started.InstanceId).Select(i => i.StateJson).SingleAsync(Ct));
        state.ShouldContain("\"phase2Interest\":true");
        (await world.OpenTitlesAsync()).ShouldContain("Record Phase 2 interests");
    }

    [Fact]
    public async Task Send_WithProblems_IsRefusedAndNothingIsSent()
    {
        await using var world = await SowWorld.CreateAsync();
        var v1 = await world.Drafts.StartAsync(world.OnboardingId, "am@test", Ct);
        var to = (await world.Sending.RecipientsAsync(world.OnboardingId, Ct))[0];

        var refused = await Should.ThrowAsync<DomainException>(() => world.Sending.SendAsync(v1.Id, to.ContactId, null, v1.ConcurrencyToken, "am@test", Ct));

        refused.Message.ShouldBe("SOW v1 cannot be sent yet. Fix these 2 problems first: Deliverables: add at least one, with its quantity, unit and hours. " +
            "Not included: list at least one thing that is not part of this scope (the suggestions are a start).");
        (await world.SowAsync(1)).Status.ShouldBe(SowStatus.Draft);
        (await world.QueryAsync(db => db.OutboxMessages.AnyAsync(m => m.Kind == "sow-approval-request", Ct))).ShouldBeFalse();
        (await world.QueryAsync(db => db.ClientLinks.AnyAsync(Ct))).ShouldBeFalse();
    }

    [Fact]
    public async Task Send_ANewerVersion_RevokesOlderLinks_AndSupersedesTheOneStillWaiting()
    {
        await using var world = await SowWorld.CreateAsync();
        var oldToken = await world.SendAsync(await world.ReadyDraftAsync());
        var v2 = await world.Drafts.NewVersionAsync(world.OnboardingId, 1, "am@test", Ct);

        await world.SendAsync(v2);

        (await world.SowAsync(1)).Status.ShouldBe(SowStatus.Superseded);
        (await world.Client.OpenAsync(oldToken, Ct)).Refusal.ShouldBe(Onboarding.Workflows.ClientLinks.ClientLinkRefusal.Revoked);
        (await world.QueryAsync(db => db.ClientLinks.CountAsync(l => l.RevokedAtUtc == null, Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task Withdraw_TakesItBackToADraft_AndTheLinkStopsWorking()
    {
        await using var world = await SowWorld.CreateAsync();
        var token = await world.SendAsync(await world.ReadyDraftAsync());
        var sow = await world.SowAsync(1);

        await world.Sending.WithdrawAsync(sow.Id, "ops@test", Ct);

        var after = await world.SowAsync(1);
        (after.Status, after.SentAtUtc, after.SentToEmail).ShouldBe((SowStatus.Draft, null, null));
        (await world.Client.OpenAsync(token, Ct)).Refusal.ShouldBe(Onboarding.Workflows.ClientLinks.ClientLinkRefusal.Revoked);
        (await world.AuditAsync()).ShouldContain("Statement of work withdrawn: v1 withdrawn from Person 1 <person1@acmeanalytics.com> and back to a draft; the client's link no longer works. [ops@test]");
        await Should.ThrowAsync<DomainException>(() => world.Sending.WithdrawAsync(sow.Id, "ops@test", Ct));
    }

    [Fact]
    public async Task Resend_EmailsAFreshLink_AndTheOldOneStopsWorking()
    {
        await using var world = await SowWorld.CreateAsync();
        var token = await world.SendAsync(await world.ReadyDraftAsync());
        world.World.Database.Clock.Advance(TimeSpan.FromDays(20));

        var sent = await world.Sending.ResendAsync((await world.SowAsync(1)).Id, "am@test", Ct);

        sent.ExpiresAtUtc.ShouldBe(world.Now.AddDays(30));
        (await world.Client.OpenAsync(token, Ct)).Refusal.ShouldBe(Onboarding.Workflows.ClientLinks.ClientLinkRefusal.Revoked);
        (await world.Client.OpenAsync(sent.Url[(sent.Url.LastIndexOf('/') + 1)..], Ct)).View.ShouldNotBeNull();
        (await world.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == "sow-approval-request", Ct))).ShouldBe(2);
        (await world.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.CreatedAtUtc).Select(m => m.TextBody).ToListAsync(Ct)))
            .Last(b => b.Contains("/s/")).ShouldContain(sent.Url);
    }

    [Fact]
    public async Task Preview_ShowsTheEmailWithAStandInLink_AndTheConfirmedGreeting()
    {
        await using var world = await SowWorld.CreateAsync();
        var draft = await world.ReadyDraftAsync();
        var to = (await world.Sending.RecipientsAsync(world.OnboardingId, Ct))[1];

        var preview = await world.Sending.PreviewAsync(draft.Id, to.ContactId, "Pat", Ct);

        preview.To.Name.ShouldBe("Person 2");
        preview.Email.Subject.ShouldBe("Your statement of work from Onboarding (v1): please review and approve");
        preview.Email.TextBody.ShouldStartWith("Hi Pat,");
        preview.Email.TextBody.ShouldContain("/s/your-own-link");
    }
}
