using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Messages;

namespace Onboarding.Workflows.Monitoring;

/// <summary>The home page's workflow figures.</summary>
public sealed record WorkflowFigures(int ActiveOnboardings, int OverdueWorkItems, int AwaitingDeposit, int NeedsAttention);

public sealed class WorkflowFigureQuery(IDbContextFactory<OnboardingDbContext> databases, TimeProvider clock)
{
    public async Task<WorkflowFigures> GetAsync(CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var running = db.WorkflowInstances.Where(i => i.Status == nameof(InstanceStatus.Running));
        return new WorkflowFigures(
            await running.CountAsync(ct),
            await db.WorkItems.CountAsync(w => w.Status == WorkItemStatus.Open && w.DueAtUtc < now, ct),
            await db.MessageSubscriptions.Where(m => m.MessageName == KnownMessages.DepositPaid).Select(m => m.InstanceId).Distinct().CountAsync(ct),
            await running.CountAsync(i => i.HasIncident, ct));
    }
}
