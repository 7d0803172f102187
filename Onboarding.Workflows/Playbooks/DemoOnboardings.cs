using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Workflows.Playbooks;

/// <summary>
/// Development demo data: the default playbook running for a few demo clients at different points
/// (just started, waiting for the deposit, in the questionnaire...), so screens show real work.
/// Runs only when no workflow instance exists yet.
/// </summary>
public sealed class DemoOnboardings(IDbContextFactory<OnboardingDbContext> databases, WorkflowRuntime runtime)
{
    /// <summary>How many work items to complete for each demo client, in client-name order.</summary>
    private static readonly int[] Progress = [0, 4, 7, 9, 2];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        List<(int Id, string Name)> clients;
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            if (await db.WorkflowInstances.AnyAsync(ct)) return;
            clients = (await db.Clients.Where(c => c.ArchivedAtUtc == null).OrderBy(c => c.CompanyName).Take(Progress.Length)
                .Select(c => new { c.Id, c.CompanyName }).ToListAsync(ct)).Select(c => (c.Id, c.CompanyName)).ToList();
        }
        for (var i = 0; i < clients.Count; i++)
        {
            var (id, name) = clients[i];
            var key = $"demo-client-{id}";
            var instance = await runtime.StartAsync(new StartWorkflow(DefaultPlaybook.Key, key, name, "am@demo.local"), ct);
            for (var done = 0; done < Progress[i]; done++)
            {
                Guid? next;
                await using (var db = await databases.CreateDbContextAsync(ct))
                {
                    next = await db.WorkItems.Where(w => w.InstanceId == instance && w.Status == WorkItemStatus.Open)
                        .OrderBy(w => w.OpenedAtUtc).Select(w => (Guid?)w.Id).FirstOrDefaultAsync(ct);
                }
                if (next is null)
                {
                    await runtime.DeliverMessageAsync(KnownMessages.DepositPaid, key, null, "finance@demo.local", ct);
                    continue;
                }
                await runtime.CompleteWorkItemAsync(next.Value, "am@demo.local", null, ct);
            }
        }
    }
}
