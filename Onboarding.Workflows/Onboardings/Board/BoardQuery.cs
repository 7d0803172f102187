using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.People;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Billing.Payments;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Workflows.Onboardings.Board;

/// <summary>
/// The board's read side: every active (running) onboarding as a card, in a handful of set-based queries (onboardings, their
/// open work items, their message and timer waits, their deposit invoices, the staff names, the versions' stages) whatever the
/// number of cards.
/// </summary>
public sealed class BoardQuery(IDbContextFactory<OnboardingDbContext> databases, TimeProvider clock, IBusinessCalendar calendar)
{
    private const string Running = nameof(InstanceStatus.Running);

    public async Task<OnboardingBoard> LoadAsync(BoardFilter filter, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var active = db.Onboardings.AsNoTracking().Where(o => o.WorkflowInstance!.Status == Running);
        var versions = await VersionsAsync(db, active, ct);

        var shown = active;
        if (filter.VersionId is { } versionId) shown = shown.Where(o => o.PlaybookVersionId == versionId);
        if (filter.MineUserId is { } me) shown = shown.Where(o => o.AccountManagerId == me || o.Team.Any(m => m.UserId == me));
        var rows = await shown.Select(o => new Row(
                o.Id, o.Client!.CompanyName, o.AccountManagerId, o.PlaybookVersionId, o.WorkflowInstanceId,
                o.WorkflowInstance!.CurrentStages, o.WorkflowInstance.StageEnteredAtUtc ?? o.WorkflowInstance.StartedAtUtc))
            .ToListAsync(ct);
        var instances = shown.Select(o => o.WorkflowInstanceId);
        var open = (await db.WorkItems.AsNoTracking().Where(w => w.Status == WorkItemStatus.Open && instances.Contains(w.InstanceId))
                .Select(w => new OpenItem(w.InstanceId, w.Title, w.Role, w.AssigneeId, w.DueAtUtc)).ToListAsync(ct))
            .ToLookup(w => w.InstanceId);
        var messages = (await db.MessageSubscriptions.AsNoTracking().Where(m => instances.Contains(m.InstanceId))
                .Select(m => new { m.InstanceId, m.MessageName }).ToListAsync(ct))
            .ToLookup(m => m.InstanceId, m => m.MessageName);
        var timers = (await db.WorkflowTimers.AsNoTracking().Where(t => instances.Contains(t.InstanceId))
                .Select(t => new { t.InstanceId, t.DueAtUtc }).ToListAsync(ct))
            .ToLookup(t => t.InstanceId, t => t.DueAtUtc);
        // What a card waiting for the deposit says is due.
        var deposits = await DepositWait.ForAsync(db, shown.Select(o => o.Id), ct);
        // Staff is a short list: one query for every name a card shows.
        var names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var soon = calendar.AddBusinessDays(now, 1);
        var byVersion = versions.ToDictionary(v => v.Id);
        var items = rows.Select(r => Item(r, open[r.InstanceId].ToList(), messages[r.InstanceId], timers[r.InstanceId], deposits.GetValueOrDefault(r.Id), names, byVersion, now, soon));
        if (!string.IsNullOrEmpty(filter.Stage)) items = items.Where(i => i.Stage == filter.Stage);
        if (filter.OverdueOnly) items = items.Where(i => i.OverdueWorkItems > 0);

        var columnVersions = filter.VersionId is { } chosen ? [chosen] : rows.Select(r => r.VersionId).Distinct().ToList();
        if (columnVersions.Count == 0) columnVersions = [.. versions.Select(v => v.Id)];
        var stages = await StagesAsync(db, columnVersions, ct);
        var columns = BoardColumns.Place(stages, items.ToList());
        var stageNames = columns.Select(c => c.Stage).ToList();
        if (!string.IsNullOrEmpty(filter.Stage)) columns = [.. columns.Where(c => c.Stage == filter.Stage)];
        return new OnboardingBoard(columns, stageNames, versions.Select(v => v.Version).ToList(), versions.Sum(v => v.Version.Active));
    }

