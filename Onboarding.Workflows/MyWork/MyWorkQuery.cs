using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Playbooks;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.MyWork;

/// <summary>A staff member's open work items across every running onboarding, overdue first.</summary>
public sealed class MyWorkQuery(IDbContextFactory<OnboardingDbContext> databases, StepEnvironmentFactory environment)
{
    /// <param name="userId">The staff user whose list it is.</param>
    /// <param name="roles">Their roles: unassigned items for these roles are theirs to take (with <see cref="MyWorkScope.MineAndMyRoles"/>).</param>
    public async Task<IReadOnlyList<MyWorkItem>> ForAsync(string userId, IReadOnlyCollection<string> roles, MyWorkScope scope, CancellationToken ct = default)
    {
        var byRole = scope == MyWorkScope.MineAndMyRoles ? roles.ToList() : [];
        await using var db = await databases.CreateDbContextAsync(ct);
        var rows = await db.WorkItems.AsNoTracking()
            .Where(w => w.Status == WorkItemStatus.Open && (w.AssigneeId == userId || (w.AssigneeId == null && w.Role != null && byRole.Contains(w.Role))))
            .Join(db.Onboardings.Where(o => o.WorkflowInstance!.Status == nameof(InstanceStatus.Running)), w => w.InstanceId, o => o.WorkflowInstanceId,
                (w, o) => new { w.Id, w.Title, w.Stage, w.Role, w.AssigneeId, w.DueAtUtc, OnboardingId = o.Id, ClientName = o.Client!.CompanyName, o.PlaybookVersionId })
            .ToListAsync(ct);
        // Stage colours live on each playbook version; a list spans only a few versions.
        var versionIds = rows.Select(r => r.PlaybookVersionId).Distinct().ToList();
        var colours = (await db.PlaybookVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToListAsync(ct))
            .ToDictionary(v => v.Id, v => PlaybookCatalog.Stages(v).ToDictionary(s => s.Name, s => s.Colour, StringComparer.Ordinal));
        var now = environment.UtcNow;
        return rows
            .Select(r => new MyWorkItem(r.Id, r.Title, r.Stage, r.Stage is { } stage ? colours[r.PlaybookVersionId].GetValueOrDefault(stage) : null, r.Role,
                r.AssigneeId == userId, r.DueAtUtc, r.DueAtUtc < now, r.OnboardingId, r.ClientName))
            .OrderByDescending(i => i.Overdue).ThenBy(i => i.DueAtUtc ?? DateTime.MaxValue).ThenBy(i => i.ClientName, StringComparer.CurrentCulture)
            .ToList();
    }
}
