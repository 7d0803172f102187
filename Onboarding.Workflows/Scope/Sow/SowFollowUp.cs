using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Onboardings;
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
        var steps = new FollowUpSteps(onboardingId, "the statement of work was sent", log);
        await steps.RunAsync("recording the Phase 2 interest on the workflow", async () =>
        {
            var instanceId = await InstanceOfAsync(onboardingId, ct);
            await runtime.SetVariablesAsync(instanceId, new JsonObject { ["phase2Interest"] = phase2Interest }, by, ct);
        });
        await steps.RunAsync("passing the gates", () => gates.AdvanceAsync(onboardingId, by, ct));
        return await ReportAsync(steps, by, "The statement of work is sent");
    }

    /// <summary>
    /// After an approval: delivers <see cref="KnownMessages.ScopeApproved"/> when it is the first approval (the workflow keeps it
    /// if it is not waiting yet) or the workflow waits for it (a re-approval of a later version does not pile up messages).
    /// </summary>
    public async Task<bool> AfterApprovedAsync(Guid onboardingId, Guid sowId, int version, bool firstApproval, string by, CancellationToken ct = default)
    {
        var steps = new FollowUpSteps(onboardingId, "the statement of work was approved", log);
        if (firstApproval || await WaitsForApprovalAsync(onboardingId, ct))
        {
            await steps.RunAsync("telling the workflow", () => runtime.DeliverMessageAsync(KnownMessages.ScopeApproved, onboardingId.ToString(),
                new JsonObject { ["sowId"] = sowId.ToString(), ["version"] = version }, by, ct));
        }
        await steps.RunAsync("passing the gates", () => gates.AdvanceAsync(onboardingId, by, ct));
        return await ReportAsync(steps, by, "The approval is saved");
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
    public Task<bool> WaitsForApprovalAsync(Guid onboardingId, CancellationToken ct = default) =>
        FollowUpSteps.WorkflowWaitsForAsync(databases, onboardingId, KnownMessages.ScopeApproved, ct);

    private async Task<Guid> InstanceOfAsync(Guid onboardingId, CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        return await db.Onboardings.Where(o => o.Id == onboardingId).Select(o => o.WorkflowInstanceId).SingleAsync(ct);
    }

    private Task<bool> ReportAsync(FollowUpSteps steps, string by, string saved) =>
        steps.ReportAsync(databases, clock, by, "Statement of work follow-up failed", saved,
            "Use \"Move the onboarding on\" on the Scope tab, or complete the step on the Work tab.");
}
