using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Data;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Onboardings.Gates;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Scope.ChangeRequests;

/// <summary>
/// What follows a client's approval: the workflow is told (<see cref="KnownMessages.ChangeRequestApproved"/>) only when
/// the onboarding's instance waits for it (a playbook may model a wait; the default one does not, and a buffered message
/// nobody will read is noise), and the gates that the approval may release pass. The approval itself is saved before
/// this runs; a failure here is written on the onboarding's trail for staff, never shown to the client.
/// </summary>
public sealed class ChangeRequestFollowUp(
    IDbContextFactory<OnboardingDbContext> databases, WorkflowRuntime runtime, GateAdvancer gates, TimeProvider clock, ILogger<ChangeRequestFollowUp> log)
{
    /// <summary>Runs the steps; true when all passed.</summary>
    public async Task<bool> MoveOnAsync(ChangeRequest change, string by, CancellationToken ct = default)
    {
        var failed = new List<string>();
        await StepAsync("telling the workflow", async () =>
        {
            if (!await WorkflowWaitsAsync(change.OnboardingId, ct)) return;
            await runtime.DeliverMessageAsync(KnownMessages.ChangeRequestApproved, change.OnboardingId.ToString(), new JsonObject
            {
                ["changeRequestId"] = change.Id.ToString(), ["reference"] = change.Reference, ["billable"] = change.Billable,
                ["cost"] = change.ImpactCost, ["currency"] = change.Currency, ["hours"] = change.ImpactHours,
            }, by, ct);
        }, failed, change);
        await StepAsync("passing the gates", () => gates.AdvanceAsync(change.OnboardingId, by, ct), failed, change);
        if (failed.Count == 0) return true;
        await using var db = await databases.CreateDbContextAsync(CancellationToken.None);
        db.AuditEntries.Add(AuditEntry.OfOnboarding(change.OnboardingId, by, clock.GetUtcNow().UtcDateTime, "Change request follow-up failed",
            $"{change.Reference} is approved and saved, but {string.Join("; ", failed)}."));
        await db.SaveChangesAsync(CancellationToken.None);
        return false;
    }

    private async Task<bool> WorkflowWaitsAsync(Guid onboardingId, CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var instanceId = await db.Onboardings.Where(o => o.Id == onboardingId).Select(o => o.WorkflowInstanceId).SingleAsync(ct);
        return await db.MessageSubscriptions.AnyAsync(m => m.InstanceId == instanceId && m.MessageName == KnownMessages.ChangeRequestApproved, ct);
    }

    private async Task StepAsync(string what, Func<Task> step, List<string> failed, ChangeRequest change)
    {
        try
        {
            await step();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "After {Reference} of onboarding {OnboardingId} was approved, {Step} failed", change.Reference, change.OnboardingId, what);
            failed.Add($"{what} failed ({e.Message})");
        }
    }
}
