using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Onboarding.Domain.Data;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Engine;

namespace Onboarding.Workflows.Runtime;

/// <summary>What one pass of the scheduler did.</summary>
public sealed record SchedulerPass(int TimersFired, int AutomationsRun);

/// <summary>
/// Fires due timers and runs pending automations. Rows are claimed with a lease (an atomic
/// UPDATE that only succeeds on an unleased or expired row), so two app instances on one
/// database never work on the same row at once; the instance's concurrency token and the
/// engine ignoring a timer that is no longer armed make each firing take effect exactly once.
/// </summary>
public sealed class WorkflowScheduler(
    IDbContextFactory<OnboardingDbContext> databases,
    InstanceStepper stepper,
    AutomationRunner automations,
    StepEnvironmentFactory environment,
    WorkflowOptions options,
    ILogger<WorkflowScheduler> log,
    IEnumerable<IGatedWorkOpened> gatedWorkOpened)
{
    /// <summary>This node's name on the leases it takes.</summary>
    public string NodeName { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Fires every due timer and runs every pending automation, until none is left.</summary>
    public async Task<SchedulerPass> RunDueAsync(CancellationToken ct = default)
    {
        var fired = 0;
        var run = 0;
        while (!ct.IsCancellationRequested)
        {
            var timers = await ClaimTimersAsync(ct);
            foreach (var batch in timers.Chunk(options.TimerBatchSize)) fired += await FireAsync(batch, ct);
            var jobs = await automations.ClaimAsync(NodeName, ct);
            foreach (var job in jobs) run += await automations.RunAsync(job, ct) ? 1 : 0;
            if (timers.Count == 0 && jobs.Count == 0) break;
        }
        return new SchedulerPass(fired, run);
    }

    private async Task<List<Guid>> ClaimTimersAsync(CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var now = environment.UtcNow;
        var due = await db.WorkflowTimers
            .Where(t => t.DueAtUtc <= now && (t.LeaseExpiresAtUtc == null || t.LeaseExpiresAtUtc < now))
            .OrderBy(t => t.DueAtUtc).Select(t => t.Id).Take(options.TimerBatchSize * 5).ToListAsync(ct);
        if (due.Count == 0) return due;
        var until = now + options.LeaseDuration;
        await db.WorkflowTimers
            .Where(t => due.Contains(t.Id) && (t.LeaseExpiresAtUtc == null || t.LeaseExpiresAtUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseOwner, NodeName).SetProperty(t => t.LeaseExpiresAtUtc, until), ct);
        return await db.WorkflowTimers
            .Where(t => due.Contains(t.Id) && t.LeaseOwner == NodeName && t.LeaseExpiresAtUtc == until)
            .OrderBy(t => t.DueAtUtc).Select(t => t.Id).ToListAsync(ct);
    }

    /// <summary>Fires a batch in one transaction; if another node changed one of its instances, fires them one by one.</summary>
    private async Task<int> FireAsync(Guid[] timerIds, CancellationToken ct)
    {
        try
        {
            return await FireInOneUnitAsync(timerIds, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            log.LogDebug("A batch of {Count} timers met a concurrent change; firing them one by one", timerIds.Length);
        }
        var fired = 0;
        foreach (var id in timerIds)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    fired += await FireInOneUnitAsync([id], ct);
                    break;
                }
                catch (DbUpdateConcurrencyException) when (attempt < 8)
                {
                }
            }
        }
        return fired;
    }

    private async Task<int> FireInOneUnitAsync(Guid[] timerIds, CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var now = environment.UtcNow;
        var timers = await db.WorkflowTimers.Where(t => timerIds.Contains(t.Id)).OrderBy(t => t.DueAtUtc).ToListAsync(ct);
        var instanceIds = timers.Select(t => t.InstanceId).Distinct().ToList();
        var instances = await db.WorkflowInstances.Where(i => instanceIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var fired = 0;
        var gatedOpened = new HashSet<Guid>();
        foreach (var timer in timers)
        {
            // Not due (a clock between nodes) or already fired in this unit: nothing to do now.
            if (timer.DueAtUtc > now || db.Entry(timer).State == EntityState.Deleted) continue;
            var result = instances.TryGetValue(timer.InstanceId, out var instance) && instance.Status == nameof(InstanceStatus.Running)
                ? await stepper.StepAsync(db, instance, new FireTimer(timer.TimerKey), ct)
                : null;
            if (result?.Outcome == StepOutcome.Applied) fired++;
            if (result?.Effects.OpenedWorkItems.Any(w => !string.IsNullOrWhiteSpace(w.Gate)) == true) gatedOpened.Add(timer.InstanceId);
            if (db.Entry(timer).State != EntityState.Deleted) db.WorkflowTimers.Remove(timer);
        }
        await db.SaveChangesAsync(ct);
        foreach (var followUp in gatedWorkOpened) await followUp.OpenedAsync(gatedOpened, ct);
        return fired;
    }
}
