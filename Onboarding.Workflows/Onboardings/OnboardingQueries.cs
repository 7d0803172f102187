using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.Playbooks;
using Onboarding.Domain.People;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;
using Onboarding.Workflows.Monitoring;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Workflows.Onboardings;

/// <summary>Read side of onboardings: a client's active one, and one onboarding in full for its page.</summary>
public sealed class OnboardingQueries(IDbContextFactory<OnboardingDbContext> databases, WorkflowMonitor monitor)
{
    /// <summary>The client's onboarding whose workflow still runs, if any.</summary>
    public async Task<OnboardingSummary?> ActiveForClientAsync(int clientId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var row = await Rows(db.Onboardings.Where(o => o.ClientId == clientId && o.WorkflowInstance!.Status == nameof(InstanceStatus.Running))
            .OrderByDescending(o => o.StartedAtUtc), db).FirstOrDefaultAsync(ct);
        return row is null ? null : ToSummary(row);
    }

    public async Task<OnboardingView?> GetAsync(Guid id, CancellationToken ct = default)
    {
        SummaryRow? row;
        List<TeamMemberView> team;
        List<PlaybookStage> stages;
        Dictionary<string, string> names;
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            row = await Rows(db.Onboardings.Where(o => o.Id == id), db).SingleOrDefaultAsync(ct);
            if (row is null) return null;
            var version = await db.PlaybookVersions.AsNoTracking().SingleAsync(v => v.Id == row.VersionId, ct);
            stages = [.. PlaybookCatalog.Stages(version)];
            team = await db.OnboardingTeamMembers.AsNoTracking().Where(m => m.OnboardingId == id).OrderBy(m => m.Id)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new TeamMemberView(u.DisplayName, m.Role)).ToListAsync(ct);
            // Assignees may be anyone on the staff, which is a short list: one query instead of one per work item.
            names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        }
        var instance = await monitor.GetAsync(row.InstanceId, ct) ?? throw new InvalidOperationException($"Onboarding {id} has no workflow instance.");
        // A subprocess only waits for its own elements, which are listed themselves.
        var waits = instance.ActiveElements.Where(a => a.Kind != nameof(NodeKind.SubProcess)).Select(a => new StageWait(a.Stage, a.Label, a.Waiting)).ToList();
        var lastClosed = instance.WorkItems.Where(w => w.Stage is not null && w.ClosedAtUtc is not null)
            .GroupBy(w => w.Stage!).ToDictionary(g => g.Key, g => g.Max(w => w.ClosedAtUtc!.Value), StringComparer.Ordinal);
        var open = instance.WorkItems.Where(w => w.Status == WorkItemStatus.Open).OrderBy(w => w.DueAtUtc ?? DateTime.MaxValue)
            .Select(w => new OpenWorkItem(w.Id, w.Title, w.Stage, w.Role, w.AssigneeId is { } a ? names.GetValueOrDefault(a, "(unknown)") : null, w.DueAtUtc))
            .ToList();
        var steps = StageProgress.Of(stages, waits, row.Status != nameof(InstanceStatus.Running), lastClosed);
        return new OnboardingView(ToSummary(row), team.Select(m => m with { Role = Roles.DisplayName(m.Role) }).ToList(), steps, open);
    }

    private static IQueryable<SummaryRow> Rows(IQueryable<ClientOnboarding> onboardings, OnboardingDbContext db) => onboardings.AsNoTracking().Select(o => new SummaryRow(
        o.Id, o.ClientId, o.Client!.CompanyName, o.PlaybookVersion!.Playbook!.Name, o.PlaybookVersion.Number, o.PlaybookVersionId, o.StartDate,
        db.Users.Where(u => u.Id == o.AccountManagerId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
        o.StartedAtUtc, o.StartedBy, o.WorkflowInstanceId, o.WorkflowInstance!.Status, o.WorkflowInstance.CurrentStages));

    private static OnboardingSummary ToSummary(SummaryRow r) => new(
        r.Id, r.ClientId, r.ClientName, r.PlaybookName, r.VersionNumber, r.StartDate, r.AccountManager, r.StartedAtUtc, r.StartedBy,
        r.InstanceId, r.Status, r.CurrentStages.Split('|', StringSplitOptions.RemoveEmptyEntries));

    private sealed record SummaryRow(
        Guid Id, int ClientId, string ClientName, string PlaybookName, int VersionNumber, Guid VersionId, DateOnly StartDate, string AccountManager,
        DateTime StartedAtUtc, string StartedBy, Guid InstanceId, string Status, string CurrentStages);
}
