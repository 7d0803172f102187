using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.People;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Billing.Payments;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Playbooks;

/// <summary>
/// Development demo data: the default playbook running for a few demo clients at different points
/// (just started, waiting for the deposit, in the questionnaire...), so screens show real work. The deposit gate is passed
/// as finance passes it: terms, the deposit invoice issued, its payment recorded (<see cref="DemoDeposits"/>).
/// Runs only when no workflow instance exists yet.
/// </summary>
public sealed class DemoOnboardings(IDbContextFactory<OnboardingDbContext> databases, WorkflowRuntime runtime, OnboardingStarter starter, TimeProvider clock,
    Questionnaires.Sending.QuestionnaireSender questionnaires, DemoDeposits deposits)
{
    /// <summary>How many work items to complete for each demo client, in client-name order.</summary>
    private static readonly int[] Progress = [0, 4, 7, 9, 2];

    /// <summary>Each demo client's fixed fee (the deposit is 30% of it).</summary>
    private static readonly decimal[] ContractValues = [18_000m, 24_000m, 36_000m, 12_500m, 30_000m];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        List<int> clients;
        Guid playbookId;
        Dictionary<string, string> staff;
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            if (await db.WorkflowInstances.AnyAsync(ct)) return;
            clients = await db.Clients.Where(c => c.ArchivedAtUtc == null).OrderBy(c => c.CompanyName).Take(Progress.Length).Select(c => c.Id).ToListAsync(ct);
            playbookId = await db.Playbooks.Where(p => p.Key == DefaultPlaybook.Key).Select(p => p.Id).SingleAsync(ct);
            staff = await db.Users.Where(u => u.Email!.EndsWith("@demo.local")).ToDictionaryAsync(u => u.Email!, u => u.Id, ct);
        }
        if (!staff.TryGetValue("am@demo.local", out var accountManager)) return;
        List<TeamAssignment> team = [.. new[] { ("ops@demo.local", Roles.OpsLead), ("finance@demo.local", Roles.Finance) }
            .Where(m => staff.ContainsKey(m.Item1)).Select(m => new TeamAssignment(staff[m.Item1], m.Item2))];
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        for (var i = 0; i < clients.Count; i++)
        {
            // As a person would start it, so each demo client has its onboarding row and the page shows it.
            var onboarding = await starter.StartAsync(new StartOnboarding(clients[i], playbookId, today.AddDays(-2 * Progress[i]), accountManager, team), "am@demo.local", ct);
            var (key, instance) = (onboarding.Id.ToString(), onboarding.InstanceId);
            for (var done = 0; done < Progress[i]; done++)
            {
                Guid? next;
                string? nodeId;
                await using (var db = await databases.CreateDbContextAsync(ct))
                {
                    var open = await db.WorkItems.Where(w => w.InstanceId == instance && w.Status == WorkItemStatus.Open)
                        .OrderBy(w => w.OpenedAtUtc).Select(w => new { w.Id, w.NodeId }).FirstOrDefaultAsync(ct);
                    (next, nodeId) = (open?.Id, open?.NodeId);
                }
                if (next is null)
                {
                    // Nothing open: the workflow waits for the deposit. Without a finance user it is told directly.
                    if (staff.TryGetValue(DemoDeposits.By, out var finance)) await deposits.PayAsync(onboarding.Id, ContractValues[i], finance, ct);
                    else await runtime.DeliverMessageAsync(KnownMessages.DepositPaid, key, null, DemoDeposits.By, ct);
                    continue;
                }
                if (nodeId == "Task_SendWelcomeEmail")
                {
                    // Its gate wants the questionnaire sent: send it as the account manager would (the step then completes itself).
                    var to = (await questionnaires.RecipientsAsync(onboarding.Id, ct)).FirstOrDefault();
                    if (to is not null)
                    {
                        await questionnaires.SendAsync(onboarding.Id, to.ContactId, "am@demo.local", ct: ct);
                        continue;
                    }
                }
                await runtime.CompleteWorkItemAsync(next.Value, "am@demo.local", null, ct);
            }
            // The one left waiting for the deposit has it issued, unpaid.
            if (await FollowUpSteps.WorkflowWaitsForAsync(databases, onboarding.Id, KnownMessages.DepositPaid, ct)) await deposits.IssueAsync(onboarding.Id, ContractValues[i], ct);
        }
    }
}
