using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Engine;

namespace Onboarding.Workflows.Runtime;

/// <summary>Starts an instance of a playbook's published version for one onboarding.</summary>
/// <param name="VersionId">A specific published version; null takes the playbook's latest published version.</param>
public sealed record StartWorkflow(string PlaybookKey, string CorrelationKey, string Title, string StartedBy, JsonObject? Variables = null, Guid? ClientId = null, Guid? VersionId = null);

/// <summary>How a message was taken: instances resumed now, or kept for an instance that will wait for it.</summary>
public sealed record MessageDelivery(int InstancesResumed, bool Buffered);

/// <summary>
/// The durable edge of the engine: each call loads an instance, runs one engine step and saves
/// the new state with its work items, timers, waits and journal in one transaction guarded by the
/// instance's concurrency token. A request that lost a race is retried on fresh state, so two
/// people completing the same work item get one success and one "already completed by ...".
/// </summary>
public sealed class WorkflowRuntime(
    IDbContextFactory<OnboardingDbContext> databases,
    InstanceStepper stepper,
    StepEnvironmentFactory environment,
    WorkflowOptions options,
    WorkflowSignal signal,
    IWorkItemGuard guard,
    ILogger<WorkflowRuntime> log)
{
    private const int MaxConflictRetries = 8;

    public async Task<Guid> StartAsync(StartWorkflow request, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var instance = await AddStartedAsync(db, request, ct);
        await db.SaveChangesAsync(ct);
        Started(instance, request);
        return instance.Id;
    }

    /// <summary>
    /// Adds a started instance (its first step's work items, waits and journal) to <paramref name="db"/>'s unit of
    /// work without saving, so that a caller commits it together with its own rows; then call <see cref="Started"/>.
    /// </summary>
    internal async Task<WorkflowInstance> AddStartedAsync(OnboardingDbContext db, StartWorkflow request, CancellationToken ct)
    {
        var version = await FindPublishedVersionAsync(db, request, ct);
        var instance = new WorkflowInstance
        {
            Id = Guid.NewGuid(),
            PlaybookVersionId = version.Id,
            PlaybookVersion = version,
            CorrelationKey = request.CorrelationKey,
            ClientId = request.ClientId,
            Title = request.Title,
            StartedAtUtc = environment.UtcNow,
            StartedBy = request.StartedBy,
            StateJson = "{}",
        };
        db.WorkflowInstances.Add(instance);
        await stepper.StepAsync(db, instance, new StartInstance(VariableJson.Copy(request.Variables)), ct);
        return instance;
    }

    /// <summary>After an instance added by <see cref="AddStartedAsync"/> was saved: logs it and wakes the scheduler for its timers and automations.</summary>
    internal void Started(WorkflowInstance instance, StartWorkflow request)
    {
        log.LogInformation("Started workflow {InstanceId} on {PlaybookKey} v{Version} for {CorrelationKey}", instance.Id, request.PlaybookKey, instance.PlaybookVersion?.Number, request.CorrelationKey);
        signal.Wake();
    }

    public async Task CompleteWorkItemAsync(Guid workItemId, string by, JsonObject? output = null, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await databases.CreateDbContextAsync(ct);
            // Tracked, so that closing it after the step finds it here instead of querying again.
            var item = await db.WorkItems.SingleOrDefaultAsync(w => w.Id == workItemId, ct) ?? throw new NotFoundException("The work item");
            if (item.Status != WorkItemStatus.Open) throw new WorkItemClosedException(ClosedMessage(item));
            await guard.EnsureCanCompleteAsync(db, item, ct);
            var instance = await db.WorkflowInstances.SingleAsync(i => i.Id == item.InstanceId, ct);
            var result = await stepper.StepAsync(db, instance, new CompleteWorkItem(item.TokenId, by, VariableJson.Copy(output)), ct);
            if (await TrySaveAsync(db, result, instance.Id, attempt, ct)) return;
        }
    }

    public async Task<MessageDelivery> DeliverMessageAsync(string messageName, string correlationKey, JsonObject? payload, string by, CancellationToken ct = default)
    {
        List<Guid> waiting;
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            waiting = await db.MessageSubscriptions
                .Where(m => m.MessageName == messageName && m.CorrelationKey == correlationKey)
                .Select(m => m.InstanceId).Distinct().ToListAsync(ct);
            if (waiting.Count == 0)
            {
                var now = environment.UtcNow;
                db.BufferedMessages.Add(new BufferedMessage
                {
                    Id = Guid.NewGuid(),
                    MessageName = messageName,
                    CorrelationKey = correlationKey,
                    PayloadJson = payload?.ToJsonString() ?? "{}",
                    ReceivedAtUtc = now,
                    ExpiresAtUtc = now + options.MessageBufferTime,
                    By = by,
                });
                await db.SaveChangesAsync(ct);
                log.LogInformation("Message {Message} for {CorrelationKey} kept until an instance waits for it", messageName, correlationKey);
                return new MessageDelivery(0, Buffered: true);
            }
        }
        var resumed = 0;
        foreach (var instanceId in waiting)
        {
            var result = await ApplyAsync(instanceId, (_, _) => Task.FromResult<Stimulus>(new DeliverMessage(messageName, VariableJson.Copy(payload))), ct);
            if (result.Outcome == StepOutcome.Applied) resumed++;
        }
        return new MessageDelivery(resumed, Buffered: false);
    }

    public Task SetVariablesAsync(Guid instanceId, JsonObject variables, string by, CancellationToken ct = default) =>
        ApplyAsync(instanceId, (_, _) => Task.FromResult<Stimulus>(new SetVariables(VariableJson.Copy(variables), by)), ct);

    public async Task RetryIncidentAsync(Guid incidentId, string by, CancellationToken ct = default)
    {
        WorkflowIncident incident;
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            incident = await db.WorkflowIncidents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == incidentId, ct)
                       ?? throw new NotFoundException("The incident");
        }
        if (incident.Status == IncidentStatus.Resolved)
        {
            throw new WorkflowRefusedException($"This incident was already resolved by {incident.ResolvedBy} at {incident.ResolvedAtUtc:g} UTC.");
        }
        await ApplyAsync(incident.InstanceId, (_, _) => Task.FromResult<Stimulus>(new RetryIncident(incident.TokenId, by)), ct);
    }

    public Task CancelAsync(Guid instanceId, string reason, string by, CancellationToken ct = default) =>
        ApplyAsync(instanceId, (_, _) => Task.FromResult<Stimulus>(new CancelInstance(reason, by)), ct);

    /// <summary>Loads, steps and saves one instance, retrying on a concurrency conflict with fresh state.</summary>
    internal async Task<StepResult> ApplyAsync(Guid instanceId, Func<OnboardingDbContext, WorkflowInstance, Task<Stimulus>> prepare, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await databases.CreateDbContextAsync(ct);
            var instance = await db.WorkflowInstances.SingleOrDefaultAsync(i => i.Id == instanceId, ct)
                           ?? throw new NotFoundException("The workflow instance");
            var stimulus = await prepare(db, instance);
            var result = await stepper.StepAsync(db, instance, stimulus, ct);
            if (await TrySaveAsync(db, result, instanceId, attempt, ct)) return result;
        }
    }

    /// <summary>Saves a step's unit of work; false when the instance changed meanwhile and the step must be re-run on fresh state.</summary>
    private async Task<bool> TrySaveAsync(OnboardingDbContext db, StepResult result, Guid instanceId, int attempt, CancellationToken ct)
    {
        try
        {
            // An ignored stimulus still commits its clean-up (a stale automation job removed).
            if (result.Outcome == StepOutcome.Applied || db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(ct);
            if (result.Effects.Automations.Count > 0 || result.Effects.ArmedTimers.Count > 0) signal.Wake();
            return true;
        }
        catch (DbUpdateConcurrencyException) when (attempt < MaxConflictRetries)
        {
            log.LogDebug("Instance {InstanceId} changed during a step; retrying on fresh state (attempt {Attempt})", instanceId, attempt);
            return false;
        }
    }

    private static async Task<PlaybookVersion> FindPublishedVersionAsync(OnboardingDbContext db, StartWorkflow request, CancellationToken ct)
    {
        var published = db.PlaybookVersions.Where(v => v.Status == PlaybookVersionStatus.Published);
        var version = request.VersionId is { } id
            ? await published.SingleOrDefaultAsync(v => v.Id == id, ct)
            : await published.Where(v => v.Playbook!.Key == request.PlaybookKey).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        return version ?? throw new WorkflowRefusedException(
            $"The playbook '{request.PlaybookKey}' has no published version to start. Ask an ops lead to publish it first.");
    }

    private static string ClosedMessage(WorkItem item) => item.Status == WorkItemStatus.Completed
        ? $"'{item.Title}' was already completed by {item.ClosedBy ?? "someone"} at {item.ClosedAtUtc:HH:mm} UTC on {item.ClosedAtUtc:d MMM}. Nothing was changed."
        : $"'{item.Title}' is no longer open: it was cancelled ({item.ClosedBy ?? "the workflow moved on"}).";
}
