using Onboarding.Workflows.ClientLinks;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.ClientLinks;
using Onboarding.Workflows.Questionnaires.Answering;

namespace Onboarding.Tests.Questionnaires.Answering;

/// <summary>Expired, revoked and tampered links are refused and reveal nothing; every use counts against the link's rate limit.</summary>
public sealed class ClientLinkSafetyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_valid_link_opens_the_questionnaire_and_records_its_use()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        var opening = await world.Answering.OpenAsync(world.Token, Ct);

        opening.Refusal.ShouldBeNull();
        var view = opening.View.ShouldNotBeNull();
        view.RecipientFirstName.ShouldBe("Marta");
        view.AccountManagerEmail.ShouldBe("am@test");
        view.Progress.Total.ShouldBe(19);
        view.Progress.Answered.ShouldBe(0);
        (await world.QueryAsync(db => db.ClientLinks.SingleAsync(Ct))).LastUsedAtUtc.ShouldBe(world.World.Database.Clock.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public async Task After_30_days_the_link_is_expired_and_nothing_about_the_client_is_given()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        world.World.Database.Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1));

        var opening = await world.Answering.OpenAsync(world.Token, Ct);

        opening.Refusal.ShouldBe(ClientLinkRefusal.Expired);
        opening.View.ShouldBeNull();
        (await Should.ThrowAsync<ClientLinkRefusedException>(() => world.SaveAsync("business-summary", "x"))).Refusal.ShouldBe(ClientLinkRefusal.Expired);
        (await world.QueryAsync(db => db.QuestionnaireAnswers.CountAsync(Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task A_revoked_link_is_refused()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        await using (var db = await world.World.Database.Factory.CreateDbContextAsync(Ct))
        {
            await world.Links.RevokeAllAsync(db, ClientLinkPurpose.Questionnaire, world.QuestionnaireId, "am@test", Ct);
            await db.SaveChangesAsync(Ct);
        }

        (await world.Answering.OpenAsync(world.Token, Ct)).Refusal.ShouldBe(ClientLinkRefusal.Revoked);
        (await Should.ThrowAsync<ClientLinkRefusedException>(() => world.Answering.SubmitAsync(world.Token, "Marta", Ct))).Refusal.ShouldBe(ClientLinkRefusal.Revoked);
    }

    [Fact]
    public async Task A_token_with_one_character_changed_is_invalid()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        var token = world.Token;
        foreach (var position in new[] { 0, token.Length / 2, token.Length - 2 })
        {
            var flipped = token[..position] + (token[position] == 'A' ? 'B' : 'A') + token[(position + 1)..];
            var opening = await world.Answering.OpenAsync(flipped, Ct);
            opening.Refusal.ShouldBe(ClientLinkRefusal.Invalid, $"character {position} changed");
            opening.View.ShouldBeNull();
        }
        (await world.Answering.OpenAsync("", Ct)).Refusal.ShouldBe(ClientLinkRefusal.Invalid);
        (await world.Answering.OpenAsync("not-a-token", Ct)).Refusal.ShouldBe(ClientLinkRefusal.Invalid);
    }

    [Fact]
    public async Task Stretching_the_expiry_in_the_token_breaks_its_signature()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        var bytes = System.Buffers.Text.Base64Url.DecodeFromChars(world.Token);
        // Bytes 16-23 hold the expiry (ticks, big endian): push it a year further.
        var ticks = System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(16, 8));
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(16, 8), ticks + TimeSpan.FromDays(365).Ticks);
        var stretched = System.Buffers.Text.Base64Url.EncodeToString(bytes);

        world.World.Database.Clock.Advance(TimeSpan.FromDays(31));
        (await world.Answering.OpenAsync(stretched, Ct)).Refusal.ShouldBe(ClientLinkRefusal.Invalid);
    }

    [Fact]
    public async Task Past_the_limit_a_link_is_told_to_wait_and_works_again_in_the_next_window()
    {
        await using var world = await AnsweringWorld.CreateAsync(new ClientLinkRateLimits { PermitLimit = 5, Window = TimeSpan.FromMinutes(5) });
        for (var i = 0; i < 3; i++) (await world.Answering.OpenAsync(world.Token, Ct)).View.ShouldNotBeNull();
        await world.SaveAsync("business-summary", "Outdoor gear");
        await world.SaveAsync("best-times", "Mornings");

        (await world.Answering.OpenAsync(world.Token, Ct)).Refusal.ShouldBe(ClientLinkRefusal.TooManyRequests);
        var refused = await Should.ThrowAsync<ClientLinkRefusedException>(() => world.SaveAsync("best-times", "Afternoons"));
        refused.Message.ShouldContain("wait a minute");
        (await world.Answering.OpenAsync("another-link", Ct)).Refusal.ShouldBe(ClientLinkRefusal.Invalid, "each link has its own limit");

        world.World.Database.Clock.Advance(TimeSpan.FromMinutes(5));
        (await world.Answering.OpenAsync(world.Token, Ct)).View.ShouldNotBeNull();
    }
}
