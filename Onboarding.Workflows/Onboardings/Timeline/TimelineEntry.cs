namespace Onboarding.Workflows.Onboardings.Timeline;

/// <summary>
/// What a timeline entry is about. Each kind has one <see cref="ITimelineSource"/>; e-mails and documents
/// (when the product sends and stores them) add a kind and a source of their own.
/// </summary>
public enum TimelineKind
{
    /// <summary>Work items opened, completed, cancelled, reassigned, checklist lines ticked.</summary>
    WorkItem,

    /// <summary>Comments on work items.</summary>
    Comment,

    /// <summary>The workflow engine's journal: stages entered and left, messages, timers, automations, incidents.</summary>
    Workflow,

    /// <summary>The onboarding's records saved (goals, plans, access, kickoff...), from its audit trail.</summary>
    Record,

    /// <summary>E-mails about the onboarding (welcome, reminders), from the outbox, with their delivery status.</summary>
    Email,
}

/// <summary>One thing that happened to an onboarding.</summary>
/// <param name="Key">Unique across sources, for rendering ("journal-12").</param>
/// <param name="Sequence">The source's own order (its row id), for entries of one source at the same time.</param>
public sealed record TimelineEntry(string Key, long Sequence, DateTime AtUtc, TimelineKind Kind, string Title, string? Details, string? By);

/// <summary>The onboarding a timeline is read for.</summary>
public sealed record TimelineSubject(Guid OnboardingId, Guid InstanceId);

/// <summary>A page of the timeline, newest first; <see cref="HasMore"/> when older entries exist.</summary>
public sealed record TimelinePage(IReadOnlyList<TimelineEntry> Entries, bool HasMore);
