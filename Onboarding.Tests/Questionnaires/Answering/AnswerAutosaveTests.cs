using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Onboarding.Web.ClientPortal;

namespace Onboarding.Tests.Questionnaires.Answering;

/// <summary>What the client typed last is what is stored, and submitting waits for it (or says it could not be saved).</summary>
public sealed class AnswerAutosaveTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TypingOnWhileASaveIsInFlight_TheLastValueIsStored_AndFlushWaitsForIt()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        var clock = world.World.Database.Clock;
        using var autosave = new AnswerAutosave(world.Answering, world.Token, "business-summary", clock, () => Task.CompletedTask);

        autosave.Changed(JsonValue.Create("Kayak tours"));
        clock.Advance(TimeSpan.FromSeconds(1)); // the first save starts
        autosave.Changed(JsonValue.Create("Kayak tours along the fjords"));
        autosave.Changed(JsonValue.Create("Kayak tours along the fjords, all year"));

        (await autosave.FlushAsync()).ShouldBeTrue();

        autosave.State.ShouldBe(SaveState.Saved);
        var stored = await world.World.Host.QueryAsync(db => db.QuestionnaireAnswers.Where(a => a.QuestionKey == "business-summary").Select(a => a.ValueJson).SingleAsync(Ct));
        stored.ShouldBe("\"Kayak tours along the fjords, all year\"");
    }

    [Fact]
    public async Task AnAnswerTheServerRefuses_IsNotFlushed_SoSubmittingCanSaySo()
    {
        await using var world = await AnsweringWorld.CreateAsync();
        using var autosave = new AnswerAutosave(world.Answering, world.Token, Onboarding.Workflows.Questionnaires.DefaultQuestionnaireTemplate.Keys.Website,
            world.World.Database.Clock, () => Task.CompletedTask);

        autosave.Changed(JsonValue.Create("not a web address"));

        (await autosave.FlushAsync()).ShouldBeFalse();
        autosave.State.ShouldBe(SaveState.Failed);
        autosave.Error.ShouldNotBeNullOrEmpty();
    }
}
