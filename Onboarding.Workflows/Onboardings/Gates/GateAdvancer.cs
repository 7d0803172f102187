using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Onboardings.Gates;

/// <summary>The gate of one open work item, evaluated now.</summary>
public sealed record WorkItemGate(Guid WorkItemId, string Title, string? Stage, GateStatus Status);

/// <summary>
/// Reads the gates of an onboarding's open work items, and completes through the engine those whose gate is
/// their whole work (<see cref="GateDefinition.CompletesWhenMet"/>) once it passes. Call
/// <see cref="AdvanceAsync"/> after saving anything a gate looks at, and after completing a work item (the
/// next one may open with its gate already met).
/// </summary>
public sealed class GateAdvancer(IDbContextFactory<OnboardingDbContext> databases, WorkflowRuntime runtime, ILogger<GateAdvancer> log)
{
    public async Task<IReadOnlyList<WorkItemGate>> OpenGatesAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var instanceId = await db.Onboardings.Where(o => o.Id == onboardingId).Select(o => o.WorkflowInstanceId).SingleAsync(ct);
        var gated = await db.WorkItems.AsNoTracking()
            .Where(w => w.InstanceId == instanceId && w.Status == WorkItemStatus.Open && w.Gate != null && w.Gate != "")
            .OrderBy(w => w.OpenedAtUtc).ToListAsync(ct);
        if (gated.Count == 0) return [];
        var evidence = await GateEvidenceReader.ReadAsync(db, onboardingId, ct);
        return gated.Select(w => new WorkItemGate(w.Id, w.Title, w.Stage, GateStatus.Of(w.Gate, evidence))).ToList();
    }

    /// <summary>Completes every open work item whose gate passed and completes it; returns their titles.</summary>
    public async Task<IReadOnlyList<string>> AdvanceAsync(Guid onboardingId, string by, CancellationToken ct = default)
    {
        var completed = new List<string>();
        // A completion can open the next gated item with its gate already met (kickoff prerequisites right after access): go round until nothing moves.
        for (var round = 0; round < 10; round++)
        {
            var ready = (await OpenGatesAsync(onboardingId, ct)).Where(g => g.Status.IsMet && g.Status.CompletesWhenMet).ToList();
            var before = completed.Count;
            foreach (var gate in ready)
            {
                try
                {
                    await runtime.CompleteWorkItemAsync(gate.WorkItemId, $"{by} (gate passed: {string.Join(", ", gate.Status.Gates.Select(g => g.Name))})", ct: ct);
                    completed.Add(gate.Title);
                }
                catch (WorkItemClosedException)
                {
                    // Someone (or another advance) completed it first: the outcome is the same.
                }
                catch (DomainException e)
                {
                    // The record that released the gate is saved whatever happens here (someone undid another record
                    // meanwhile, the workflow moved on): the work item stays open with its checks shown, and the save
                    // that called us is not reported as failed.
                    log.LogInformation("Gate of {WorkItem} on onboarding {OnboardingId} did not complete it: {Reason}", gate.Title, onboardingId, e.Message);
                }
            }
            if (completed.Count == before) break;
        }
        return completed;
    }
}