    private static BoardItem Item(
        Row row, List<OpenItem> open, IEnumerable<string> messages, IEnumerable<DateTime> timers, DepositDue? deposit,
        Dictionary<string, string> names, Dictionary<Guid, VersionRow> versions, DateTime now, DateTime soon)
    {
        var stage = row.CurrentStages.Split('|', 2)[0];
        var days = BoardHealth.DaysInStage(row.StageEnteredAtUtc, now);
        var overdue = open.Count(w => w.DueAtUtc < now);
        var version = versions.GetValueOrDefault(row.VersionId);
        return new BoardItem(
            row.Id, row.ClientName, names.GetValueOrDefault(row.AccountManagerId, "(unknown)"), version?.Version.PlaybookName ?? "", version?.Version.Number ?? 0,
            stage.Length == 0 ? OnboardingBoard.OtherStage : stage, 0, days, open.Count, overdue,
            Next(open, messages, timers, deposit, names), BoardHealth.Of(open.Select(w => w.DueAtUtc), days, now, soon));
    }

    /// <summary>The open work item due first; else a message the workflow waits for; else its next timer.</summary>
    private static NextAction Next(List<OpenItem> open, IEnumerable<string> messages, IEnumerable<DateTime> timers, DepositDue? deposit, Dictionary<string, string> names)
    {
        if (open.Count > 0)
        {
            var first = open.OrderBy(w => w.DueAtUtc ?? DateTime.MaxValue).ThenBy(w => w.Title, StringComparer.Ordinal).First();
            var assignee = first.AssigneeId is { } id ? names.GetValueOrDefault(id, "(unknown)") : first.Role is { } role ? Roles.DisplayName(role) : null;
            return new NextAction(NextActionKind.WorkItem, first.Title, assignee, first.DueAtUtc);
        }
        if (messages.OrderBy(m => m, StringComparer.Ordinal).FirstOrDefault() is { } message) return NextAction.ForMessage(message, deposit);
        return timers.Any() ? NextAction.ForTimer(timers.Min()) : NextAction.None;
    }

    private static async Task<List<VersionRow>> VersionsAsync(OnboardingDbContext db, IQueryable<ClientOnboarding> active, CancellationToken ct)
    {
        var counts = await active.GroupBy(o => o.PlaybookVersionId).Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(ct);
        var ids = counts.Select(c => c.Id).ToList();
        var facts = await db.PlaybookVersions.AsNoTracking().Where(v => ids.Contains(v.Id))
            .Select(v => new { v.Id, v.Playbook!.Name, v.Number }).ToListAsync(ct);
        return [.. facts.Join(counts, f => f.Id, c => c.Id, (f, c) => new VersionRow(f.Id, new BoardVersion(f.Id, f.Name, f.Number, c.Count)))
            .OrderBy(v => v.Version.PlaybookName, StringComparer.CurrentCultureIgnoreCase).ThenByDescending(v => v.Version.Number)];
    }

    /// <summary>The versions' stages, newest version first (its order wins when versions disagree).</summary>
    private static async Task<List<IReadOnlyList<PlaybookStage>>> StagesAsync(OnboardingDbContext db, List<Guid> versionIds, CancellationToken ct)
    {
        var rows = await db.PlaybookVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id))
            .Select(v => new { v.Number, v.StagesJson }).ToListAsync(ct);
        return [.. rows.OrderByDescending(v => v.Number).Select(v => PlaybookCatalog.Stages(new PlaybookVersion { StagesJson = v.StagesJson }))];
    }

    private sealed record Row(Guid Id, string ClientName, string AccountManagerId, Guid VersionId, Guid InstanceId, string CurrentStages, DateTime StageEnteredAtUtc);

    private sealed record OpenItem(Guid InstanceId, string Title, string? Role, string? AssigneeId, DateTime? DueAtUtc);

    private sealed record VersionRow(Guid Id, BoardVersion Version);
}
