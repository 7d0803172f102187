using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Workflows.Questionnaires.Answering;
using static Onboarding.Workflows.Questionnaires.DefaultQuestionnaireTemplate;

namespace Onboarding.Tests.Questionnaires.Answering;

/// <summary>Answers save as the client types: validated by question type, one row per question, progress follows.</summary>
public sealed class AnswerSavingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_type_saves_in_its_stored_shape()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        await world.SaveAsync("best-times", "Weekday mornings");
        await world.SaveAsync("business-summary", new string('x', 10_000));
        await world.SaveAsync(Keys.Website, "https://harbour.example.com/");
        await world.SaveAsync("current-traffic", "12,500");
        await world.SaveAsync("key-date", "2027-03-15");
        await world.SaveAsync(Keys.Budget, "Over 50,000");
        await world.SaveAsync(Keys.Platforms, new JsonArray("Meta Ads", "Google Analytics", "Meta Ads"));
        await world.SaveAsync(Keys.KeyContacts, new JsonArray(
            new JsonObject { ["name"] = "Marta", ["role"] = "CEO", ["email"] = "marta@harbour.example.com", ["phone"] = "+46 8 123" },
            new JsonObject { ["name"] = "Jonas", ["email"] = "jonas@harbour.example.com" },
            new JsonObject { ["name"] = "", ["email"] = "" }));

        var stored = await world.QueryAsync(db => db.QuestionnaireAnswers.ToDictionaryAsync(a => a.QuestionKey, a => a.ValueJson, Ct));
        stored["best-times"].ShouldBe("\"Weekday mornings\"");
        stored["current-traffic"].ShouldBe("12500");
        stored["key-date"].ShouldBe("\"2027-03-15\"");
        stored[Keys.Platforms].ShouldBe("[\"Google Analytics\",\"Meta Ads\"]", "in the question's order, once each");
        JsonNode.Parse(stored[Keys.KeyContacts])!.AsArray().Count.ShouldBe(2, "the blank row being typed is not kept");
        var view = (await world.Answering.OpenAsync(world.Token, Ct)).View!;
        view.Progress.Answered.ShouldBe(8);
    }

    [Theory]
    [InlineData("best-times", 501, "under 500")]
    [InlineData("business-summary", 10_001, "under 10,000")]
    public async Task Text_over_its_cap_is_refused(string key, int length, string message)
    {
        await using var world = await AnsweringWorld.CreateAsync();
        (await Should.ThrowAsync<DomainException>(() => world.SaveAsync(key, new string('a', length)))).Message.ShouldContain(message);
    }

    [Fact]
    public async Task Values_that_do_not_fit_their_type_are_refused_with_a_reason()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        (await Should.ThrowAsync<DomainException>(() => world.SaveAsync(Keys.Website, "harbour.example.com"))).Message.ShouldContain("https://");
        await Should.ThrowAsync<DomainException>(() => world.SaveAsync(Keys.Website, "javascript:alert(1)"));
        await Should.ThrowAsync<DomainException>(() => world.SaveAsync(Keys.Website, "ftp://harbour.example.com"));
        (await Should.ThrowAsync<DomainException>(() => world.SaveAsync("current-traffic", "about a thousand"))).Message.ShouldContain("number");
        await Should.ThrowAsync<DomainException>(() => world.SaveAsync("key-date", "15/03/2027"));
        await Should.ThrowAsync<DomainException>(() => world.SaveAsync("key-date", "2027-02-30"));
        await Should.ThrowAsync<DomainException>(() => world.SaveAsync(Keys.Budget, "A million"));
        await Should.ThrowAsync<DomainException>(() => world.SaveAsync(Keys.Platforms, new JsonArray("Google Analytics", "TikTok")));
        (await Should.ThrowAsync<DomainException>(() => world.SaveAsync(Keys.KeyContacts,
            new JsonArray(new JsonObject { ["name"] = "Marta", ["email"] = "marta@" })))).Message.ShouldContain("e-mail");
        var tooMany = new JsonArray(Enumerable.Range(0, 31).Select(i => (JsonNode?)new JsonObject { ["name"] = $"P{i}", ["email"] = $"p{i}@x.example" }).ToArray());
        await Should.ThrowAsync<DomainException>(() => world.SaveAsync(Keys.KeyContacts, tooMany));
        await Should.ThrowAsync<DomainException>(() => world.SaveAsync(Keys.BrandGuidelines, "a file"));
        await Should.ThrowAsync<DomainException>(() => world.SaveAsync("no-such-question", "x"));
        (await world.QueryAsync(db => db.QuestionnaireAnswers.CountAsync(Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task Saving_again_updates_the_one_answer_and_marks_client_activity()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        await world.SaveAsync("best-times", "Mornings");
        world.World.Database.Clock.Advance(TimeSpan.FromMinutes(3));
        var progress = await world.Answering.SaveAnswerAsync(world.Token, "best-times", "Mornings, not Fridays", Ct);

        progress.Answered.ShouldBe(1);
        var answers = await world.QueryAsync(db => db.QuestionnaireAnswers.ToListAsync(Ct));
        answers.Single().ValueJson.ShouldBe("\"Mornings, not Fridays\"");
        (await world.QueryAsync(db => db.Questionnaires.SingleAsync(Ct))).LastClientActivityAtUtc.ShouldBe(world.World.Database.Clock.GetUtcNow().UtcDateTime);

        (await world.Answering.SaveAnswerAsync(world.Token, "best-times", "  ", Ct)).Answered.ShouldBe(0, "clearing a field un-answers it");
    }

    [Fact]
    public async Task Two_first_saves_of_one_answer_at_once_both_succeed_and_leave_one_row()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        var saves = Enumerable.Range(0, 6).Select(i => Task.Run(() => world.SaveAsync("best-times", $"Value {i}"), Ct)).ToArray();
        await Task.WhenAll(saves);
        (await world.QueryAsync(db => db.QuestionnaireAnswers.CountAsync(a => a.QuestionKey == "best-times", Ct))).ShouldBe(1);
    }
}
