using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Data;

namespace Onboarding.Workflows.Onboardings;

/// <summary>
/// The steps that move an onboarding on once something a person did is saved (a client submitted the questionnaire,
/// approved the scope or a change request): tell the workflow, fill records, pass gates. Each step runs on its own and is
/// safe to repeat; a failed one is logged, and <see cref="ReportAsync"/> writes the failures on the onboarding's trail so
/// that staff can run the steps again. One instance per run.
/// </summary>
public sealed class FollowUpSteps(Guid onboardingId, string after, ILogger log)
{
    private readonly List<string> failed = [];

    public async Task RunAsync(string what, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "After {After} on onboarding {OnboardingId}, {Step} failed", after, onboardingId, what);
            failed.Add($"{what} failed ({e.Message})");
        }
    }

    /// <summary>True when every step passed; otherwise writes "<paramref name="saved"/>, but ... failed." and the advice as <paramref name="action"/> on the onboarding's trail.</summary>
    public async Task<bool> ReportAsync(IDbContextFactory<OnboardingDbContext> databases, TimeProvider clock, string by, string action, string saved, string? advice = null)
    {
        if (failed.Count == 0) return true;
        await using var db = await databases.CreateDbContextAsync(CancellationToken.None);
        db.AuditEntries.Add(AuditEntry.OfOnboarding(onboardingId, by, clock.GetUtcNow().UtcDateTime, action,
            $"{saved}, but {string.Join("; ", failed)}." + (string.IsNullOrEmpty(advice) ? "" : " " + advice)));
        await db.SaveChangesAsync(CancellationToken.None);
        return false;
    }

    /// <summary>The onboarding's workflow instance waits for the message <paramref name="messageName"/>.</summary>
    public static async Task<bool> WorkflowWaitsForAsync(IDbContextFactory<OnboardingDbContext> databases, Guid onboardingId, string messageName, CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await WorkflowWaitsForAsync(db, onboardingId, messageName, ct);
    }

    public static async Task<bool> WorkflowWaitsForAsync(OnboardingDbContext db, Guid onboardingId, string messageName, CancellationToken ct)
    {
        var instanceId = await db.Onboardings.Where(o => o.Id == onboardingId).Select(o => o.WorkflowInstanceId).SingleAsync(ct);
        return await db.MessageSubscriptions.AnyAsync(m => m.InstanceId == instanceId && m.MessageName == messageName, ct);
    }
}
