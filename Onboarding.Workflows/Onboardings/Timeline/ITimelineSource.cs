using Onboarding.Domain.Data;

namespace Onboarding.Workflows.Onboardings.Timeline;

/// <summary>One kind of history the timeline merges (the journal, comments, the audit trail...).</summary>
public interface ITimelineSource
{
    /// <summary>The kinds this source produces; it is not asked when none of them is wanted.</summary>
    IReadOnlyList<TimelineKind> Kinds { get; }

    /// <summary>This source's newest <paramref name="take"/> entries of the <paramref name="kinds"/> wanted, newest first.</summary>
    Task<IReadOnlyList<TimelineEntry>> ReadAsync(OnboardingDbContext db, TimelineSubject subject, IReadOnlySet<TimelineKind> kinds, int take, CancellationToken ct);
}
