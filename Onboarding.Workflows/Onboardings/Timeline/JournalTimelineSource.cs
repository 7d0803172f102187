using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Engine;

namespace Onboarding.Workflows.Onboardings.Timeline;

/// <summary>The workflow instance's journal: work item lines as work items, the rest as workflow.</summary>
public sealed class JournalTimelineSource : ITimelineSource
{
    private static readonly string[] WorkItemKinds = [nameof(JournalKind.WorkItemOpened), nameof(JournalKind.WorkItemCompleted), nameof(JournalKind.WorkItemCancelled)];

    public IReadOnlyList<TimelineKind> Kinds { get; } = [TimelineKind.WorkItem, TimelineKind.Workflow];

    public async Task<IReadOnlyList<TimelineEntry>> ReadAsync(OnboardingDbContext db, TimelineSubject subject, IReadOnlySet<TimelineKind> kinds, int take, CancellationToken ct)
    {
        var query = db.JournalEntries.AsNoTracking().Where(j => j.InstanceId == subject.InstanceId);
        if (!kinds.Contains(TimelineKind.WorkItem)) query = query.Where(j => !WorkItemKinds.Contains(j.Kind));
        if (!kinds.Contains(TimelineKind.Workflow)) query = query.Where(j => WorkItemKinds.Contains(j.Kind));
        var rows = await query.OrderByDescending(j => j.Id).Take(take).ToListAsync(ct);
        return rows.Select(j => new TimelineEntry($"journal-{j.Id}", j.Id, j.AtUtc, WorkItemKinds.Contains(j.Kind) ? TimelineKind.WorkItem : TimelineKind.Workflow, j.Text, null, j.By)).ToList();
    }
}
