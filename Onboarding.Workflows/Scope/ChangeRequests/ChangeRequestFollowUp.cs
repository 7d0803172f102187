using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Onboarding.Domain.Data;
using Onboarding.Domain.Scope;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Onboardings;
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
        var steps = new FollowUpSteps(change.OnboardingId, $"{change.Reference} was approved", log);
        await steps.RunAsync("telling the workflow", async () =>
        {
            if (!await FollowUpSteps.WorkflowWaitsForAsync(databases, change.OnboardingId, KnownMessages.ChangeRequestApproved, ct)) return;
            await runtime.DeliverMessageAsync(KnownMessages.ChangeRequestApproved, change.OnboardingId.ToString(), new JsonObject
            {
                ["changeRequestId"] = change.Id.ToString(), ["reference"] = change.Reference, ["billable"] = change.Billable,
                ["cost"] = change.ImpactCost, ["currency"] = change.Currency, ["hours"] = change.ImpactHours,
            }, by, ct);
        });
        await steps.RunAsync("passing the gates", () => gates.AdvanceAsync(change.OnboardingId, by, ct));
        return await steps.ReportAsync(databases, clock, by, "Change request follow-up failed", $"{change.Reference} is approved and saved");
    }
}
