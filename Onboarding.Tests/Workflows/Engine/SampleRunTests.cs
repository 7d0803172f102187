using System.Text.Json.Nodes;
using Onboarding.Workflows.Engine;

namespace Onboarding.Tests.Workflows.Engine;

/// <summary>The shared bpmn-elements samples, run with BPMN 2.0 token semantics (see <see cref="EngineSamples"/> for the adaptations).</summary>
public sealed class SampleRunTests
{
    [Fact]
    public void Simple_task_runs_to_completion()
    {
        // No start event: the task without incoming flow starts; its boundary timer is never armed (a no-op task does not wait).
        var instance = TestInstance.Started(EngineSamples.Load("simple-task.bpmn", []));

        instance.State.Status.ShouldBe(InstanceStatus.Completed);
        instance.Effects.ArmedTimers.ShouldBeEmpty();
        instance.Effects.Journal.ShouldContain(j => j.Kind == JournalKind.Entered && j.NodeId == "task" && j.Text == "Entered 'Single task'");
    }

    [Fact]
    public void Join_inbound_does_not_fire_on_two_tokens_from_the_same_inbound_flow()
    {
        var model = EngineSamples.Load("join-inbound.bpmn", JoinInboundAdaptations);

        var instance = TestInstance.Started(model);

        // gw1 takes to-split; task4 runs twice (directly and after task-5), so two tokens wait on from-task4.
        instance.State.Tokens.ShouldAllBe(t => t.NodeId == "join" && t.Wait == TokenWait.Join && t.ArrivedViaFlowId == "from-task4");
        instance.State.Tokens.Count.ShouldBe(2);
        instance.Effects.Journal.ShouldNotContain(j => j.NodeId == "end");
        InstanceQueries.StuckOn(model, instance.State).ShouldBe("join");
    }

    [Fact]
    public void Join_inbound_fires_once_when_every_inbound_flow_has_a_token()
    {
        // As above, and both exclusive gateways become parallel so that every inbound flow of the join gets a token.
        var model = EngineSamples.Load("join-inbound.bpmn", JoinInboundAdaptations, "gw1", "gw2");

        var instance = TestInstance.Started(model);

        instance.Effects.Journal.Count(j => j.Kind == JournalKind.Entered && j.NodeId == "end").ShouldBe(1);
        // The second token from task4 is left waiting for a next round that never comes (BPMN 2.0; no dead-path elimination).
        instance.State.Tokens.ShouldHaveSingleItem().ArrivedViaFlowId.ShouldBe("from-task4");
    }

    [Theory]
    [InlineData(60, "join1")]
    [InlineData(50, "join2")]
    public void Multiple_joins_never_fire_early_when_an_exclusive_split_leaves_a_branch_out(int input, string stuckOn)
    {
        var instance = TestInstance.Started(MultipleJoins(), new JsonObject { ["input"] = input });
        while (instance.State.Tokens.FirstOrDefault(t => t.Wait is TokenWait.WorkItem or TokenWait.Automation) is { } token)
        {
            instance.Do(token.Wait == TokenWait.WorkItem ? new CompleteWorkItem(token.Id, "alex") : new AutomationSucceeded(token.Id, 1));
        }

        InstanceQueries.StuckOn(instance.Model, instance.State).ShouldBe(stuckOn);
        instance.State.Tokens.ShouldHaveSingleItem().Wait.ShouldBe(TokenWait.Join);
        instance.State.Status.ShouldBe(InstanceStatus.Running);
    }

    [Fact]
    public void Multiple_joins_fire_exactly_once_in_every_completion_order_when_all_branches_run()
    {
        // Both exclusive gateways become parallel splits, so every branch runs and each join gets all its tokens.
        var model = MultipleJoins(parallel: true);
        for (var seed = 0; seed < 50; seed++)
        {
            var random = new Random(seed);
            var instance = TestInstance.Started(model, new JsonObject { ["input"] = 60 });
            var journal = new List<JournalLine>(instance.Effects.Journal);
            while (instance.State.Status == InstanceStatus.Running)
            {
                var waiting = instance.State.Tokens.Where(t => t.Wait is TokenWait.WorkItem or TokenWait.Automation).ToList();
                var token = waiting[random.Next(waiting.Count)];
                instance.Do(token.Wait == TokenWait.WorkItem ? new CompleteWorkItem(token.Id, "alex") : new AutomationSucceeded(token.Id, 1));
                journal.AddRange(instance.Effects.Journal);
            }

            journal.Count(j => j.Kind == JournalKind.Left && j.NodeId == "join1").ShouldBe(1, $"seed {seed}");
            journal.Count(j => j.Kind == JournalKind.Left && j.NodeId == "join2").ShouldBe(1, $"seed {seed}");
            journal.Count(j => j.Kind == JournalKind.AutomationRequested && j.NodeId == "scriptTask2").ShouldBe(1, $"seed {seed}");
            instance.State.Status.ShouldBe(InstanceStatus.Completed);
        }
    }

