using System.Text.Json.Nodes;
using Onboarding.Workflows.Engine;

namespace Onboarding.Tests.Workflows.Engine;

public sealed class StartAndEndTests
{
    private static readonly Onboarding.Workflows.Model.ProcessModel TwoTasks =
        new TestProcess().Start().Task("a").Task("b").End().Chain("start", "a", "b", "end").Build();

    [Fact]
    public void No_op_tasks_run_from_start_to_end_in_one_step()
    {
        var instance = TestInstance.Started(TwoTasks, new JsonObject { ["client"] = "Acme" });

        instance.State.Status.ShouldBe(InstanceStatus.Completed);
        instance.State.Tokens.ShouldBeEmpty();
        instance.State.StartedAtUtc.ShouldBe(TestEnvironment.Monday);
        instance.State.EndedAtUtc.ShouldBe(TestEnvironment.Monday);
        instance.State.Variables["client"]!.GetValue<string>().ShouldBe("Acme");
        instance.Effects.Journal.Select(j => (j.Kind, j.NodeId)).ShouldBe(
        [
            (JournalKind.Started, null), (JournalKind.Entered, "a"), (JournalKind.Left, "a"),
            (JournalKind.Entered, "b"), (JournalKind.Left, "b"), (JournalKind.Entered, "end"), (JournalKind.Completed, null),
        ]);
    }

    [Fact]
    public void The_given_state_is_never_mutated()
    {
        var model = new TestProcess().Start().User("review").End().Chain("start", "review", "end").Build();
        var fresh = new InstanceState();
        var started = WorkflowEngine.Step(model, fresh, new StartInstance(new JsonObject { ["x"] = 1 }), TestEnvironment.At(TestEnvironment.Monday));

        fresh.Tokens.ShouldBeEmpty();
        fresh.Variables.Count.ShouldBe(0);
        fresh.StartedAtUtc.ShouldBe(default);

        var before = System.Text.Json.JsonSerializer.Serialize(started.State);
        var token = started.State.Tokens.Single();
        var completed = WorkflowEngine.Step(model, started.State, new CompleteWorkItem(token.Id, "alex", new JsonObject { ["y"] = 2 }),
            TestEnvironment.At(TestEnvironment.Monday));

        System.Text.Json.JsonSerializer.Serialize(started.State).ShouldBe(before);
        completed.State.Status.ShouldBe(InstanceStatus.Completed);
        started.State.Status.ShouldBe(InstanceStatus.Running);
    }

    [Fact]
    public void Starting_twice_is_rejected()
    {
        var instance = TestInstance.Started(new TestProcess().Start().User("review").End().Chain("start", "review", "end").Build());

        Should.Throw<StimulusRejectedException>(() => instance.Do(new StartInstance([]))).Message.ShouldContain("already started");
    }

    [Fact]
    public void Any_stimulus_to_an_ended_instance_is_rejected()
    {
        var instance = TestInstance.Started(TwoTasks);

        var rejected = Should.Throw<StimulusRejectedException>(() => instance.Do(new SetVariables(new JsonObject { ["x"] = 1 }, "alex")));
        rejected.Message.ShouldStartWith("The onboarding's workflow has ended (Completed)");
    }

    [Fact]
    public void Without_a_start_event_every_element_without_incoming_flow_starts_and_without_outgoing_flow_ends()
    {
        // BPMN 2.0 implicit start and end (as in bpmn-elements/simple-task.bpmn and sub-process.bpmn).
        var model = new TestProcess().User("first").Task("second").Chain("first", "second").Build();

        var instance = TestInstance.Started(model);
        instance.ActiveNodes.ShouldBe(["first"]);

        instance.Complete("first");
        instance.State.Status.ShouldBe(InstanceStatus.Completed);
    }

    [Fact]
    public void Terminate_end_removes_every_token_and_ends_every_wait()
    {
        var model = new TestProcess().Start().And("fork").User("review").Message("paid", "DepositPaid").TerminateEnd("stop").End()
            .Timer("wait", Onboarding.Workflows.Model.TimerKind.Duration, "P1D").Task("quick")
            .Chain("start", "fork", "review", "end").Chain("fork", "paid", "end").Chain("fork", "wait", "end").Chain("fork", "quick", "stop")
            .Build();

        var instance = TestInstance.Started(model);

        instance.State.Status.ShouldBe(InstanceStatus.Terminated);
        instance.State.EndReason.ShouldBe("stop");
        instance.State.Tokens.ShouldBeEmpty();
        instance.State.Timers.ShouldBeEmpty();
        instance.Effects.ClosedWorkItems.Single().Reason.ShouldBe(WorkItemCloseReason.Cancelled);
        instance.Effects.EndedMessageWaits.Count.ShouldBe(1);
        instance.Effects.CancelledTimerKeys.ShouldBe(instance.Effects.ArmedTimers.Select(t => t.Key));
        instance.Effects.Journal.Last().Kind.ShouldBe(JournalKind.Terminated);
    }

    [Fact]
    public void Cancelling_closes_work_items_and_timers_and_records_the_reason()
    {
        var model = new TestProcess().Start().User("review").TimerBoundary("reminder", "review", "P2D", interrupting: false).End()
            .Chain("start", "review", "end").Chain("reminder", "end").Build();
        var instance = TestInstance.Started(model);
        var timerKey = instance.TimerOf("reminder").Key;

        instance.Do(new CancelInstance("Client withdrew", "priya"));

        instance.State.Status.ShouldBe(InstanceStatus.Cancelled);
        instance.State.EndReason.ShouldBe("Client withdrew");
        instance.Effects.ClosedWorkItems.Single().Reason.ShouldBe(WorkItemCloseReason.Cancelled);
        instance.Effects.CancelledTimerKeys.ShouldBe([timerKey]);
        instance.Effects.Journal.Last().By.ShouldBe("priya");
        Should.Throw<StimulusRejectedException>(() => instance.Do(new FireTimer(timerKey))).Message.ShouldContain("(Cancelled)");
    }

    [Fact]
    public void Set_variables_merges_and_journals()
    {
        var instance = TestInstance.Started(new TestProcess().Start().User("review").End().Chain("start", "review", "end").Build(),
            new JsonObject { ["a"] = 1, ["b"] = 2 });

        instance.Do(new SetVariables(new JsonObject { ["b"] = 3, ["c"] = new JsonObject { ["d"] = true } }, "priya"));

        instance.State.Variables.ToJsonString().ShouldBe("""{"a":1,"b":3,"c":{"d":true}}""");
        instance.Effects.Journal.Single().Kind.ShouldBe(JournalKind.VariablesSet);
    }
}
