using Onboarding.Workflows.Calendar;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Model;
using Onboarding.Workflows.Onboardings.Gates;
using Onboarding.Workflows.Runtime;
using Onboarding.Workflows.Timers;

namespace Onboarding.Workflows.Scope.CheckIns;

/// <summary>Reads the check-ins section: the approved scope and its burn, the history, and when the playbook asks for the next one.</summary>
public sealed class ScopeCheckInQueries(IDbContextFactory<OnboardingDbContext> databases, ProcessModelCache models, TimeProvider clock, WorkflowOptions options, FirmClock firm)
{
    public async Task<CheckInOverview> OverviewAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var onboarding = await db.Onboardings.AsNoTracking().Where(o => o.Id == onboardingId)
            .Select(o => new { o.StartDate, o.WorkflowInstanceId }).SingleOrDefaultAsync(ct) ?? throw new NotFoundException("The onboarding");
        var scope = await ApprovedScope.ReadAsync(db, onboardingId, ct);
        var history = (await ScopeCheckIns.Newest(db, onboardingId).AsNoTracking().ToListAsync(ct))
            .Select(c => new CheckInEntry(c.Id, c.HeldOn, c.Health, c.Notes, c.RecordedBy, c.RecordedAtUtc, c.StatementOfWorkId, c.ReadDelivered(), CheckInDrafts.Fingerprint(c)))
            .ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var standings = await CheckInLedger.ReadAsync(db, onboardingId, onboarding.WorkflowInstanceId, ct);
        var schedule = await ScheduleAsync(db, onboarding.WorkflowInstanceId, standings, now, ct);
        return new CheckInOverview(onboardingId, scope, history, schedule, firm.DayOf(now), onboarding.StartDate);
    }

    /// <summary>
    /// The playbook's check-in cadence: a timer boundary event whose flow opens a task gated with <c>scope-check-in</c>
    /// (the default playbook's "Every 5 business days" on "Close the onboarding against the scope"). Its armed timer row
    /// says when the next check-in opens.
    /// </summary>
    private async Task<CheckInSchedule> ScheduleAsync(OnboardingDbContext db, Guid instanceId, IReadOnlyList<CheckInDueStanding> standings, DateTime now, CancellationToken ct)
    {
        var versionId = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == instanceId).Select(i => i.PlaybookVersionId).SingleAsync(ct);
        var model = await models.GetAsync(versionId, ct);
        var timer = CadenceTimer(model);
        if (timer is null) return new CheckInSchedule(null, null, CadenceState.NotInPlaybook, null, standings, now, options.TimeZone);

        var cadence = timer.Timer is { } definition && TimerExpression.TryParse(definition, out var expression, out _) ? Cadence(expression!) : null;
        var runsWhile = timer.AttachedToId is { } host && model.Nodes.TryGetValue(host, out var step) ? step.Label : null;
        var next = await db.WorkflowTimers.AsNoTracking().Where(t => t.InstanceId == instanceId && t.NodeId == timer.Id)
            .OrderBy(t => t.DueAtUtc).Select(t => (DateTime?)t.DueAtUtc).FirstOrDefaultAsync(ct);
        var hostDone = timer.AttachedToId is { } hostId && await db.WorkItems.AnyAsync(w => w.InstanceId == instanceId && w.NodeId == hostId && w.Status != WorkItemStatus.Open, ct);
        var state = next is not null ? CadenceState.Running : hostDone || standings.Count > 0 ? CadenceState.Ended : CadenceState.NotStarted;
        return new CheckInSchedule(cadence, runsWhile, state, next, standings, now, options.TimeZone);
    }

    internal static FlowNode? CadenceTimer(ProcessModel model)
    {
        var key = GateDefinitions.ScopeCheckIn.Key;
        var checkInTasks = model.NodesInDocumentOrder
            .Where(n => n.Kind == NodeKind.UserTask && GateDefinitions.Parse(n.Gate, out _).Any(g => g.Key == key)).Select(n => n.Id).ToHashSet();
        return model.NodesInDocumentOrder.FirstOrDefault(n => n is { Kind: NodeKind.BoundaryEvent, Boundary: BoundaryKind.Timer }
            && n.Outgoing.Any(f => model.Flows.TryGetValue(f, out var flow) && checkInTasks.Contains(flow.TargetId)));
    }

    /// <summary>"Every 5 business days" (a cycle repeating until the step is done), "Every 2 business days, 3 times", "After 5 business days".</summary>
    internal static string Cadence(TimerExpression expression)
    {
        var text = expression.Describe().Replace(", until the step is done", "", StringComparison.Ordinal);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }
}
