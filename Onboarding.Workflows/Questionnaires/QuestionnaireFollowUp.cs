using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Onboardings.Gates;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Questionnaires;

/// <summary>
/// What follows a submitted questionnaire: the workflow is told (<see cref="KnownMessages.QuestionnaireSubmitted"/>), the
/// answers fill the onboarding, the gates they release pass. Each step runs on its own; a failed one is written on the
/// onboarding's trail and the Questionnaire tab offers to run them again (every step is safe to repeat).
/// </summary>
public sealed class QuestionnaireFollowUp(
    IDbContextFactory<OnboardingDbContext> databases,
    WorkflowRuntime runtime,
    QuestionnaireIntake intake,
    GateAdvancer gates,
    TimeProvider clock,
    ILogger<QuestionnaireFollowUp> log)
{
    /// <summary>Runs the steps; true when all passed. <paramref name="justSubmitted"/>: deliver even if the workflow is not waiting yet (it is kept for it).</summary>
    public async Task<bool> MoveOnAsync(Guid questionnaireId, Guid onboardingId, string by, bool justSubmitted, CancellationToken ct = default)
    {
        var steps = new FollowUpSteps(onboardingId, "the questionnaire was submitted", log);
        if (justSubmitted || await FollowUpSteps.WorkflowWaitsForAsync(databases, onboardingId, KnownMessages.QuestionnaireSubmitted, ct))
        {
            await steps.RunAsync("telling the workflow", () => runtime.DeliverMessageAsync(KnownMessages.QuestionnaireSubmitted, onboardingId.ToString(),
                new JsonObject { ["questionnaireId"] = questionnaireId.ToString() }, by, ct));
        }
        await steps.RunAsync("filling the onboarding from the answers", () => intake.ApplyAsync(questionnaireId, by, ct));
        await steps.RunAsync("passing the gates", () => gates.AdvanceAsync(onboardingId, by, ct));
        return await steps.ReportAsync(databases, clock, by, "Questionnaire follow-up failed", "The answers are saved",
            "Use \"Move the onboarding on\" on the Questionnaire tab to try again.");
    }

    /// <summary>The questionnaire is submitted but the onboarding's workflow still waits for it (a failed follow-up).</summary>
    public async Task<bool> StuckAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await db.Questionnaires.AnyAsync(q => q.OnboardingId == onboardingId && q.SubmittedAtUtc != null, ct)
            && await FollowUpSteps.WorkflowWaitsForAsync(db, onboardingId, KnownMessages.QuestionnaireSubmitted, ct);
    }
}
