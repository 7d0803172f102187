using Microsoft.EntityFrameworkCore;
using Onboarding.Tests.Onboardings;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Questionnaires;

namespace Onboarding.Tests.Questionnaires.Sending;

/// <summary>
/// A submission saved but not followed through (the app stopped between the two, a step failed) is seen as stuck, and moving
/// it on later tells the workflow, fills the onboarding and releases the wait, once.
/// </summary>
public sealed class QuestionnaireFollowUpTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ASubmissionNobodyFollowedThrough_IsStuck_AndMovingItOnReleasesTheWorkflow()
    {
        await using var world = await OnboardingWorld.CreateAsync();
        var started = await world.StartAsync();
        await world.CompleteOpenWorkAsync(started);
        await world.PayDepositAsync(started);
        await world.CompleteOpenWorkAsync(started);
        var followUp = world.Host.Get<QuestionnaireFollowUp>();
        (await followUp.StuckAsync(started.Id, Ct)).ShouldBeFalse("sent, not submitted: waiting for the client is not stuck");

        // The submission is committed, and nothing after it ran.
        await world.Host.QueryAsync(async db =>
        {
            var questionnaire = await db.Questionnaires.SingleAsync(Ct);
            questionnaire.SubmittedAtUtc = world.Database.Clock.GetUtcNow().UtcDateTime;
            questionnaire.SubmittedBy = "Person 1";
            return await db.SaveChangesAsync(Ct);
        });
        (await followUp.StuckAsync(started.Id, Ct)).ShouldBeTrue();

        var questionnaireId = await world.Host.QueryAsync(db => db.Questionnaires.Select(q => q.Id).SingleAsync(Ct));
        (await followUp.MoveOnAsync(questionnaireId, started.Id, "am@test", justSubmitted: false, Ct)).ShouldBeTrue();

        (await followUp.StuckAsync(started.Id, Ct)).ShouldBeFalse();
        (await world.Host.QueryAsync(db => db.MessageSubscriptions.CountAsync(m => m.InstanceId == started.InstanceId && m.MessageName == KnownMessages.QuestionnaireSubmitted, Ct))).ShouldBe(0);
        (await world.Host.OpenWorkItemsAsync(started.InstanceId)).Select(w => w.Stage).ShouldContain("Tech setup");

        // Again: nothing waits any more, so nothing is delivered twice (no message left buffered for later).
        (await followUp.MoveOnAsync(questionnaireId, started.Id, "am@test", justSubmitted: false, Ct)).ShouldBeTrue();
        (await world.Host.QueryAsync(db => db.BufferedMessages.CountAsync(m => m.MessageName == KnownMessages.QuestionnaireSubmitted, Ct))).ShouldBe(0);
    }
}
