using Onboarding.Domain.Common;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.Scope.Sow;

namespace Onboarding.Tests.Scope.Sow;

/// <summary>An approved version never changes, whichever way someone tries: its content and its decision stay as approved.</summary>
public sealed class SowImmutabilityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApprovedVersion_EveryServicePathRefusesToChangeIt()
    {
        await using var world = await SowWorld.CreateAsync();
        var token = await world.SendAsync(await world.ReadyDraftAsync());
        var seen = (await world.Client.OpenAsync(token, Ct)).View!.Sow.ConcurrencyToken;
        await world.Client.ApproveAsync(token, "Kim Ji-woo", true, seen, Ct);
        var approved = await world.SowAsync(1);
        var to = (await world.Sending.RecipientsAsync(world.OnboardingId, Ct))[0];

        var attempts = new Dictionary<string, Func<Task>>
        {
            ["save"] = () => world.Drafts.SaveAsync(approved.Id, approved.ReadContent() with { Title = "Changed" }, approved.ConcurrencyToken, "am@test", Ct),
            ["discard"] = () => world.Drafts.DiscardAsync(approved.Id, "am@test", Ct),
            ["send"] = () => world.Sending.SendAsync(approved.Id, to.ContactId, null, approved.ConcurrencyToken, "am@test", Ct),
            ["withdraw"] = () => world.Sending.WithdrawAsync(approved.Id, "am@test", Ct),
            ["re-send"] = () => world.Sending.ResendAsync(approved.Id, "am@test", Ct),
            ["approve again"] = () => world.Client.ApproveAsync(token, "Someone Else", true, approved.ConcurrencyToken, Ct),
            ["ask for changes"] = () => world.Client.AskForChangesAsync(token, "Someone Else", "Change everything", approved.ConcurrencyToken, Ct),
            ["write content"] = () => Task.Run(() => approved.WriteContent(new SowContent())),
        };
        foreach (var (what, attempt) in attempts)
        {
            var refused = await Should.ThrowAsync<DomainException>(attempt, what);
            refused.Message.ShouldNotBeNullOrWhiteSpace();
        }

        var after = await world.SowAsync(1);
        (after.Status, after.DecidedByName, after.DecidedAtUtc, after.ChangesRequested, after.ContentJson, after.ConcurrencyToken)
            .ShouldBe((SowStatus.Approved, "Kim Ji-woo", approved.DecidedAtUtc, null, approved.ContentJson, approved.ConcurrencyToken));
    }

    [Fact]
    public async Task SupersededVersion_CannotBeEditedOrDecidedEither()
    {
        await using var world = await SowWorld.CreateAsync();
        var token = await world.SendAsync(await world.ReadyDraftAsync());
        var v2 = await world.Drafts.NewVersionAsync(world.OnboardingId, 1, "am@test", Ct);
        await world.SendAsync(v2);
        var superseded = await world.SowAsync(1);

        (await Should.ThrowAsync<DomainException>(() => world.Drafts.SaveAsync(superseded.Id, new SowContent(), superseded.ConcurrencyToken, "am@test", Ct)))
            .Message.ShouldBe("SOW v1 was superseded by a later version and can no longer be changed. Start a new version to change it.");
        (await world.Client.OpenAsync(token, Ct)).View.ShouldBeNull("its link was revoked when v2 went out");
        (await world.SowAsync(1)).ContentJson.ShouldBe(superseded.ContentJson);
    }
}
