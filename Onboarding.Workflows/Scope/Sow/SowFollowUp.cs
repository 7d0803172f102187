using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Onboardings.Gates;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Scope.Sow;

/// <summary>
/// What follows a statement of work being sent or approved, once that is saved: the workflow learns whether Phase 2 interests
/// are to be recorded, the "Write the statement of work" gate passes, and an approval is delivered as
/// <see cref="KnownMessages.ScopeApproved"/>. Each step runs on its own; a failed one is written on the onboarding's trail
/// and the Scope tab offers to run them again (each step is safe to repeat).
/// </summary>
public sealed class SowFollowUp(
    IDbContextFactory<OnboardingDbContext> databases,
    WorkflowRuntime runtime,
    GateAdvancer gates,
    TimeProvider clock,
    ILogger<SowFollowUp> log)
{
    /// <summary>After sending: tells the workflow about Phase 2 (its gateway follows the step), then passes the gate that completes the step.</summary>
    public async Task<bool> AfterSentAsync(Guid onboardingId, bool phase2Interest, string by, CancellationToken ct = default)
    {
        var failed = new List<string>();
        await StepAsync("recording the Phase 2 interest on the workflow", async () =>
        {
            var instanceId = await InstanceOfAsync(onboardingId, ct);
            await runtime.SetVariablesAsync(instanceId, new JsonObject { ["phase2Interest"] = phase2Interest }, by, ct);
        }, failed, onboardingId);
        await StepAsync("passing the gates", () => gates.AdvanceAsync(onboardingId, by, ct), failed, onboardingId);
        return await ReportAsync(onboardingId, by, "The statement of work is sent", failed);
    }

    /// <summary>
    /// After an approval: delivers <see cref="KnownMessages.ScopeApproved"/> when it is the first approval (the workflow keeps it
    /// if it is not waiting yet) or the workflow waits for it (a re-approval of a later version does not pile up messages).
    /// </summary>
    public async Task<bool> AfterApprovedAsync(Guid onboardingId, Guid sowId, int version, bool firstApproval, string by, CancellationToken ct = default)
    {
        var failed = new List<string>();
        if (firstApproval || await WaitsForApprovalAsync(onboardingId, ct))
        {
            await StepAsync("telling the workflow", () => runtime.DeliverMessageAsync(KnownMessages.ScopeApproved, onboardingId.ToString(),
                new JsonObject { ["sowId"] = sowId.ToString(), ["version"] = version }, by, ct), failed, onboardingId);
        }
        await StepAsync("passing the gates", () => gates.AdvanceAsync(onboardingId, by, ct), failed, onboardingId);
        return await ReportAsync(onboardingId, by, "The approval is saved", failed);
    }

    /// <summary>The Scope tab's "Move the onboarding on": delivers the approved version's approval if the workflow still waits for it.</summary>
    public async Task<bool> MoveOnAsync(Guid onboardingId, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var approved = await db.StatementsOfWork.AsNoTracking().Where(s => s.OnboardingId == onboardingId && s.Status == Domain.Scope.SowStatus.Approved)
            .Select(s => new { s.Id, s.Version }).SingleOrDefaultAsync(ct)
            ?? throw new Domain.Common.DomainException("No version of the statement of work is approved yet; there is nothing to move on from.");
        return await AfterApprovedAsync(onboardingId, approved.Id, approved.Version, firstApproval: false, by, ct);
    }

    /// <summary>The onboarding's workflow waits for <see cref="KnownMessages.ScopeApproved"/>.</summary>
    public async Task<bool> WaitsForApprovalAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var instanceId = await db.Onboardings.Where(o => o.Id == onboardingId).Select(o => o.WorkflowInstanceId).SingleAsync(ct);
        return await db.MessageSubscriptions.AnyAsync(m => m.InstanceId == instanceId && m.MessageName == KnownMessages.ScopeApproved, ct);
    }

    private async Task<Guid> InstanceOfAsync(Guid onboardingId, CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await db.Onboardings.Where(o => o.Id == onboardingId).Select(o => o.WorkflowInstanceId).SingleAsync(ct);
    }

    private async Task<bool> ReportAsync(Guid onboardingId, string by, string saved, List<string> failed)
    {
        if (failed.Count == 0) return true;
        await using var db = await databases.CreateDbContextAsync(CancellationToken.None);
        db.AuditEntries.Add(AuditEntry.OfOnboarding(onboardingId, by, clock.GetUtcNow().UtcDateTime, "Statement of work follow-up failed",
            $"{saved}, but {string.Join("; ", failed)}. Use \"Move the onboarding on\" on the Scope tab, or complete the step on the Work tab."));
        await db.SaveChangesAsync(CancellationToken.None);
        return false;
    }

    private async Task StepAsync(string what, Func<Task> step, List<string> failed, Guid onboardingId)
    {
        try
        {
            await step();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "After a statement of work of onboarding {OnboardingId} was sent or approved, {Step} failed", onboardingId, what);
            failed.Add($"{what} failed ({e.Message})");
        }
    }
}
