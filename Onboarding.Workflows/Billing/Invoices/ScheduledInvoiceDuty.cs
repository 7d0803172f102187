using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Calendar;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Workflows.Billing.Invoices;

/// <summary>
/// Issues the schedule's drafts when they fall due: a retainer month on its day (the firm's today), a milestone once the
/// onboarding's workflow has reached its stage, judged by the stage stepper's own rule (<see cref="StageProgress"/>): the
/// stage is current or done. A cancelled workflow's milestones are never issued. Idempotent: a draft issued meanwhile
/// (by finance or another pass) is refused by the issuer and skipped.
/// </summary>
public sealed class ScheduledInvoiceDuty(IDbContextFactory<OnboardingDbContext> databases, DraftIssuing issuing, FirmClock firm, ILogger<ScheduledInvoiceDuty> log) : IBillingDuty
{
    public string Name => "Scheduled invoices";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var done = 0;
        foreach (var id in await DueAsync(ct))
        {
            try
            {
                await issuing.IssueScheduledAsync(id, ct);
                done++;
            }
            catch (DomainException e)
            {
                log.LogWarning("Billing: scheduled invoice {InvoiceId} was not issued: {Reason}", id, e.Message);
            }
        }
        return done;
    }

    /// <summary>The drafts due now: retainer months whose day has come, milestones whose stage the workflow reached.</summary>
    public async Task<IReadOnlyList<Guid>> DueAsync(CancellationToken ct)
    {
        var today = firm.Today();
        await using var db = await databases.CreateDbContextAsync(ct);
        var due = await db.Invoices.AsNoTracking().Where(i => i.Status == InvoiceStatus.Draft && i.ScheduledOn != null && i.ScheduledOn <= today)
            .OrderBy(i => i.ScheduledOn).Select(i => i.Id).ToListAsync(ct);
        var milestones = await db.Invoices.AsNoTracking().Where(i => i.Status == InvoiceStatus.Draft && i.MilestoneStage != null)
            .Select(i => new { i.Id, i.OnboardingId, i.MilestoneStage, i.ScheduleKey }).ToListAsync(ct);
        var onboardingIds = milestones.Select(m => m.OnboardingId).Distinct().ToList();
        var workflows = await db.Onboardings.AsNoTracking().Where(o => onboardingIds.Contains(o.Id))
            .Select(o => new { o.Id, o.WorkflowInstance!.Status, o.WorkflowInstance.CurrentStages, o.PlaybookVersion!.StagesJson }).ToListAsync(ct);
        foreach (var workflow in workflows)
        {
            if (workflow.Status is not (nameof(InstanceStatus.Running) or nameof(InstanceStatus.Completed))) continue;
            var reached = Reached(PlaybookCatalog.Stages(new PlaybookVersion { StagesJson = workflow.StagesJson }), workflow.CurrentStages,
                workflow.Status == nameof(InstanceStatus.Completed));
            due.AddRange(milestones.Where(m => m.OnboardingId == workflow.Id && reached.Contains(m.MilestoneStage!)).OrderBy(m => m.ScheduleKey).Select(m => m.Id));
        }
        return due;
    }

    /// <summary>The stages the workflow has reached: the stepper's done and current ones, from the instance's current stages.</summary>
    public static IReadOnlySet<string> Reached(IReadOnlyList<PlaybookStage> stages, string currentStages, bool finished)
    {
        var waits = currentStages.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(s => new StageWait(s, WaitKind.Engine, s)).ToList();
        return StageProgress.Of(stages, waits, finished, new Dictionary<string, DateTime>())
            .Where(s => s.State != StageState.Upcoming).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
    }
}
