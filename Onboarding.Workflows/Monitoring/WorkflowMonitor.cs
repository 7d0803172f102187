using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Playbooks;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Monitoring;

/// <summary>Read side for ops leads: instances by playbook, version and status, and one instance in full.</summary>
public sealed class WorkflowMonitor(IDbContextFactory<OnboardingDbContext> databases, ProcessModelCache models, PlaybookCatalog catalog)
{
    private const int JournalLimit = 500;

    public async Task<InstancePage> ListAsync(InstanceListQuery query, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var rows = db.WorkflowInstances.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.PlaybookKey)) rows = rows.Where(i => i.PlaybookVersion!.Playbook!.Key == query.PlaybookKey);
        if (query.VersionId is { } versionId) rows = rows.Where(i => i.PlaybookVersionId == versionId);
        if (query.Status == InstanceListQuery.NeedsAttention) rows = rows.Where(i => i.HasIncident && i.Status == nameof(InstanceStatus.Running));
        else if (!string.IsNullOrWhiteSpace(query.Status)) rows = rows.Where(i => i.Status == query.Status);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim();
            rows = rows.Where(i => i.Title.Contains(text) || i.CorrelationKey.Contains(text));
        }
        var total = await rows.CountAsync(ct);
        var page = await Project(rows.OrderByDescending(i => i.UpdatedAtUtc).Skip(query.Page * query.PageSize).Take(query.PageSize)).ToListAsync(ct);
        return new InstancePage(page.Select(ToItem).ToList(), total);
    }

    /// <summary>Every version with its running instances, for the filters (the catalog's list, flattened).</summary>
    public async Task<IReadOnlyList<VersionOption>> VersionsAsync(CancellationToken ct = default) =>
        (await catalog.ListAsync(ct))
            .SelectMany(p => p.Versions.Select(v => new VersionOption(v.Id, p.Key, p.Name, v.Number, v.Status.ToString(), v.RunningInstances)))
            .ToList();

    public async Task<InstanceDetails?> GetAsync(Guid instanceId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var row = await Project(db.WorkflowInstances.AsNoTracking().Where(i => i.Id == instanceId)).SingleOrDefaultAsync(ct);
        if (row is null) return null;
        var model = await models.GetAsync(row.VersionId, ct);
        var state = StateJson.Read(await db.WorkflowInstances.Where(i => i.Id == instanceId).Select(i => i.StateJson).SingleAsync(ct));
        var active = state.Tokens
            .Where(t => t.Wait != TokenWait.None)
            .Select(t =>
            {
                var node = model.Node(t.NodeId);
                return new ActiveElement(t.Id, node.Id, node.Label, node.Kind.ToString(), node.Stage, Describe(t.Wait), t.EnteredAtUtc, t.IncidentMessage);
            })
            .ToList();
        var workItems = await db.WorkItems.AsNoTracking().Where(w => w.InstanceId == instanceId).OrderBy(w => w.OpenedAtUtc).ToListAsync(ct);
        var incidents = await db.WorkflowIncidents.AsNoTracking().Where(i => i.InstanceId == instanceId).OrderByDescending(i => i.RaisedAtUtc).ToListAsync(ct);
        var journal = await db.JournalEntries.AsNoTracking().Where(j => j.InstanceId == instanceId).OrderByDescending(j => j.Id).Take(JournalLimit).ToListAsync(ct);
        var timers = await db.WorkflowTimers.AsNoTracking().Where(t => t.InstanceId == instanceId).OrderBy(t => t.DueAtUtc).ToListAsync(ct);
        var variables = JsonSerializer.Serialize(state.Variables, Indented);
        return new InstanceDetails(ToItem(row), row.VersionId, active, variables, workItems, incidents, journal, timers, InstanceQueries.StuckOn(model, state));
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static IQueryable<InstanceRow> Project(IQueryable<WorkflowInstance> rows) => rows.Select(i => new InstanceRow(
        i.Id, i.Title, i.CorrelationKey, i.PlaybookVersion!.Playbook!.Key, i.PlaybookVersion.Playbook.Name, i.PlaybookVersion.Number,
        i.PlaybookVersionId, i.Status, i.CurrentStages, i.HasIncident, i.StartedAtUtc, i.UpdatedAtUtc, i.EndedAtUtc));

    private static InstanceListItem ToItem(InstanceRow r) => new(
        r.Id, r.Title, r.CorrelationKey, r.PlaybookKey, r.PlaybookName, r.VersionNumber, r.Status,
        r.CurrentStages.Split('|', StringSplitOptions.RemoveEmptyEntries), r.HasIncident, r.StartedAtUtc, r.UpdatedAtUtc, r.EndedAtUtc);

    private static string Describe(TokenWait wait) => wait switch
    {
        TokenWait.WorkItem => "a person to complete the work item",
        TokenWait.Message => "a message",
        TokenWait.Timer => "a timer",
        TokenWait.Automation => "an automation to finish",
        TokenWait.AutomationRetry => "the next automation attempt",
        TokenWait.Incident => "someone to resolve an incident",
        TokenWait.Join => "the other parallel branches",
        TokenWait.SubProcess => "its subprocess",
        _ => wait.ToString(),
    };

    private sealed record InstanceRow(
        Guid Id, string Title, string CorrelationKey, string PlaybookKey, string PlaybookName, int VersionNumber, Guid VersionId,
        string Status, string CurrentStages, bool HasIncident, DateTime StartedAtUtc, DateTime UpdatedAtUtc, DateTime? EndedAtUtc);
}
