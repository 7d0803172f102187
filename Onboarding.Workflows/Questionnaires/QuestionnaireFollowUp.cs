using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Messages;
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
        var failed = new List<string>();
        if (justSubmitted || await WorkflowWaitsAsync(onboardingId, ct))
        {
            await StepAsync("telling the workflow", () => runtime.DeliverMessageAsync(KnownMessages.QuestionnaireSubmitted, onboardingId.ToString(),
                new JsonObject { ["questionnaireId"] = questionnaireId.ToString() }, by, ct), failed, onboardingId);
        }
        await StepAsync("filling the onboarding from the answers", () => intake.ApplyAsync(questionnaireId, by, ct), failed, onboardingId);
        await StepAsync("passing the gates", () => gates.AdvanceAsync(onboardingId, by, ct), failed, onboardingId);
        if (failed.Count == 0) return true;
        await using var db = await databases.CreateDbContextAsync(CancellationToken.None);
        db.AuditEntries.Add(AuditEntry.OfOnboarding(onboardingId, by, clock.GetUtcNow().UtcDateTime, "Questionnaire follow-up failed",
            $"The answers are saved, but {string.Join("; ", failed)}. Use \"Move the onboarding on\" on the Questionnaire tab to try again."));
        await db.SaveChangesAsync(CancellationToken.None);
        return false;
    }

    /// <summary>The questionnaire is submitted but the onboarding's workflow still waits for it (a failed follow-up).</summary>
    public async Task<bool> StuckAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await db.Questionnaires.AnyAsync(q => q.OnboardingId == onboardingId && q.SubmittedAtUtc != null, ct) && await WaitsAsync(db, onboardingId, ct);
    }

    private async Task<bool> WorkflowWaitsAsync(Guid onboardingId, CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await WaitsAsync(db, onboardingId, ct);
    }

    private static async Task<bool> WaitsAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct)
    {
        var instanceId = await db.Onboardings.Where(o => o.Id == onboardingId).Select(o => o.WorkflowInstanceId).SingleAsync(ct);
        return await db.MessageSubscriptions.AnyAsync(m => m.InstanceId == instanceId && m.MessageName == KnownMessages.QuestionnaireSubmitted, ct);
    }

    private async Task StepAsync(string what, Func<Task> step, List<string> failed, Guid onboardingId)
    {
        try
        {
            await step();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "After the questionnaire of onboarding {OnboardingId} was submitted, {Step} failed", onboardingId, what);
            failed.Add($"{what} failed ({e.Message})");
        }
    }
}
