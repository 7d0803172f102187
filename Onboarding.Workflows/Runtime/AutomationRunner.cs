using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Onboarding.Domain.Data;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Automations;
using Onboarding.Workflows.Engine;

namespace Onboarding.Workflows.Runtime;

/// <summary>
/// Runs the automations service tasks asked for. A job is claimed with a lease, run outside any
/// transaction, and its outcome is stepped into the instance together with the job's removal,
/// so an automation is never lost and its result is applied once.
/// </summary>
public sealed class AutomationRunner(
    IDbContextFactory<OnboardingDbContext> databases,
    AutomationRegistry registry,
    WorkflowRuntime runtime,
    StepEnvironmentFactory environment,
    WorkflowOptions options,
    ILogger<AutomationRunner> log)
{
    private const int BatchSize = 50;

    internal async Task<List<AutomationJob>> ClaimAsync(string node, CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var now = environment.UtcNow;
        var pending = await db.AutomationJobs
            .Where(j => j.LeaseExpiresAtUtc == null || j.LeaseExpiresAtUtc < now)
            .OrderBy(j => j.CreatedAtUtc).Select(j => j.Id).Take(BatchSize).ToListAsync(ct);
        if (pending.Count == 0) return [];
        var until = now + options.LeaseDuration;
        await db.AutomationJobs
            .Where(j => pending.Contains(j.Id) && (j.LeaseExpiresAtUtc == null || j.LeaseExpiresAtUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseOwner, node).SetProperty(j => j.LeaseExpiresAtUtc, until), ct);
        return await db.AutomationJobs.AsNoTracking()
            .Where(j => pending.Contains(j.Id) && j.LeaseOwner == node && j.LeaseExpiresAtUtc == until)
            .OrderBy(j => j.CreatedAtUtc).ToListAsync(ct);
    }

    /// <summary>Runs one claimed job and applies its outcome; false when the instance no longer wanted it.</summary>
    internal async Task<bool> RunAsync(AutomationJob job, CancellationToken ct)
    {
        Stimulus outcome;
        var automation = registry.Find(job.Automation);
        if (automation is null)
        {
            outcome = new AutomationFailed(job.TokenId, job.Attempt,
                $"No automation named '{job.Automation}' is installed. Install it, or change the service task to one of: {string.Join(", ", registry.Names.Order())}.");
        }
        else
        {
            outcome = await ExecuteAsync(automation, job, ct);
        }
        var result = await runtime.ApplyAsync(job.InstanceId, async (db, _) =>
        {
            var row = await db.AutomationJobs.SingleOrDefaultAsync(j => j.Id == job.Id, ct);
            if (row is not null) db.AutomationJobs.Remove(row);
            return outcome;
        }, ct);
        return result.Outcome == StepOutcome.Applied;
    }

    private async Task<Stimulus> ExecuteAsync(IAutomation automation, AutomationJob job, CancellationToken ct)
    {
        try
        {
            var context = await ContextAsync(job, ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.LeaseDuration / 2);
            var output = await automation.RunAsync(context, timeout.Token);
            return new AutomationSucceeded(job.TokenId, job.Attempt, output);
        }
        catch (AutomationError e)
        {
            return new AutomationFailed(job.TokenId, job.Attempt, e.Message, e.Code);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogWarning(e, "Automation {Automation} failed on instance {InstanceId} (attempt {Attempt})", job.Automation, job.InstanceId, job.Attempt);
            var message = e is OperationCanceledException ? $"It did not finish within {(options.LeaseDuration / 2).TotalSeconds:0} seconds." : e.Message;
            return new AutomationFailed(job.TokenId, job.Attempt, message);
        }
    }

    private async Task<AutomationContext> ContextAsync(AutomationJob job, CancellationToken ct)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var instance = await db.WorkflowInstances.AsNoTracking()
            .Where(i => i.Id == job.InstanceId).Select(i => new { i.CorrelationKey, i.StateJson }).SingleAsync(ct);
        var parameters = JsonSerializer.Deserialize<Dictionary<string, string>>(job.ParametersJson) ?? [];
        return new AutomationContext(job.InstanceId, instance.CorrelationKey, job.NodeId, job.Attempt, parameters, StateJson.Read(instance.StateJson).Variables);
    }
}
