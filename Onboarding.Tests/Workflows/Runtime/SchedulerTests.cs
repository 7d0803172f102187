using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Playbooks;
using Onboarding.Tests.Support;
using Onboarding.Workflows.Automations;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Tests.Workflows.Runtime;

public sealed class SchedulerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_timer_does_not_fire_before_it_is_due_and_fires_once_after()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new WorkflowHost(database);
        await host.PublishAsync("timer", Processes.TimerThenTask);
        var id = await host.StartAsync("timer", "onb-t");

        database.Clock.Advance(TimeSpan.FromMinutes(59));
        (await host.Scheduler.RunDueAsync(Ct)).TimersFired.ShouldBe(0);
        (await host.OpenWorkItemsAsync(id)).ShouldBeEmpty();

        database.Clock.Advance(TimeSpan.FromMinutes(1));
        (await host.Scheduler.RunDueAsync(Ct)).TimersFired.ShouldBe(1);
        (await host.Scheduler.RunDueAsync(Ct)).TimersFired.ShouldBe(0);
        (await host.OpenWorkItemsAsync(id)).Single().Title.ShouldBe("After the timer");
        (await host.QueryAsync(db => db.WorkflowTimers.CountAsync(Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task Two_app_instances_on_one_database_fire_every_due_timer_exactly_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var first = new WorkflowHost(database);
        await using var second = new WorkflowHost(database);
        await first.PublishAsync("timer", Processes.TimerThenTask);
        const int count = 120;
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++) ids.Add(await first.StartAsync("timer", $"onb-{i}"));
        database.Clock.Advance(TimeSpan.FromHours(2));

        var passes = await Task.WhenAll(Task.Run(() => first.Scheduler.RunDueAsync(Ct), Ct), Task.Run(() => second.Scheduler.RunDueAsync(Ct), Ct));

        passes.Sum(p => p.TimersFired).ShouldBe(count);
        var fired = await first.QueryAsync(db => db.JournalEntries.Where(j => j.Kind == "TimerFired").GroupBy(j => j.InstanceId).Select(g => g.Count()).ToListAsync(Ct));
        fired.Count.ShouldBe(count);
        fired.ShouldAllBe(n => n == 1);
        var openItems = await first.QueryAsync(db => db.WorkItems.CountAsync(w => w.Status == WorkItemStatus.Open, Ct));
        openItems.ShouldBe(count);
        (await first.QueryAsync(db => db.WorkflowTimers.CountAsync(Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task A_failing_automation_is_retried_with_back_off_then_raises_an_incident_that_can_be_retried()
    {
        await using var database = await TestDatabase.CreateAsync();
        var folder = new FolderAutomation { FailuresLeft = 10 };
        await using var host = new WorkflowHost(database, folder);
        await host.PublishAsync("auto", Processes.Automated(folder.Name));
        var id = await host.StartAsync("auto", "onb-a");

        await host.Scheduler.RunDueAsync(Ct);
        folder.Calls.ShouldBe(1);
        database.Clock.Advance(TimeSpan.FromSeconds(59));
        await host.Scheduler.RunDueAsync(Ct);
        folder.Calls.ShouldBe(1); // back-off: one minute before the second attempt
        database.Clock.Advance(TimeSpan.FromSeconds(1));
        await host.Scheduler.RunDueAsync(Ct);
        folder.Calls.ShouldBe(2);
        database.Clock.Advance(TimeSpan.FromMinutes(2)); // then two minutes
        await host.Scheduler.RunDueAsync(Ct);
        folder.Calls.ShouldBe(3);

        var incident = await host.QueryAsync(db => db.WorkflowIncidents.SingleAsync(Ct));
        incident.Status.ShouldBe(IncidentStatus.Open);
        incident.NodeId.ShouldBe("auto");
        incident.Message.ShouldContain("The file server is down");
        (await host.InstanceAsync(id)).HasIncident.ShouldBeTrue();

        folder.FailuresLeft = 0;
        await host.Runtime.RetryIncidentAsync(incident.Id, "ops@test", Ct);
        await host.Scheduler.RunDueAsync(Ct);
        (await host.OpenWorkItemsAsync(id)).Single().Title.ShouldBe("Check the folder");
        (await host.InstanceAsync(id)).HasIncident.ShouldBeFalse();
        var resolved = await host.QueryAsync(db => db.WorkflowIncidents.SingleAsync(Ct));
        resolved.Status.ShouldBe(IncidentStatus.Resolved);
        resolved.ResolvedBy.ShouldBe("ops@test");
        (await host.QueryAsync(db => db.AutomationJobs.CountAsync(Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task A_business_error_from_an_automation_takes_the_error_boundary_without_retries()
    {
        await using var database = await TestDatabase.CreateAsync();
        var folder = new FolderAutomation { Reject = true };
        await using var host = new WorkflowHost(database, folder);
        await host.PublishAsync("auto", Processes.Automated(folder.Name));
        var id = await host.StartAsync("auto", "onb-e");

        await host.Scheduler.RunDueAsync(Ct);

        folder.Calls.ShouldBe(1);
        (await host.OpenWorkItemsAsync(id)).Single().Title.ShouldBe("Handle the rejection");
    }

    [Fact]
    public async Task Automation_output_becomes_variables()
    {
        await using var database = await TestDatabase.CreateAsync();
        var folder = new FolderAutomation();
        await using var host = new WorkflowHost(database, folder);
        await host.PublishAsync("auto", Processes.Automated(folder.Name));
        var id = await host.StartAsync("auto", "onb-o");

        await host.Scheduler.RunDueAsync(Ct);

        (await host.InstanceAsync(id)).StateJson.ShouldContain("\"folderUrl\":\"https://files.example/onb-o\"");
    }

    private sealed class FolderAutomation : IAutomation
    {
        public int FailuresLeft { get; set; }
        public bool Reject { get; init; }
        public int Calls { get; private set; }
        public string Name => "test.create-folder";
        public string Description => "Creates the client's folder (test double of an external system).";
        public IReadOnlyList<AutomationParameter> Parameters => [];

        public Task<JsonObject?> RunAsync(AutomationContext context, CancellationToken cancellationToken)
        {
            Calls++;
            if (Reject) throw new AutomationError("rejected", "The client's name is not allowed.");
            if (FailuresLeft-- > 0) throw new IOException("The file server is down.");
            return Task.FromResult<JsonObject?>(new JsonObject { ["folderUrl"] = $"https://files.example/{context.CorrelationKey}" });
        }
    }
}
