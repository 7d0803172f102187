using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Playbooks;
using Onboarding.Tests.Support;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Tests.Workflows.Runtime;

public sealed class WorkflowRuntimeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Work_items_open_with_role_stage_checklist_and_a_business_day_due_date_and_completing_them_runs_to_the_end()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new WorkflowHost(database);
        await host.PublishAsync("three", Processes.ThreeTasks);
        // The fake clock starts on Tuesday 24 Nov 2026 09:00 UTC; skip to Friday so the due date crosses a weekend.
        database.Clock.Advance(TimeSpan.FromDays(3));

        var id = await host.StartAsync("three", "onb-1", new JsonObject { ["budget"] = 8000, ["assignees"] = new JsonObject { ["AccountManager"] = "user-alex" } });

        var first = (await host.OpenWorkItemsAsync(id)).ShouldHaveSingleItem();
        first.Title.ShouldBe("Send contract");
        first.Role.ShouldBe("AccountManager");
        first.Stage.ShouldBe("Contract");
        first.AssigneeId.ShouldBe("user-alex");
        first.DueAtUtc.ShouldBe(new DateTime(2026, 12, 1, 9, 0, 0)); // Friday + 2 business days = Tuesday
        first.ChecklistJson.ShouldContain("Draft");
        (await host.InstanceAsync(id)).CurrentStages.ShouldBe("Contract");

        await host.CompleteAsync(id, "Send contract");
        (await host.OpenWorkItemsAsync(id)).Single().AssigneeId.ShouldBeNull(); // no one named for Finance: the role's queue
        await host.CompleteAsync(id, "Issue deposit invoice", "finance@test");
        (await host.InstanceAsync(id)).CurrentStages.ShouldBe("Kickoff");
        await host.CompleteAsync(id, "Assign the team", "ops@test");

        var instance = await host.InstanceAsync(id);
        instance.Status.ShouldBe("Completed");
        instance.EndedAtUtc.ShouldNotBeNull();
        (await host.OpenWorkItemsAsync(id)).ShouldBeEmpty();
        var completedBy = await host.QueryAsync(db => db.WorkItems.Where(w => w.InstanceId == id).OrderBy(w => w.OpenedAtUtc).Select(w => w.ClosedBy).ToListAsync(Ct));
        completedBy.ShouldBe(["am@test", "finance@test", "ops@test"]);
        var journal = await host.QueryAsync(db => db.JournalEntries.Where(j => j.InstanceId == id).Select(j => j.Kind).ToListAsync(Ct));
        journal.ShouldContain("Started");
        journal.ShouldContain("Completed");
    }

    [Fact]
    public async Task Two_people_completing_the_same_work_item_at_once_one_wins_the_other_is_told_who_and_the_instance_advances_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new WorkflowHost(database);
        await host.PublishAsync("three", Processes.ThreeTasks);
        var id = await host.StartAsync("three", "onb-race");
        var item = (await host.OpenWorkItemsAsync(id)).Single();

        using var start = new ManualResetEventSlim();
        var attempts = new[] { "alex@test", "sam@test" }.Select(person => Task.Run(async () =>
        {
            start.Wait(Ct);
            try
            {
                await host.Runtime.CompleteWorkItemAsync(item.Id, person, null, Ct);
                return (person, error: (string?)null);
            }
            catch (WorkItemClosedException e)
            {
                return (person, error: e.Message);
            }
        }, Ct)).ToList();
        start.Set();
        var results = await Task.WhenAll(attempts);

        results.Count(r => r.error is null).ShouldBe(1);
        var winner = results.Single(r => r.error is null).person;
        results.Single(r => r.error is not null).error!.ShouldContain($"already completed by {winner}");
        var next = (await host.OpenWorkItemsAsync(id)).ShouldHaveSingleItem();
        next.Title.ShouldBe("Issue deposit invoice");
        var state = (await host.InstanceAsync(id)).StateJson;
        state.ShouldNotContain("\"t3\"");
    }

    [Fact]
    public async Task Completing_a_closed_work_item_says_by_whom_and_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new WorkflowHost(database);
        await host.PublishAsync("three", Processes.ThreeTasks);
        var id = await host.StartAsync("three", "onb-2");
        var item = (await host.OpenWorkItemsAsync(id)).Single();
        await host.Runtime.CompleteWorkItemAsync(item.Id, "Alex Morgan", null, Ct);

        var error = await Should.ThrowAsync<WorkItemClosedException>(() => host.Runtime.CompleteWorkItemAsync(item.Id, "Sam", null, Ct));
        error.Message.ShouldContain("already completed by Alex Morgan");
        (await host.OpenWorkItemsAsync(id)).Single().Title.ShouldBe("Issue deposit invoice");
    }

    [Fact]
    public async Task The_deposit_gate_holds_until_the_message_and_a_message_sent_early_is_kept_for_the_wait()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new WorkflowHost(database);
        await host.PublishAsync("gate", Processes.DepositGate);
        var waiting = await host.StartAsync("gate", "onb-late");
        var early = await host.StartAsync("gate", "onb-early");

        // Paid before the invoice step is done: kept, and taken as soon as the instance waits for it.
        (await host.Runtime.DeliverMessageAsync("DepositPaid", "onb-early", new JsonObject { ["amount"] = 2500 }, "finance@test", Ct))
            .ShouldBe(new MessageDelivery(0, Buffered: true));
        await host.CompleteAsync(early, "Issue deposit invoice");
        (await host.OpenWorkItemsAsync(early)).Single().Title.ShouldBe("Internal kickoff");
        (await host.InstanceAsync(early)).StateJson.ShouldContain("\"amount\":2500");

        await host.CompleteAsync(waiting, "Issue deposit invoice");
        (await host.OpenWorkItemsAsync(waiting)).ShouldBeEmpty();
        (await host.Runtime.DeliverMessageAsync("DepositPaid", "another-onboarding", null, "finance@test", Ct)).Buffered.ShouldBeTrue();
        (await host.OpenWorkItemsAsync(waiting)).ShouldBeEmpty();

        (await host.Runtime.DeliverMessageAsync("DepositPaid", "onb-late", null, "finance@test", Ct)).ShouldBe(new MessageDelivery(1, Buffered: false));
        (await host.OpenWorkItemsAsync(waiting)).Single().Title.ShouldBe("Internal kickoff");
        (await host.QueryAsync(db => db.MessageSubscriptions.CountAsync(Ct))).ShouldBe(0);
    }

    [Fact]
    public async Task A_running_instance_stays_on_its_version_and_running_counts_are_per_version()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new WorkflowHost(database);
        var v1 = await host.PublishAsync("three", Processes.ThreeTasks);
        var onV1 = await host.StartAsync("three", "onb-v1");

        var v2 = await host.Catalog.NewDraftAsync(v1, "ops@test", Ct);
        var draft = await host.Catalog.GetVersionAsync(v2, Ct);
        await host.Catalog.SaveDraftAsync(v2, draft.Xml.Replace("Send contract", "Send the contract for e-signature", StringComparison.Ordinal), [], draft.ConcurrencyToken, "ops@test", Ct);
        await host.Catalog.PublishAsync(v2, "ops@test", Ct);
        var onV2 = await host.StartAsync("three", "onb-v2");

        (await host.OpenWorkItemsAsync(onV1)).Single().Title.ShouldBe("Send contract");
        (await host.OpenWorkItemsAsync(onV2)).Single().Title.ShouldBe("Send the contract for e-signature");
        await host.CompleteAsync(onV1, "Send contract");
        (await host.InstanceAsync(onV1)).PlaybookVersionId.ShouldBe(v1);
        (await host.Catalog.RunningInstancesAsync(v1, Ct)).ShouldBe(1);
        (await host.Catalog.RunningInstancesAsync(v2, Ct)).ShouldBe(1);
        var versions = (await host.Catalog.ListAsync(Ct)).Single().Versions;
        versions.Select(v => (v.Number, v.RunningInstances)).ShouldBe([(2, 1), (1, 1)]);
    }

    [Fact]
    public async Task Cancelling_an_instance_cancels_its_work_items_and_timers()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new WorkflowHost(database);
        await host.PublishAsync("timer", Processes.TimerThenTask);
        var id = await host.StartAsync("timer", "onb-cancel");
        (await host.QueryAsync(db => db.WorkflowTimers.CountAsync(Ct))).ShouldBe(1);

        await host.Runtime.CancelAsync(id, "The client withdrew", "am@test", Ct);

        (await host.InstanceAsync(id)).Status.ShouldBe("Cancelled");
        (await host.QueryAsync(db => db.WorkflowTimers.CountAsync(Ct))).ShouldBe(0);
        var refused = await Should.ThrowAsync<WorkflowRefusedException>(() => host.Runtime.CancelAsync(id, "again", "am@test", Ct));
        refused.Message.ShouldContain("ended");
    }
}
