using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Runtime;

/// <summary>
/// Runs engine steps on an instance loaded in a unit of work and records everything the step
/// produced in the same unit; the caller saves once, so state, waits, timers and journal commit
/// together or not at all (the instance's concurrency token is renewed on every step).
/// </summary>
public sealed class InstanceStepper(ProcessModelCache models, StepEnvironmentFactory environment)
{
    private const int MaxBufferedDeliveries = 20;

    /// <summary>Applies <paramref name="stimulus"/>; an ignored stimulus changes nothing and returns Ignored.</summary>
    public async Task<StepResult> StepAsync(OnboardingDbContext db, WorkflowInstance instance, Stimulus stimulus, CancellationToken ct)
    {
        var model = await models.GetAsync(instance.PlaybookVersionId, ct);
        var result = await ApplyAsync(db, instance, model, StateJson.Read(instance.StateJson), stimulus, ct);
        if (result.Outcome == StepOutcome.Ignored) return result;
        var last = result;
        for (var i = 0; i < MaxBufferedDeliveries && last.Effects.AwaitedMessages.Count > 0; i++)
        {
            var buffered = await FindBufferedAsync(db, instance.CorrelationKey, last.Effects.AwaitedMessages, ct);
            if (buffered is null) break;
            db.BufferedMessages.Remove(buffered);
            var delivered = await ApplyAsync(db, instance, model, last.State,
                new DeliverMessage(buffered.MessageName, JsonObjects.ParseObject(buffered.PayloadJson)), ct);
            if (delivered.Outcome == StepOutcome.Ignored) break;
            last = delivered;
        }
        Record(instance, model, last.State);
        return last;
    }

    private async Task<StepResult> ApplyAsync(OnboardingDbContext db, WorkflowInstance instance, ProcessModel model, InstanceState state, Stimulus stimulus, CancellationToken ct)
    {
        var env = environment.Create();
        StepResult result;
        try
        {
            result = WorkflowEngine.Step(model, state, stimulus, env);
        }
        catch (StimulusRejectedException e)
        {
            throw new WorkflowRefusedException(e.Message);
        }
        if (result.Outcome == StepOutcome.Ignored) return result;
        await EffectWriter.WriteAsync(db, instance, result.Effects, result.State.Variables, env.NowUtc, ct);
        instance.StateJson = StateJson.Write(result.State);
        return result;
    }

    private async Task<BufferedMessage?> FindBufferedAsync(OnboardingDbContext db, string correlationKey, IEnumerable<MessageAwaited> awaited, CancellationToken ct)
    {
        var now = environment.UtcNow;
        var names = awaited.Select(a => a.MessageName).Distinct().ToList();
        return await db.BufferedMessages
            .Where(m => m.CorrelationKey == correlationKey && names.Contains(m.MessageName) && m.ExpiresAtUtc > now)
            .OrderBy(m => m.ReceivedAtUtc)
            .FirstOrDefaultAsync(ct);
    }

    private void Record(WorkflowInstance instance, ProcessModel model, InstanceState state)
    {
        instance.Status = state.Status.ToString();
        var stages = InstanceQueries.CurrentStages(model, state);
        if (instance.StageEnteredAtUtc is null || FirstStage(instance.CurrentStages) != stages.FirstOrDefault()) instance.StageEnteredAtUtc = environment.UtcNow;
        instance.CurrentStages = string.Join('|', stages);
        instance.HasIncident = InstanceQueries.NeedsAttention(state);
        instance.EndedAtUtc = state.EndedAtUtc;
        instance.UpdatedAtUtc = environment.UtcNow;
        instance.ConcurrencyToken = Guid.NewGuid();
    }

    private static string? FirstStage(string stages) => stages.Split('|', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
}

/// <summary>Merging JSON objects supplied by people and automations.</summary>
internal static class VariableJson
{
    public static JsonObject Copy(JsonObject? source) => source is null ? [] : (JsonObject)source.DeepClone();
}
