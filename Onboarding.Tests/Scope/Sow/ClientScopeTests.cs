using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.ClientLinks;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Scope.Sow;

namespace Onboarding.Tests.Scope.Sow;

/// <summary>The client approves or asks for changes from their link; the workflow moves on; bad links reveal nothing.</summary>
public sealed class ClientScopeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Open_ShowsTheVersionFirmClientAndAccountManager_AndMarksTheLinkUsed()
    {
        await using var world = await SowWorld.CreateAsync();
        var token = await world.SendAsync(await world.ReadyDraftAsync());

        var view = (await world.Client.OpenAsync(token, Ct)).View.ShouldNotBeNull();

        (view.Sow.Label, view.Sow.Status, view.ClientName, view.FirmName, view.AccountManagerEmail).ShouldBe(("v1", SowStatus.Sent, "Acme Analytics", "Onboarding", "am@test"));
        view.Sow.Content.Exclusions.ShouldBe(["Paid media spend", "Translation"]);
        (await world.QueryAsync(db => db.ClientLinks.SingleAsync(Ct))).LastUsedAtUtc.ShouldBe(world.Now);
    }

    [Fact]
    public async Task Approve_RecordsNameAndTime_DeliversScopeApproved_AndTheOnboardingMovesToConfirmScope()
    {
        await using var world = await SowWorld.CreateAsync();
        await world.DriveToWriteSowAsync();
        var token = await world.SendAsync(await world.ReadyDraftAsync());
        var view = (await world.Client.OpenAsync(token, Ct)).View!;
        world.World.Database.Clock.Advance(TimeSpan.FromHours(3));

        var approved = await world.Client.ApproveAsync(token, "  Kim Ji-woo ", confirmed: true, view.Sow.ConcurrencyToken, Ct);

        approved.Status.ShouldBe(SowStatus.Approved);
        var sow = await world.SowAsync(1);
        (sow.Status, sow.DecidedByName, sow.DecidedAtUtc).ShouldBe((SowStatus.Approved, "Kim Ji-woo", world.Now));
        (await world.OpenTitlesAsync()).ShouldContain(SowWorld.ConfirmScope);
        (await world.FollowUp.WaitsForApprovalAsync(world.OnboardingId, Ct)).ShouldBeFalse();
        (await world.AuditAsync()).ShouldContain(a => a.StartsWith("Statement of work approved: v1 approved by Kim Ji-woo from the client link") && a.EndsWith("[Kim Ji-woo (client)]"));
        var email = await world.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == "client-scope-response", Ct));
        email.ToAddress.ShouldBe("am@test");
        email.TextBody.ShouldContain("Kim Ji-woo at Acme Analytics: statement of work v1 approved.");
        var journal = await world.QueryAsync(db => db.JournalEntries.Where(j => j.InstanceId == world.Started.InstanceId).Select(j => j.Text).ToListAsync(Ct));
        journal.ShouldContain(t => t.Contains($"'{KnownMessages.ScopeApproved}'"));
    }

    [Fact]
    public async Task Approve_Twice_ApprovesOnce_AndTheSecondIsToldByWhomAndWhen()
    {
        await using var world = await SowWorld.CreateAsync();
        var token = await world.SendAsync(await world.ReadyDraftAsync());
        var view = (await world.Client.OpenAsync(token, Ct)).View!;

        var results = await Task.WhenAll(new[] { "Kim Ji-woo", "Park Seo-yeon" }.Select(async name =>
        {
            try
            {
                await world.Client.ApproveAsync(token, name, true, view.Sow.ConcurrencyToken, Ct);
                return "approved";
            }
            catch (SowDecidedException e)
            {
                return e.Message;
            }
        }));

        results.Count(r => r == "approved").ShouldBe(1);
        var winner = (await world.SowAsync(1)).DecidedByName;
        results.Single(r => r != "approved").ShouldBeOneOf(
            $"This statement of work was already approved by {winner} on Tuesday 24 November, 09:00.",
            "This statement of work changed while you were deciding. Please reload the page.");
        var again = await Should.ThrowAsync<SowDecidedException>(() => world.Client.ApproveAsync(token, "Someone", true, view.Sow.ConcurrencyToken, Ct));
        again.Message.ShouldBe($"This statement of work was already approved by {winner} on Tuesday 24 November, 09:00.");
        (await world.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Statement of work approved", Ct))).ShouldBe(1);
    }

    [Fact]
    public async Task Approve_WithoutNameOrConfirmation_IsRefused()
    {
        await using var world = await SowWorld.CreateAsync();
        var token = await world.SendAsync(await world.ReadyDraftAsync());
        var seen = (await world.Client.OpenAsync(token, Ct)).View!.Sow.ConcurrencyToken;

        (await Should.ThrowAsync<DomainException>(() => world.Client.ApproveAsync(token, " ", true, seen, Ct))).Message.ShouldStartWith("Please type your full name");
        (await Should.ThrowAsync<DomainException>(() => world.Client.ApproveAsync(token, "Kim Ji-woo", false, seen, Ct))).Message.ShouldStartWith("Please tick the box");
        (await world.SowAsync(1)).Status.ShouldBe(SowStatus.Sent);
    }

    [Theory]
    [InlineData("expired")]
    [InlineData("revoked")]
    [InlineData("altered")]
    public async Task Approve_FromALinkThatNoLongerWorks_IsRefusedAndRevealsNothing(string how)
    {
        await using var world = await SowWorld.CreateAsync();
        var token = await world.SendAsync(await world.ReadyDraftAsync());
        var seen = (await world.Client.OpenAsync(token, Ct)).View!.Sow.ConcurrencyToken;
        var sow = await world.SowAsync(1);
        if (how == "expired") world.World.Database.Clock.Advance(TimeSpan.FromDays(31));
        if (how == "revoked") await world.Sending.WithdrawAsync(sow.Id, "am@test", Ct);
        if (how == "altered") token = token[..^2] + (token[^2] == 'A' ? "BB" : "AA");

        var refused = await Should.ThrowAsync<ClientLinkRefusedException>(() => world.Client.ApproveAsync(token, "Kim Ji-woo", true, seen, Ct));
        var opening = await world.Client.OpenAsync(token, Ct);

        refused.Refusal.ShouldBe(how switch { "expired" => ClientLinkRefusal.Expired, "revoked" => ClientLinkRefusal.Revoked, _ => ClientLinkRefusal.Invalid });
        refused.Message.ShouldNotContain("Acme");
        (opening.View, opening.Refusal).ShouldBe((null, refused.Refusal));
        (await world.SowAsync(1)).DecidedByName.ShouldBeNull();
    }

    [Fact]
    public async Task AskForChanges_NeedsWhatToChange_ThenRecordsIt_AndTellsTheAccountManager()
    {
        await using var world = await SowWorld.CreateAsync();
        var token = await world.SendAsync(await world.ReadyDraftAsync());
        var seen = (await world.Client.OpenAsync(token, Ct)).View!.Sow.ConcurrencyToken;

        (await Should.ThrowAsync<DomainException>(() => world.Client.AskForChangesAsync(token, "Kim Ji-woo", "  ", seen, Ct))).Message
            .ShouldBe("Please say what should change, so that we can prepare the next version.");
        (await Should.ThrowAsync<DomainException>(() => world.Client.AskForChangesAsync(token, "Kim Ji-woo", new string('x', 4001), seen, Ct))).Message
            .ShouldStartWith("Please keep what to change under 4000 characters");
        await world.Client.AskForChangesAsync(token, "Kim Ji-woo", "Ten articles, not eight.", seen, Ct);

        var sow = await world.SowAsync(1);
        (sow.Status, sow.DecidedByName, sow.ChangesRequested).ShouldBe((SowStatus.ChangesRequested, "Kim Ji-woo", "Ten articles, not eight."));
        (await world.AuditAsync()).ShouldContain("Statement of work changes requested: Kim Ji-woo asked for changes to v1 from the client link: \"Ten articles, not eight.\" [Kim Ji-woo (client)]");
        (await world.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == "client-scope-response", Ct))).TextBody
            .ShouldContain("Their note: \"Ten articles, not eight.\"");
        (await Should.ThrowAsync<SowDecidedException>(() => world.Client.ApproveAsync(token, "Kim Ji-woo", true, seen, Ct))).Message
            .ShouldStartWith("Kim Ji-woo already asked for changes to this version");
    }

    [Fact]
    public async Task Approve_ALaterVersion_SupersedesTheOneApprovedBefore_WithoutAnotherMessage()
    {
        await using var world = await SowWorld.CreateAsync();
        await world.DriveToWriteSowAsync();
        var first = await world.SendAsync(await world.ReadyDraftAsync());
        await world.Client.ApproveAsync(first, "Kim Ji-woo", true, (await world.Client.OpenAsync(first, Ct)).View!.Sow.ConcurrencyToken, Ct);
        var v2 = await world.Drafts.NewVersionAsync(world.OnboardingId, 1, "am@test", Ct);
        var second = await world.SendAsync(v2);

        await world.Client.ApproveAsync(second, "Kim Ji-woo", true, (await world.Client.OpenAsync(second, Ct)).View!.Sow.ConcurrencyToken, Ct);

        (await world.SowAsync(1)).Status.ShouldBe(SowStatus.Superseded);
        (await world.SowAsync(2)).Status.ShouldBe(SowStatus.Approved);
        (await world.QueryAsync(db => db.BufferedMessages.CountAsync(Ct))).ShouldBe(0, "a re-approval is not kept for a workflow that no longer waits");
        (await world.AuditAsync()).ShouldContain(a => a.Contains("v1, approved before, is superseded."));
    }
}
