using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Onboardings.Work;

namespace Onboarding.Workflows.Onboardings.Timeline;

/// <summary>The onboarding's audit trail: work item changes (reassigned, checklist) as work items, the rest as records.</summary>
public sealed class AuditTimelineSource : ITimelineSource
{
    private static readonly string[] WorkItemActionNames = [.. WorkItemActions.AuditActions];

    public IReadOnlyList<TimelineKind> Kinds { get; } = [TimelineKind.WorkItem, TimelineKind.Record];

    public async Task<IReadOnlyList<TimelineEntry>> ReadAsync(OnboardingDbContext db, TimelineSubject subject, IReadOnlySet<TimelineKind> kinds, int take, CancellationToken ct)
    {
        var id = subject.OnboardingId.ToString();
        var query = db.AuditEntries.AsNoTracking().Where(a => a.SubjectType == AuditSubjects.Onboarding && a.SubjectId == id);
        if (!kinds.Contains(TimelineKind.WorkItem)) query = query.Where(a => !WorkItemActionNames.Contains(a.Action));
        if (!kinds.Contains(TimelineKind.Record)) query = query.Where(a => WorkItemActionNames.Contains(a.Action));
        var rows = await query.OrderByDescending(a => a.Id).Take(take).ToListAsync(ct);
        return rows.Select(a => new TimelineEntry($"audit-{a.Id}", a.Id, a.AtUtc, WorkItemActionNames.Contains(a.Action) ? TimelineKind.WorkItem : TimelineKind.Record,
            a.Action, string.IsNullOrWhiteSpace(a.Details) ? null : a.Details, a.Actor)).ToList();
    }
}
