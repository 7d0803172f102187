using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.People;
using Onboarding.Domain.Playbooks;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Benchmarks;

/// <summary>
/// Active onboardings for the board's benchmark, inserted as rows of the real schema (the engine would take minutes to run
/// 2,000 onboardings to their stages): each onboarding's instance stands in one of the default playbook's stages, with four
/// closed work items per stage behind it and one to three open ones (due from three days ago to a week ahead) in its stage,
/// or, for some, a wait for the client (questionnaire, SOW approval, with the questionnaire's reminder timers) or a payment.
/// </summary>
internal static class BoardRows
{
    public const int AccountManagers = 8;
    public const int ItemsPerClosedStage = 4;

    public static async Task<IReadOnlyList<string>> AddStaffAsync(OnboardingDbContext db, DateTime at)
    {
        var users = Enumerable.Range(0, AccountManagers + 4).Select(i => new AppUser
        {
            Id = $"bench-user-{i:D2}",
            UserName = $"staff{i}@bench.local",
            NormalizedUserName = $"STAFF{i}@BENCH.LOCAL",
            Email = $"staff{i}@bench.local",
            NormalizedEmail = $"STAFF{i}@BENCH.LOCAL",
            DisplayName = $"Staff Member {i:D2}",
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString("N"),
            CreatedAtUtc = at,
        }).ToList();
        db.Users.AddRange(users);
        await db.SaveChangesAsync();
        return [.. users.Select(u => u.Id)];
    }

    public static async Task AddOnboardingsAsync(OnboardingDbContext db, IReadOnlyList<int> clientIds, Guid versionId, IReadOnlyList<string> staff, DateTime now)
    {
        var stages = DefaultPlaybook.Stages.Select(s => s.Name).ToList();
        for (var i = 0; i < clientIds.Count; i++)
        {
            var stage = i % stages.Count;
            var started = now.AddDays(-(stage * 6 + i % 11));
            var entered = now.AddDays(-(i % 19)).AddHours(-(i % 7));
            var id = Guid.NewGuid();
            var instance = new WorkflowInstance
            {
                Id = Guid.NewGuid(), PlaybookVersionId = versionId, CorrelationKey = id.ToString(), Title = $"Onboarding {i}",
                Status = "Running", CurrentStages = stages[stage], StageEnteredAtUtc = entered, StateJson = "{}",
                StartedAtUtc = started, StartedBy = "bench", UpdatedAtUtc = entered, ConcurrencyToken = Guid.NewGuid(),
            };
            var am = staff[i % AccountManagers];
            db.WorkflowInstances.Add(instance);
            db.Onboardings.Add(new ClientOnboarding
            {
                Id = id, ClientId = clientIds[i], ActiveForClientId = clientIds[i], WorkflowInstanceId = instance.Id, PlaybookVersionId = versionId,
                StartDate = DateOnly.FromDateTime(started), AccountManagerId = am, StartedAtUtc = started, StartedBy = "bench",
                Team =
                [
                    new OnboardingTeamMember { UserId = staff[AccountManagers + i % 2], Role = Roles.OpsLead },
                    new OnboardingTeamMember { UserId = staff[AccountManagers + 2 + i % 2], Role = Roles.Finance },
                ],
            });
            for (var s = 0; s < stage; s++)
            {
                for (var k = 0; k < ItemsPerClosedStage; k++)
                {
                    db.WorkItems.Add(Item(instance.Id, $"{stages[s]} step {k + 1}", stages[s], am, started.AddDays(s * 6 + k), WorkItemStatus.Completed));
                }
            }
            var waitsForSomeoneElse = (stages[stage], i % 3) switch
            {
                ("Contract & payment", 0) => "DepositPaid",
                ("Questionnaire", 0) or ("Questionnaire", 1) => "QuestionnaireSubmitted",
                ("Scope guard", 0) => "ScopeApproved",
                _ => null,
            };
            if (waitsForSomeoneElse is { } message)
            {
                db.MessageSubscriptions.Add(new MessageSubscription
                {
                    Id = Guid.NewGuid(), InstanceId = instance.Id, TokenId = 1, NodeId = $"Catch_{message}", MessageName = message,
                    CorrelationKey = id.ToString(), CreatedAtUtc = entered,
                });
                if (message == "QuestionnaireSubmitted")
                {
                    foreach (var days in new[] { 3, 7, 10 })
                    {
                        db.WorkflowTimers.Add(new WorkflowTimer
                        {
                            Id = Guid.NewGuid(), InstanceId = instance.Id, TimerKey = $"reminder-{days}", NodeId = $"Timer_Reminder{days}",
                            Purpose = "Boundary", DueAtUtc = entered.AddDays(days + days / 5 * 2),
                        });
                    }
                }
                continue;
            }
            for (var k = 0; k < 1 + i % 3; k++)
            {
                var item = Item(instance.Id, $"{stages[stage]} step {k + 1}", stages[stage], k == 0 ? am : null, entered, WorkItemStatus.Open);
                item.Role = k == 0 ? Roles.AccountManager : Roles.OpsLead;
                item.DueAtUtc = now.AddHours((i * 7 + k * 13) % 216 - 72);
                db.WorkItems.Add(item);
            }
            if (i % 250 == 249) await SaveAsync(db);
        }
        await SaveAsync(db);
    }

    private static async Task SaveAsync(OnboardingDbContext db)
    {
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    private static WorkItem Item(Guid instanceId, string title, string stage, string? assignee, DateTime opened, WorkItemStatus status) => new()
    {
        Id = Guid.NewGuid(), InstanceId = instanceId, TokenId = 1, NodeId = "Task_" + title.Replace(' ', '_'), Title = title, Stage = stage,
        Role = Roles.AccountManager, AssigneeId = assignee, DueAtUtc = opened.AddDays(2), Status = status, OpenedAtUtc = opened,
        ClosedAtUtc = status == WorkItemStatus.Open ? null : opened.AddDays(1),
        ClosedBy = status == WorkItemStatus.Open ? null : "Staff Member 00",
        ChecklistJson = """[{"text":"Checked","done":true},{"text":"Filed","done":false}]""",
    };
}
