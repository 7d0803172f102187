using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.People;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Onboardings.Gates;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Onboardings.Work;

/// <summary>A work item completed, and the gated items that completed by themselves after it.</summary>
public sealed record CompletedWork(string Title, IReadOnlyList<string> AlsoCompleted);

/// <summary>
/// What a person does to an onboarding's work items: complete (through the engine, then the gates that became met
/// advance), tick checklist lines, reassign, comment. Each change is audited on the onboarding.
/// </summary>
public sealed class WorkItemActions(IDbContextFactory<OnboardingDbContext> databases, WorkflowRuntime runtime, GateAdvancer gates, TimeProvider clock)
{
    public const int MaxCommentLength = 4000;

    public const string Ticked = "Checklist line ticked";
    public const string Unticked = "Checklist line unticked";
    public const string Reassigned = "Work item reassigned";

    /// <summary>The audit actions this service writes: the timeline lists them as work item events.</summary>
    public static IReadOnlyList<string> AuditActions { get; } = [Ticked, Unticked, Reassigned];

    /// <summary>
    /// Completes the item through the engine (its gate, if any, is checked there) and then advances the onboarding's
    /// gates: the next item may open with its gate already met.
    /// </summary>
    public async Task<CompletedWork> CompleteAsync(Guid workItemId, string by, CancellationToken ct = default)
    {
        Guid instanceId;
        string title;
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            var item = await db.WorkItems.AsNoTracking().Where(w => w.Id == workItemId).Select(w => new { w.InstanceId, w.Title }).SingleOrDefaultAsync(ct)
                       ?? throw new NotFoundException("The work item");
            (instanceId, title) = (item.InstanceId, item.Title);
        }
        await runtime.CompleteWorkItemAsync(workItemId, by, ct: ct);
        await using var read = await databases.CreateDbContextAsync(ct);
        if (await GateEvidenceReader.OnboardingOfAsync(read, instanceId, ct) is not { } onboardingId) return new CompletedWork(title, []);
        return new CompletedWork(title, await gates.AdvanceAsync(onboardingId, by, ct));
    }

    /// <summary>Ticks or unticks one checklist line of an open item.</summary>
    public async Task SetChecklistLineAsync(Guid workItemId, int index, bool done, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var (item, onboardingId) = await OpenItemAsync(db, workItemId, "tick its checklist", ct);
        var lines = ChecklistLine.Read(item.ChecklistJson);
        if (index < 0 || index >= lines.Count) throw new DomainException($"'{item.Title}' has no checklist line {index + 1}. Reload the page: the checklist may have changed.");
        if (lines[index].Done == done) return;
        lines[index] = lines[index] with { Done = done };
        item.ChecklistJson = ChecklistLine.Write(lines);
        Audit(db, onboardingId, by, done ? Ticked : Unticked, $"{item.Title}: {lines[index].Text}");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Assigns the open item to a staff member, or back to its role when <paramref name="assigneeId"/> is null.</summary>
    public async Task ReassignAsync(Guid workItemId, string? assigneeId, string by, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var (item, onboardingId) = await OpenItemAsync(db, workItemId, "reassign it", ct);
        if (item.AssigneeId == assigneeId) return;
        if (assigneeId is null && item.Role is null)
            throw new DomainException($"'{item.Title}' has no role to go back to. Choose a person instead.");
        var staff = await OnboardingStaff.FactsAsync(db, [item.AssigneeId, assigneeId], ct);
        if (assigneeId is not null)
        {
            if (!staff.TryGetValue(assigneeId, out var person) || person.Roles.Count == 0)
                throw new DomainException("The new assignee is not a staff user. Choose someone from the list.");
            if (person.IsDisabled) throw new DomainException($"{person.Label} is disabled and cannot take work. Choose someone else.");
        }
        string Name(string? id) => id is null ? item.Role is { } role ? $"any {Roles.DisplayName(role).ToLowerInvariant()}" : "nobody"
            : staff.TryGetValue(id, out var facts) ? facts.Label : id;
        Audit(db, onboardingId, by, Reassigned, $"{item.Title}: {Name(item.AssigneeId)} → {Name(assigneeId)}");
        item.AssigneeId = assigneeId;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds a comment to a work item, open or closed (what happened is still worth a note).</summary>
    public async Task<WorkItemComment> CommentAsync(Guid workItemId, string text, string authorId, CancellationToken ct = default)
    {
        text = text.Trim();
        if (text.Length == 0) throw new DomainException("Write something before posting the comment.");
        if (text.Length > MaxCommentLength) throw new DomainException($"A comment is at most {MaxCommentLength} characters; this one has {text.Length}. Shorten it or split it in two.");
        await using var db = await databases.CreateDbContextAsync(ct);
        var instanceId = await db.WorkItems.Where(w => w.Id == workItemId).Select(w => (Guid?)w.InstanceId).SingleOrDefaultAsync(ct) ?? throw new NotFoundException("The work item");
        var onboardingId = await GateEvidenceReader.OnboardingOfAsync(db, instanceId, ct) ?? throw new NotFoundException("The work item's onboarding");
        var authorName = await db.Users.Where(u => u.Id == authorId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct)
                         ?? throw new DomainException("Only staff users can comment. Sign in again and retry.");
        var comment = new WorkItemComment
        {
            OnboardingId = onboardingId,
            WorkItemId = workItemId,
            AuthorId = authorId,
            AuthorName = authorName,
            Text = text,
            AtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.WorkItemComments.Add(comment);
        await db.SaveChangesAsync(ct);
        return comment;
    }

    private static async Task<(WorkItem Item, Guid OnboardingId)> OpenItemAsync(OnboardingDbContext db, Guid workItemId, string what, CancellationToken ct)
    {
        var item = await db.WorkItems.SingleOrDefaultAsync(w => w.Id == workItemId, ct) ?? throw new NotFoundException("The work item");
        if (item.Status != WorkItemStatus.Open)
            throw new DomainException($"'{item.Title}' is already {item.Status.ToString().ToLowerInvariant()}{(item.ClosedBy is { } closedBy ? $" ({closedBy})" : "")}, so you can no longer {what}.");
        var onboardingId = await GateEvidenceReader.OnboardingOfAsync(db, item.InstanceId, ct) ?? throw new NotFoundException("The work item's onboarding");
        return (item, onboardingId);
    }

    private void Audit(OnboardingDbContext db, Guid onboardingId, string by, string action, string details) =>
        db.AuditEntries.Add(AuditEntry.OfOnboarding(onboardingId, by, clock.GetUtcNow().UtcDateTime, action, details));
}
