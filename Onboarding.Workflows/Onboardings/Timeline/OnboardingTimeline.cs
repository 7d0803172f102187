using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;

namespace Onboarding.Workflows.Onboardings.Timeline;

/// <summary>Everything that happened to an onboarding, newest first, merged from its <see cref="ITimelineSource"/>s.</summary>
public sealed class OnboardingTimeline(IDbContextFactory<OnboardingDbContext> databases, IEnumerable<ITimelineSource> sources)
{
    /// <summary>The newest <paramref name="take"/> entries of the <paramref name="kinds"/> wanted ("show more" asks for more).</summary>
    public async Task<TimelinePage> ReadAsync(Guid onboardingId, IReadOnlySet<TimelineKind> kinds, int take, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var instanceId = await db.Onboardings.AsNoTracking().Where(o => o.Id == onboardingId).Select(o => (Guid?)o.WorkflowInstanceId).SingleOrDefaultAsync(ct);
        if (instanceId is null) return new TimelinePage([], false);
        var subject = new TimelineSubject(onboardingId, instanceId.Value);
        // Each source gives one more than asked, so that "more" is known without counting.
        var merged = new List<TimelineEntry>();
        foreach (var source in sources.Where(s => s.Kinds.Any(kinds.Contains)))
        {
            merged.AddRange(await source.ReadAsync(db, subject, kinds, take + 1, ct));
        }
        var ordered = merged.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Sequence).ToList();
        return new TimelinePage(ordered.Take(take).ToList(), ordered.Count > take);
    }
}
