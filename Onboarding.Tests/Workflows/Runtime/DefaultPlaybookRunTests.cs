using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Playbooks;
using Onboarding.Tests.Support;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Workflows.Runtime;

/// <summary>The shipped playbook through the real runtime, database and scheduler, on the fake clock.</summary>
public sealed class DefaultPlaybookRunTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Runs_end_to_end_the_deposit_gate_holds_and_reminders_come_on_business_days_3_and_7()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new WorkflowHost(database);
        await host.Get<PlaybookSeeder>().SeedAsync(Ct);
        // Monday 30 Nov 2026, 09:00 UTC.
        database.Clock.Advance(TimeSpan.FromDays(6));
        var id = await host.StartAsync(DefaultPlaybook.Key, "onb-acme");

        await CompleteStageAsync(host, id, "Contract & payment");
        (await host.OpenWorkItemsAsync(id)).ShouldBeEmpty("nothing starts before the deposit is paid");
        (await host.InstanceAsync(id)).CurrentStages.ShouldBe("Contract & payment");

        await host.Runtime.DeliverMessageAsync(KnownMessages.DepositPaid, "onb-acme", null, "finance@test", Ct);
        await CompleteStageAsync(host, id, "Internal kickoff");
        await host.CompleteAsync(id, "Send welcome email with questionnaire");
        var sentAt = database.Clock.GetUtcNow().UtcDateTime; // Monday

        database.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(23)); // Thursday 08:00: not yet 3 business days
        await host.Scheduler.RunDueAsync(Ct);
        (await RemindersRunAsync(host, id)).ShouldBe(0);
        database.Clock.Advance(TimeSpan.FromHours(1)); // Thursday 09:00 = 3 business days
        await host.Scheduler.RunDueAsync(Ct);
        (await RemindersRunAsync(host, id)).ShouldBe(1, "the reminder is an automation now: it e-mails the client, no one has to");
        (await host.OpenWorkItemsAsync(id)).ShouldBeEmpty();

        database.Clock.Advance(sentAt.AddDays(9) - database.Clock.GetUtcNow().UtcDateTime); // Wednesday next week = 7 business days
        await host.Scheduler.RunDueAsync(Ct);
        (await RemindersRunAsync(host, id)).ShouldBe(2);
        (await host.OpenWorkItemsAsync(id)).ShouldBeEmpty();

        await host.Runtime.DeliverMessageAsync(KnownMessages.QuestionnaireSubmitted, "onb-acme", null, "client", Ct);
        (await host.QueryAsync(db => db.WorkflowTimers.CountAsync(Ct))).ShouldBe(0, "the day-10 alert stops when the answers arrive");
        (await host.InstanceAsync(id)).CurrentStages.ShouldBe("Tech setup|Reporting");

        await CompleteStageAsync(host, id, "Tech setup", "Reporting");
        await CompleteStageAsync(host, id, "Client kickoff");
        await host.CompleteAsync(id, "Write the statement of work");
        await host.Runtime.DeliverMessageAsync(KnownMessages.ScopeApproved, "onb-acme", null, "client", Ct);
        await host.CompleteAsync(id, "Confirm scope with the client");
        await host.CompleteAsync(id, "Close the onboarding against the scope");

        var instance = await host.InstanceAsync(id);
        instance.Status.ShouldBe("Completed");
        var titles = await host.QueryAsync(db => db.WorkItems.Where(w => w.InstanceId == id && w.Title.StartsWith("Questionnaire overdue")).CountAsync(Ct));
        titles.ShouldBe(0);
    }

    /// <summary>How many times the reminder automations ran to completion on this instance.</summary>
    private static Task<int> RemindersRunAsync(WorkflowHost host, Guid id) =>
        host.QueryAsync(db => db.JournalEntries.CountAsync(j => j.InstanceId == id && j.Kind == "AutomationSucceeded" && j.NodeId!.StartsWith("Task_RemindQuestionnaire"), Ct));

    /// <summary>Completes open work items of these stages until none is left in them.</summary>
    private static async Task CompleteStageAsync(WorkflowHost host, Guid id, params string[] stages)
    {
        for (var guard = 0; guard < 50; guard++)
        {
            var open = (await host.OpenWorkItemsAsync(id)).FirstOrDefault(w => stages.Contains(w.Stage));
            if (open is null) return;
            await host.Runtime.CompleteWorkItemAsync(open.Id, "am@test", null, Ct);
        }
        throw new InvalidOperationException($"Stages {string.Join(", ", stages)} did not finish.");
    }
}
