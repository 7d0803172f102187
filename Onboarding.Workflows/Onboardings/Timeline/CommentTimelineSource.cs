using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;

namespace Onboarding.Workflows.Onboardings.Timeline;

/// <summary>Comments on the onboarding's work items.</summary>
public sealed class CommentTimelineSource : ITimelineSource
{
    public IReadOnlyList<TimelineKind> Kinds { get; } = [TimelineKind.Comment];

    public async Task<IReadOnlyList<TimelineEntry>> ReadAsync(OnboardingDbContext db, TimelineSubject subject, IReadOnlySet<TimelineKind> kinds, int take, CancellationToken ct)
    {
        var rows = await db.WorkItemComments.AsNoTracking().Where(c => c.OnboardingId == subject.OnboardingId)
            .OrderByDescending(c => c.Id).Take(take)
            .Join(db.WorkItems, c => c.WorkItemId, w => w.Id, (c, w) => new { c.Id, c.AtUtc, c.AuthorName, c.Text, w.Title })
            .ToListAsync(ct);
        return rows.Select(c => new TimelineEntry($"comment-{c.Id}", c.Id, c.AtUtc, TimelineKind.Comment, $"Comment on '{c.Title}'", c.Text, c.AuthorName)).ToList();
    }
}
