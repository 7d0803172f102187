using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Onboardings.Gates;

namespace Onboarding.Workflows.Onboardings.Work;

/// <summary>A comment on a work item, as listed under it.</summary>
public sealed record WorkItemCommentView(long Id, string AuthorName, string Text, DateTime AtUtc);

/// <summary>One work item in full for the Work tab.</summary>
/// <param name="Assignee">The assigned person's name; null while it waits for anyone of <paramref name="Role"/>.</param>
/// <param name="Gate">For an open gated item, its gate evaluated now.</param>
public sealed record WorkItemDetails(
    Guid Id, string Title, string? Stage, WorkItemStatus Status, string? Role, string? AssigneeId, string? Assignee, DateTime? DueAtUtc,
    DateTime OpenedAtUtc, DateTime? ClosedAtUtc, string? ClosedBy, IReadOnlyList<ChecklistLine> Checklist, IReadOnlyList<WorkItemCommentView> Comments,
    GateStatus? Gate)
{
    public bool IsOpen => Status == WorkItemStatus.Open;

    public bool IsBlocked => Gate is { IsMet: false };
}

/// <summary>A stage's work items in the order they opened; <see cref="Stage"/> is null for items outside any stage.</summary>
public sealed record StageWork(string? Stage, string Colour, IReadOnlyList<WorkItemDetails> Items);

/// <summary>Someone a work item can be reassigned to.</summary>
public sealed record AssignableStaff(string Id, string Name, IReadOnlyList<string> Roles);

/// <summary>The Work tab: the open items first, then every item grouped by stage in playbook order.</summary>
public sealed record OnboardingWork(IReadOnlyList<WorkItemDetails> Open, IReadOnlyList<StageWork> Stages, IReadOnlyList<AssignableStaff> Staff);
