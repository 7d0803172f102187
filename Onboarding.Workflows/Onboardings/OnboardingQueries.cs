using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.Playbooks;
using Onboarding.Domain.People;
using Onboarding.Workflows.Billing.Payments;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;
using Onboarding.Workflows.Monitoring;
using Onboarding.Workflows.Playbooks;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Onboardings;

/// <summary>Read side of onboardings: a client's active one, and one onboarding in full for its page.</summary>
public sealed class OnboardingQueries(IDbContextFactory<OnboardingDbContext> databases, WorkflowMonitor monitor, ProcessModelCache models)
{
    /// <summary>The client's onboarding whose workflow still runs, if any.</summary>
    public async Task<OnboardingSummary?> ActiveForClientAsync(int clientId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var row = await Rows(db.Onboardings.Where(o => o.ClientId == clientId && o.WorkflowInstance!.Status == nameof(InstanceStatus.Running))
            .OrderByDescending(o => o.StartedAtUtc), db).FirstOrDefaultAsync(ct);
        return row is null ? null : ToSummary(row);
    }

    public async Task<OnboardingView?> GetAsync(Guid id, CancellationToken ct = default)
    {
        SummaryRow? row;
        List<TeamMemberView> team;
        List<PlaybookStage> stages;
        Dictionary<string, string> names;
        List<MessageSubscription> subscriptions;
        DepositDue? deposit = null;
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            row = await Rows(db.Onboardings.Where(o => o.Id == id), db).SingleOrDefaultAsync(ct);
            if (row is null) return null;
            var version = await db.PlaybookVersions.AsNoTracking().SingleAsync(v => v.Id == row.VersionId, ct);
            stages = [.. PlaybookCatalog.Stages(version)];
            team = await db.OnboardingTeamMembers.AsNoTracking().Where(m => m.OnboardingId == id).OrderBy(m => m.Id)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new TeamMemberView(u.DisplayName, m.Role)).ToListAsync(ct);
            // Assignees may be anyone on the staff, which is a short list: one query instead of one per work item.
            names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
            subscriptions = await db.MessageSubscriptions.AsNoTracking().Where(m => m.InstanceId == row.InstanceId).ToListAsync(ct);
            if (subscriptions.Any(m => m.MessageName == Messages.KnownMessages.DepositPaid))
                deposit = (await DepositWait.ForAsync(db, db.Onboardings.Where(o => o.Id == id).Select(o => o.Id), ct)).GetValueOrDefault(id);
        }
        var instance = await monitor.GetAsync(row.InstanceId, ct) ?? throw new InvalidOperationException($"Onboarding {id} has no workflow instance.");
        var waits = Waits(instance, subscriptions, deposit, await models.GetAsync(row.VersionId, ct), names);
        var lastClosed = instance.WorkItems.Where(w => w.Stage is not null && w.ClosedAtUtc is not null)
            .GroupBy(w => w.Stage!).ToDictionary(g => g.Key, g => g.Max(w => w.ClosedAtUtc!.Value), StringComparer.Ordinal);
        var open = instance.WorkItems.Where(w => w.Status == WorkItemStatus.Open).OrderBy(w => w.DueAtUtc ?? DateTime.MaxValue)
            .Select(w => new OpenWorkItem(w.Id, w.Title, w.Stage, w.Role, w.AssigneeId is { } a ? names.GetValueOrDefault(a, "(unknown)") : null, w.DueAtUtc))
            .ToList();
        var steps = StageProgress.Of(stages, waits, row.Status != nameof(InstanceStatus.Running), lastClosed);
        return new OnboardingView(ToSummary(row), team.Select(m => m with { Role = Roles.DisplayName(m.Role) }).ToList(), steps, open);
    }

    /// <summary>What each active element waits for: a person, the client, a payment, a timer, or the engine.</summary>
    private static List<StageWait> Waits(
        InstanceDetails instance, IReadOnlyList<MessageSubscription> subscriptions, DepositDue? deposit, ProcessModel model, IReadOnlyDictionary<string, string> names)
    {
        var openItems = instance.WorkItems.Where(w => w.Status == WorkItemStatus.Open).ToDictionary(w => w.TokenId);
        var messages = subscriptions.ToDictionary(s => s.TokenId, s => s.MessageName);
        var timers = instance.Timers.ToLookup(t => t.NodeId, StringComparer.Ordinal);
        var waits = new List<StageWait>();
        // A subprocess only waits for its own elements, which are listed themselves.
        foreach (var element in instance.ActiveElements.Where(a => a.Kind != nameof(NodeKind.SubProcess)))
        {
            if (openItems.TryGetValue(element.TokenId, out var item))
                waits.Add(new StageWait(element.Stage, WaitKind.WorkItem, item.Title, AssigneeOrRole(item, names)));
            else if (messages.TryGetValue(element.TokenId, out var message))
                waits.Add(MessageWait(element.Stage, message, element.Label, deposit));
            else if (timers[element.NodeId].FirstOrDefault() is { } timer)
                waits.Add(new StageWait(element.Stage, WaitKind.Timer, element.Label, AtUtc: timer.DueAtUtc));
            else
                waits.Add(new StageWait(element.Stage, WaitKind.Engine, element.Label, element.Waiting));
        }
        // Timers on a boundary (reminders while the client has the questionnaire) have no token of their own.
        var tokenNodes = instance.ActiveElements.Select(a => a.NodeId).ToHashSet(StringComparer.Ordinal);
        foreach (var timer in instance.Timers.Where(t => !tokenNodes.Contains(t.NodeId) && model.Nodes.ContainsKey(t.NodeId)))
        {
            var node = model.Node(timer.NodeId);
            waits.Add(new StageWait(node.Stage, WaitKind.Timer, node.Label, AtUtc: timer.DueAtUtc));
        }
        return waits;
    }

    /// <summary>A payment wait in a sentence (the deposit with what is due, as <see cref="DepositWait"/> words it); the client's move by its label.</summary>
    private static StageWait MessageWait(string? stage, string message, string label, DepositDue? deposit) =>
        message == Messages.KnownMessages.DepositPaid ? new StageWait(stage, WaitKind.Payment, DepositWait.Text(deposit))
        : StageWait.IsPayment(message) ? new StageWait(stage, WaitKind.Payment, $"Waits for a payment: {label}")
        : new StageWait(stage, WaitKind.Client, label);

    /// <summary>The assignee's name, or "any account manager" while it waits for whoever of the role takes it.</summary>
    public static string? AssigneeOrRole(WorkItem item, IReadOnlyDictionary<string, string> names) =>
        item.AssigneeId is { } id ? names.GetValueOrDefault(id, "(unknown)") : item.Role is { } role ? $"any {Roles.DisplayName(role).ToLowerInvariant()}" : null;

    private static IQueryable<SummaryRow> Rows(IQueryable<ClientOnboarding> onboardings, OnboardingDbContext db) => onboardings.AsNoTracking().Select(o => new SummaryRow(
        o.Id, o.ClientId, o.Client!.CompanyName, o.PlaybookVersion!.Playbook!.Name, o.PlaybookVersion.Number, o.PlaybookVersionId, o.StartDate,
        db.Users.Where(u => u.Id == o.AccountManagerId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
        o.StartedAtUtc, o.StartedBy, o.WorkflowInstanceId, o.WorkflowInstance!.Status, o.WorkflowInstance.CurrentStages));

    private static OnboardingSummary ToSummary(SummaryRow r) => new(
        r.Id, r.ClientId, r.ClientName, r.PlaybookName, r.VersionNumber, r.StartDate, r.AccountManager, r.StartedAtUtc, r.StartedBy,
        r.InstanceId, r.Status, r.CurrentStages.Split('|', StringSplitOptions.RemoveEmptyEntries));

    private sealed record SummaryRow(
        Guid Id, int ClientId, string ClientName, string PlaybookName, int VersionNumber, Guid VersionId, DateOnly StartDate, string AccountManager,
        DateTime StartedAtUtc, string StartedBy, Guid InstanceId, string Status, string CurrentStages);
}
