using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Onboardings.Gates;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Workflows.Onboardings.Work;

/// <summary>Reads an onboarding's work items with their checklists, comments and gates, and who they can go to.</summary>
public sealed class OnboardingWorkQuery(IDbContextFactory<OnboardingDbContext> databases)
{
    public async Task<OnboardingWork?> GetAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var onboarding = await db.Onboardings.AsNoTracking().Where(o => o.Id == onboardingId)
            .Select(o => new { o.WorkflowInstanceId, o.PlaybookVersionId }).SingleOrDefaultAsync(ct);
        if (onboarding is null) return null;
        var version = await db.PlaybookVersions.AsNoTracking().SingleAsync(v => v.Id == onboarding.PlaybookVersionId, ct);
        var stages = PlaybookCatalog.Stages(version);
        var items = await db.WorkItems.AsNoTracking().Where(w => w.InstanceId == onboarding.WorkflowInstanceId)
            .OrderBy(w => w.OpenedAtUtc).ToListAsync(ct);
        var comments = (await db.WorkItemComments.AsNoTracking().Where(c => c.OnboardingId == onboardingId).ToListAsync(ct))
            .OrderBy(c => c.AtUtc).ThenBy(c => c.Id)
            .ToLookup(c => c.WorkItemId, c => new WorkItemCommentView(c.Id, c.AuthorName, c.Text, c.AtUtc));
        var staff = await StaffAsync(db, ct);
        // A disabled person may still hold an old item: every user's name, not only the assignable ones.
        var names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var gated = items.Any(w => w.Status == WorkItemStatus.Open && !string.IsNullOrWhiteSpace(w.Gate));
        var evidence = gated ? await GateEvidenceReader.ReadAsync(db, onboardingId, ct) : null;

        var details = items.Select(w => new WorkItemDetails(
            w.Id, w.Title, w.Stage, w.Status, w.Role, w.AssigneeId, w.AssigneeId is { } a ? names.GetValueOrDefault(a, "(unknown)") : null, w.DueAtUtc,
            w.OpenedAtUtc, w.ClosedAtUtc, w.ClosedBy, ChecklistLine.Read(w.ChecklistJson), [.. comments[w.Id]],
            evidence is not null && w.Status == WorkItemStatus.Open && !string.IsNullOrWhiteSpace(w.Gate) ? GateStatus.Of(w.Gate, evidence) : null)).ToList();

        var order = stages.Select((s, i) => (s.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var colours = stages.ToDictionary(s => s.Name, s => s.Colour, StringComparer.Ordinal);
        var byStage = details.GroupBy(d => d.Stage)
            .OrderBy(g => g.Key is { } name && order.TryGetValue(name, out var i) ? i : int.MaxValue)
            .Select(g => new StageWork(g.Key, g.Key is { } name ? colours.GetValueOrDefault(name, "#607d8b") : "#607d8b", [.. g]))
            .ToList();
        var open = details.Where(d => d.IsOpen).OrderBy(d => d.DueAtUtc ?? DateTime.MaxValue).ThenBy(d => d.OpenedAtUtc).ToList();
        return new OnboardingWork(open, byStage, staff);
    }

    /// <summary>Enabled staff users (anyone with a role), by name.</summary>
    private static async Task<List<AssignableStaff>> StaffAsync(OnboardingDbContext db, CancellationToken ct)
    {
        var roles = (await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name!);
        var users = await db.Users.AsNoTracking().Where(u => u.DisabledAtUtc == null).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        return users.Where(u => roles[u.Id].Any()).OrderBy(u => u.DisplayName, StringComparer.CurrentCulture)
            .Select(u => new AssignableStaff(u.Id, u.DisplayName, [.. roles[u.Id]])).ToList();
    }
}