    [Fact]
    public void Exclusive_gateway_as_join_passes_each_token_through()
    {
        // The script counting loops becomes an automation whose output sets vars.count; conditions in our syntax.
        var model = EngineSamples.Load("exclusive-gateway-as-join.bpmn", [("${environment.output.count}", "vars.count"), ("${true}", "true")]);
        var instance = TestInstance.Started(model);

        instance.Succeed("script", new JsonObject { ["count"] = 0 });
        // count 0: split takes its default to task2, which forks: back round the loop, and into the merge 'join' to the end.
        instance.Effects.Journal.Count(j => j.Kind == JournalKind.Entered && j.NodeId == "end").ShouldBe(1);
        instance.ActiveNodes.ShouldBe(["script"]);

        instance.Succeed("script", new JsonObject { ["count"] = 1 });

        instance.Effects.Journal.Count(j => j.Kind == JournalKind.Entered && j.NodeId == "end").ShouldBe(1);
        instance.State.Status.ShouldBe(InstanceStatus.Completed);
    }

    [Fact]
    public void Boundary_non_interrupting_timer_leaves_the_task_active_when_it_fires()
    {
        var model = EngineSamples.Load("boundary-non-interupting-timer.bpmn", []);
        var instance = TestInstance.Started(model);
        var task = instance.TokenAt("userTask");
        instance.TimerOf("boundaryEvent").DueAtUtc.ShouldBe(TestEnvironment.Monday.AddMilliseconds(10));

        instance.FireTimerOf("boundaryEvent");

        instance.TokenAt("userTask").ShouldBe(task);
        instance.TokenAt("join").ArrivedViaFlowId.ShouldBe("SequenceFlow_1muatwf");
        instance.Effects.ClosedWorkItems.ShouldBeEmpty();

        instance.Complete("userTask");
        instance.State.Status.ShouldBe(InstanceStatus.Completed);
    }

    [Fact]
    public void Bound_error_and_timer_when_the_error_comes_first_the_timer_is_cancelled()
    {
        var instance = TestInstance.Started(EngineSamples.Load("bound-error-and-timer.bpmn", []));
        var timerKey = instance.TimerOf("timerEvent").Key;

        instance.Do(new AutomationFailed(instance.TokenAt("scriptTask").Id, 1, "Input is missing", "404"));

        instance.Effects.CancelledTimerKeys.ShouldBe([timerKey]);
        instance.Effects.Journal.ShouldContain(j => j.Kind == JournalKind.ErrorCaught && j.NodeId == "errorEvent");
        // The error boundary leads to an error end event at process level: nothing catches that one, so ops see an incident.
        instance.TokenAt("endInError").Wait.ShouldBe(TokenWait.Incident);
        instance.Do(new FireTimer(timerKey)).Outcome.ShouldBe(StepOutcome.Ignored);
    }

    [Fact]
    public void Bound_error_and_timer_when_the_timer_comes_first_the_error_can_no_longer_happen()
    {
        var instance = TestInstance.Started(EngineSamples.Load("bound-error-and-timer.bpmn", []));
        var task = instance.TokenAt("scriptTask");

        instance.FireTimerOf("timerEvent");

        instance.State.Status.ShouldBe(InstanceStatus.Terminated);
        instance.State.EndReason.ShouldBe("timedEndEvent");
        instance.Effects.Journal.ShouldNotContain(j => j.Kind == JournalKind.ErrorCaught);
        Should.Throw<StimulusRejectedException>(() => instance.Do(new AutomationFailed(task.Id, 1, "Input is missing", "404")));
    }

    [Fact]
    public void Sub_process_enters_and_leaves_its_scope()
    {
        var instance = TestInstance.Started(EngineSamples.Load("sub-process.bpmn", []));
        var scope = instance.TokenAt("subProcess");
        scope.Wait.ShouldBe(TokenWait.SubProcess);
        instance.TokenAt("subUserTask").ScopeTokenId.ShouldBe(scope.Id);

        instance.Complete("subUserTask");
        instance.TokenAt("subScriptTask").ScopeTokenId.ShouldBe(scope.Id);
        instance.Succeed("subScriptTask", new JsonObject { ["subScript"] = true });

        instance.Effects.Journal.ShouldContain(j => j.Kind == JournalKind.Left && j.NodeId == "subProcess");
        instance.State.Status.ShouldBe(InstanceStatus.Completed);
        instance.State.Variables["subScript"]!.GetValue<bool>().ShouldBeTrue();
    }

    /// <summary>The inclusive split (both conditions true) becomes a parallel split; ${true}/${false} become true/false.</summary>
    private static readonly (string, string)[] JoinInboundAdaptations =
        [("bpmn:inclusiveGateway", "bpmn:parallelGateway"), ("${true}", "true"), ("${false}", "false")];

    private static Onboarding.Workflows.Model.ProcessModel MultipleJoins(bool parallel = false) => EngineSamples.Load(
        "multiple-joins.bpmn",
        [
            ("next(null, this.environment.variables.input &lt;= 50);", "vars.input &lt;= 50"),
            ("next(null, this.environment.variables.input &gt;= 50);", "vars.input &gt;= 50"),
        ],
        parallel ? ["exclusiveGateway1", "exclusiveGateway2"] : []);
}
