using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.ClientLinks;
using Onboarding.Domain.Common;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.ClientLinks;
using Onboarding.Workflows.Scope.ChangeRequests;
using static Onboarding.Tests.Scope.ChangeRequests.ChangeRequestWorld;

namespace Onboarding.Tests.Scope.ChangeRequests;

/// <summary>Sending for approval: the link, the e-mail in the outbox, the audit; re-sending and withdrawing; two people at once.</summary>
public sealed class SendingTests
{
    [Fact]
    public async Task Send_IssuesA30DayLink_QueuesTheEmailWithIt_AndAudits()
    {
        await using var world = await CreateAsync();
        var submitted = await world.SubmittedAsync();
        var to = (await world.Sender.RecipientsAsync(world.OnboardingId, Ct))[0];

        var sent = await world.Sender.SendAsync(submitted.Id, submitted.ConcurrencyToken, to.ContactId, "Per", "am@test", Ct);

        sent.ChangeRequest.Status.ShouldBe(ChangeRequestStatus.AwaitingClientApproval);
        sent.LinkExpiresAtUtc.ShouldBe(world.Clock.GetUtcNow().UtcDateTime.AddDays(30));
        (await world.Links.CheckAsync(TokenOf(sent.Link), ClientLinkPurpose.ChangeRequestApproval, Ct)).Link!.SubjectId.ShouldBe(submitted.Id);
        var email = (await world.OutboxAsync(ApprovalTemplate)).ShouldHaveSingleItem();
        email.ToAddress.ShouldBe("person1@acmeanalytics.com");
        email.Subject.ShouldBe("Change request CR-001: Two extra landing pages");
        email.TextBody.ShouldStartWith("Hi Per,");
        email.TextBody.ShouldContain(sent.Link);
        email.TextBody.ShouldContain("Its impact: +16 hours, +USD 2,400.00, 3 business days later.");
        var saved = await world.ReloadAsync(submitted.Id);
        (saved.SentForApprovalBy, saved.SentForApprovalAtUtc).ShouldBe(("am@test", world.Clock.GetUtcNow().UtcDateTime));
        (await world.AuditAsync("Change request sent for approval")).ShouldHaveSingleItem()
            .ShouldBe("CR-001 \"Two extra landing pages\" (+16 hours, +USD 2,400.00, 3 business days later) e-mailed to Person 1 <person1@acmeanalytics.com> for approval; the link works until Thursday 24 December.");
    }

    [Fact]
    public async Task Preview_ShowsTheEmailAsItWillGo_AndSavesNothing()
    {
        await using var world = await CreateAsync();
        var submitted = await world.SubmittedAsync();
        var to = (await world.Sender.RecipientsAsync(world.OnboardingId, Ct))[0];

        var preview = await world.Sender.PreviewAsync(submitted.Id, to.ContactId, "", Ct);

        preview.Greeting.ShouldBe("Person");
        preview.TextBody.ShouldStartWith("Hi Person,");
        preview.TextBody.ShouldContain(ChangeRequestSender.PreviewToken);
        (await world.OutboxAsync(ApprovalTemplate)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Send_OutsideTheScopeWithoutAnyImpact_AsksToPriceItFirst()
    {
        await using var world = await CreateAsync();
        var submitted = await world.SubmittedAsync(Draft(change: d => { d.ImpactHours = 0; d.ImpactCost = 0; d.ImpactDays = 0; d.Reason = ""; }));

        var to = (await world.Sender.RecipientsAsync(world.OnboardingId, Ct))[0].ContactId;

        var failure = await Should.ThrowAsync<ValidationFailedException>(() => world.Sender.SendAsync(submitted.Id, submitted.ConcurrencyToken, to, null, "am@test", Ct));

        failure.Errors.Select(e => e.MemberNames.Single()).ShouldBe(["Reason", "ImpactCost"]);
        failure.Message.ShouldContain("Price CR-001 first");
        (await world.ReloadAsync(submitted.Id)).Status.ShouldBe(ChangeRequestStatus.Submitted);
    }

    [Fact]
    public async Task Resend_RevokesTheOldLinkAndEmailsAFreshOne()
    {
        await using var world = await CreateAsync();
        var (change, oldToken) = await world.AwaitingAsync();
        world.Clock.Advance(TimeSpan.FromDays(20));
        var second = (await world.Sender.RecipientsAsync(world.OnboardingId, Ct))[1];

        var sent = await world.Sender.ResendAsync(change.Id, change.ConcurrencyToken, second.ContactId, null, "am@test", Ct);

        (await world.Links.CheckAsync(oldToken, ClientLinkPurpose.ChangeRequestApproval, Ct)).State.ShouldBe(ClientLinkState.Revoked);
        (await world.Links.CheckAsync(TokenOf(sent.Link), ClientLinkPurpose.ChangeRequestApproval, Ct)).IsValid.ShouldBeTrue();
        sent.LinkExpiresAtUtc.ShouldBe(world.Clock.GetUtcNow().UtcDateTime.AddDays(30));
        (await world.OutboxAsync(ApprovalTemplate)).Select(m => m.ToAddress).ShouldBe(["person1@acmeanalytics.com", "person2@acmeanalytics.com"]);
        (await world.AuditAsync("Change request re-sent")).ShouldHaveSingleItem().ShouldEndWith("the previous link no longer works.");
        (await world.Sender.LiveLinkAsync(change.Id, Ct))!.Value.Url.ShouldBe(sent.Link);
    }

    [Fact]
    public async Task Withdraw_BackToSubmitted_TheLinkStopsWorking_AndTheClientSeesNothing()
    {
        await using var world = await CreateAsync();
        var (change, token) = await world.AwaitingAsync();

        var withdrawn = await world.Sender.WithdrawAsync(change.Id, change.ConcurrencyToken, "am@test", Ct);

        withdrawn.Status.ShouldBe(ChangeRequestStatus.Submitted);
        (await world.Approval.OpenAsync(token, Ct)).ShouldBe(ChangeRequestOpening.Refused(ClientLinkRefusal.Revoked));
        (await world.Sender.LiveLinkAsync(change.Id, Ct)).ShouldBeNull();
        (await world.AuditAsync("Change request withdrawn")).ShouldHaveSingleItem().ShouldContain("the client's link no longer works");
    }

    [Fact]
    public async Task Send_TwoPeopleAtOnce_OneSends_TheOtherIsToldWhatHappened()
    {
        await using var world = await CreateAsync();
        var submitted = await world.SubmittedAsync();
        var to = (await world.Sender.RecipientsAsync(world.OnboardingId, Ct))[0].ContactId;

        var results = await Task.WhenAll(new[] { "am@test", "ops@test" }.Select(by => Task.Run(async () =>
        {
            try
            {
                await world.Sender.SendAsync(submitted.Id, submitted.ConcurrencyToken, to, null, by, Ct);
                return "sent";
            }
            catch (ChangeRequestChangedException e)
            {
                return e.Message;
            }
        }, Ct)));

        results.Count(r => r == "sent").ShouldBe(1);
        results.Single(r => r != "sent").ShouldMatch(@"^CR-001 was changed by (am|ops)@test a moment ago: it is now awaiting client approval\.");
        (await world.OutboxAsync(ApprovalTemplate)).Count.ShouldBe(1, "one e-mail, one link");
        (await world.QueryAsync(db => db.ClientLinks.CountAsync(l => l.Purpose == ClientLinkPurpose.ChangeRequestApproval, Ct))).ShouldBe(1);
    }
}
