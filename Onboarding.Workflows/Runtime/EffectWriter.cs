using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Engine;

namespace Onboarding.Workflows.Runtime;

/// <summary>
/// Turns a step's effects into rows of the same unit of work: work items, timers, message
/// subscriptions, automation jobs, incidents and journal lines. Rows added earlier in the same
/// unit (several steps on one instance) are found in the change tracker, the rest in the database.
/// </summary>
internal static class EffectWriter
{
    /// <param name="variables">The instance's variables after the step: <c>assignees.{Role}</c> names who gets a new work item of that role.</param>
    public static async Task WriteAsync(OnboardingDbContext db, WorkflowInstance instance, Effects effects, JsonObject variables, DateTime now, CancellationToken ct)
    {
        var id = instance.Id;
        foreach (var opened in effects.OpenedWorkItems)
        {
            db.WorkItems.Add(new WorkItem
            {
                Id = Guid.NewGuid(),
                InstanceId = id,
                TokenId = opened.TokenId,
                NodeId = opened.NodeId,
                Title = Truncate(opened.Title, 300),
                Stage = opened.Stage,
                Role = opened.Role,
                AssigneeId = Assignee(variables, opened.Role),
                DueAtUtc = opened.DueAtUtc,
                ChecklistJson = StateJson.Write(opened.Checklist.Select(text => new ChecklistItem(text, false))),
                Form = opened.Form,
                Gate = opened.Gate,
                Status = WorkItemStatus.Open,
                OpenedAtUtc = now,
            });
        }
        foreach (var closed in effects.ClosedWorkItems)
        {
            if (await FindOneAsync(db.WorkItems, w => w.InstanceId == id && w.TokenId == closed.TokenId && w.NodeId == closed.NodeId && w.Status == WorkItemStatus.Open, ct) is { } item)
            {
                item.Status = closed.Reason == WorkItemCloseReason.Completed ? WorkItemStatus.Completed : WorkItemStatus.Cancelled;
                item.ClosedAtUtc = now;
                item.ClosedBy = closed.By;
            }
        }
        await WriteTimersAsync(db, id, effects, ct);
        foreach (var awaited in effects.AwaitedMessages)
        {
            db.MessageSubscriptions.Add(new MessageSubscription
            {
                Id = Guid.NewGuid(),
                InstanceId = id,
                TokenId = awaited.TokenId,
                NodeId = awaited.NodeId,
                MessageName = awaited.MessageName,
                CorrelationKey = instance.CorrelationKey,
                CreatedAtUtc = now,
            });
        }
        foreach (var tokenId in effects.EndedMessageWaits)
        {
            if (await FindOneAsync(db.MessageSubscriptions, m => m.InstanceId == id && m.TokenId == tokenId, ct) is { } subscription) db.MessageSubscriptions.Remove(subscription);
        }
        foreach (var request in effects.Automations)
        {
            db.AutomationJobs.Add(new AutomationJob
            {
                Id = Guid.NewGuid(),
                InstanceId = id,
                TokenId = request.TokenId,
                NodeId = request.NodeId,
                Automation = request.Automation,
                Attempt = request.Attempt,
                ParametersJson = StateJson.Write(request.Parameters),
                CreatedAtUtc = now,
            });
        }
        foreach (var raised in effects.Incidents)
        {
            db.WorkflowIncidents.Add(new WorkflowIncident
            {
                Id = Guid.NewGuid(),
                InstanceId = id,
                TokenId = raised.TokenId,
                NodeId = raised.NodeId,
                Message = Truncate(raised.Message, 4000),
                Status = IncidentStatus.Open,
                RaisedAtUtc = now,
            });
        }
        var resolvedBy = effects.Journal.LastOrDefault(j => j.By is not null)?.By ?? "the workflow";
        foreach (var tokenId in effects.ResolvedIncidents)
        {
            if (await FindOneAsync(db.WorkflowIncidents, i => i.InstanceId == id && i.TokenId == tokenId && i.Status == IncidentStatus.Open, ct) is { } incident)
            {
                incident.Status = IncidentStatus.Resolved;
                incident.ResolvedAtUtc = now;
                incident.ResolvedBy = resolvedBy;
            }
        }
        foreach (var line in effects.Journal)
        {
            db.JournalEntries.Add(new JournalEntry
            {
                InstanceId = id,
                AtUtc = line.AtUtc,
                Kind = line.Kind.ToString(),
                NodeId = line.NodeId,
                TokenId = line.TokenId,
                Text = Truncate(line.Text, 2000),
                By = line.By,
            });
        }
    }

    /// <summary>Timers: the engine arms every timer under a fresh key (a cycle re-arms under a new one), so armed means a new row.</summary>
    private static async Task WriteTimersAsync(OnboardingDbContext db, Guid id, Effects effects, CancellationToken ct)
    {
        foreach (var key in effects.CancelledTimerKeys)
        {
            if (await FindOneAsync(db.WorkflowTimers, t => t.InstanceId == id && t.TimerKey == key, ct) is { } timer) db.WorkflowTimers.Remove(timer);
        }
        foreach (var armed in effects.ArmedTimers)
        {
            db.WorkflowTimers.Add(new WorkflowTimer
            {
                Id = Guid.NewGuid(),
                InstanceId = id,
                TimerKey = armed.Key,
                NodeId = armed.NodeId,
                Purpose = armed.Purpose.ToString(),
                DueAtUtc = armed.DueAtUtc,
            });
        }
    }

    /// <summary>
    /// The row matching a key that is unique among live rows (a token's open work item, a timer key...):
    /// from the change tracker when this unit already holds it, else from the database.
    /// </summary>
    private static async Task<T?> FindOneAsync<T>(DbSet<T> set, Expression<Func<T, bool>> predicate, CancellationToken ct)
        where T : class =>
        (set.Local.Count > 0 ? set.Local.FirstOrDefault(predicate.Compile()) : null)
        ?? await set.FirstOrDefaultAsync(predicate, ct);

    /// <summary>The person assigned to a role on this onboarding (variables <c>{"assignees": {"AccountManager": "user-id"}}</c>), if any.</summary>
    internal static string? Assignee(JsonObject variables, string? role) =>
        role is not null && variables["assignees"] is JsonObject assignees && assignees[role] is JsonValue value && value.TryGetValue(out string? who)
            ? who
            : null;

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

/// <summary>One checklist line of a work item.</summary>
public sealed record ChecklistItem(string Text, bool Done);

/// <summary>Reading JSON stored by the runtime.</summary>
internal static class JsonObjects
{
    public static JsonObject ParseObject(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonNode.Parse(json) as JsonObject ?? [];
}
