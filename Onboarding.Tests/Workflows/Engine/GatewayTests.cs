using System.Text.Json.Nodes;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;

namespace Onboarding.Tests.Workflows.Engine;

public sealed class GatewayTests
{
    private static ProcessModel BudgetCheck(bool withDefault) => new TestProcess()
        .Start().Node("check", NodeKind.ExclusiveGateway, n => n with { Name = "Budget check" })
        .User("big").User("small").User("other").End()
        .Chain("start", "check")
        .Flow("check", "big", "vars.budget >= 10000", "to-big")
        .Flow("check", "small", "vars.budget < 10000", "to-small")
        .Flow("check", "other", isDefault: withDefault, flowId: "to-other", condition: withDefault ? null : "vars.other")
        .Chain("big", "end").Chain("small", "end").Chain("other", "end")
        .Build();

    [Theory]
    [InlineData(20000, "big")]
    [InlineData(500, "small")]
    public void An_exclusive_gateway_takes_the_first_flow_whose_condition_holds(int budget, string expected)
    {
        var instance = TestInstance.Started(BudgetCheck(withDefault: true), new JsonObject { ["budget"] = budget });

        instance.ActiveNodes.ShouldBe([expected]);
        instance.Effects.Journal.ShouldContain(j => j.Kind == JournalKind.ConditionTaken && j.NodeId == "check" && j.Text.Contains($"to-{expected}"));
    }

    [Fact]
    public void The_default_flow_is_taken_when_no_condition_holds()
    {
        var instance = TestInstance.Started(BudgetCheck(withDefault: true), new JsonObject { ["budget"] = "unknown" });

        instance.ActiveNodes.ShouldBe(["other"]);
    }

    [Fact]
    public void No_true_condition_and_no_default_raises_an_incident_that_a_retry_resolves_after_fixing_variables()
    {
        var instance = TestInstance.Started(BudgetCheck(withDefault: false), new JsonObject { ["budget"] = "unknown" });

        var token = instance.TokenAt("check");
        token.Wait.ShouldBe(TokenWait.Incident);
        const string message = "No condition on the outgoing flows of 'Budget check' was true and it has no default flow; add a default flow or fix the conditions.";
        token.IncidentMessage.ShouldBe(message);
        instance.Effects.Incidents.ShouldBe([new IncidentRaised(token.Id, "check", message)]);
        InstanceQueries.NeedsAttention(instance.State).ShouldBeTrue();
        InstanceQueries.IsStuck(instance.Model, instance.State).ShouldBeFalse();

        instance.Do(new SetVariables(new JsonObject { ["budget"] = 12000 }, "priya"));
        instance.Do(new RetryIncident(token.Id, "priya"));

        instance.Effects.ResolvedIncidents.ShouldBe([token.Id]);
        instance.ActiveNodes.ShouldBe(["big"]);
    }

    [Fact]
    public void A_failing_condition_raises_an_incident_with_its_message()
    {
        var model = new TestProcess().Start().Xor("check").User("a").User("b").End()
            .Chain("start", "check").Flow("check", "a", "vars.missing.deep", "broken").Flow("check", "b", isDefault: true).Chain("a", "end").Chain("b", "end").Build();

        var instance = TestInstance.Started(model);

        var token = instance.TokenAt("check");
        token.Wait.ShouldBe(TokenWait.Incident);
        token.IncidentMessage!.ShouldStartWith("Evaluating the conditions of 'Check' failed: The condition on flow 'broken' threw TypeError");
    }

    [Fact]
    public void Conditional_flows_out_of_an_activity_are_each_taken_when_true_else_the_default()
    {
        var model = new TestProcess().Start().Task("task1").User("task2").User("task3").User("task4").End()
            .Chain("start", "task1")
            .Flow("task1", "task2", "vars.take2").Flow("task1", "task4", "vars.take4").Flow("task1", "task3", isDefault: true)
            .Chain("task2", "end").Chain("task3", "end").Chain("task4", "end").Build();

        TestInstance.Started(model, new JsonObject { ["take2"] = true, ["take4"] = true }).ActiveNodes.ShouldBe(["task2", "task4"]);
        TestInstance.Started(model, new JsonObject { ["take4"] = true }).ActiveNodes.ShouldBe(["task4"]);
        TestInstance.Started(model).ActiveNodes.ShouldBe(["task3"]);
    }

    [Fact]
    public void Several_unconditional_flows_out_of_an_activity_fork()
    {
        var model = new TestProcess().Start().Task("a").User("b").User("c").End().Chain("start", "a", "b", "end").Chain("a", "c", "end").Build();

        var instance = TestInstance.Started(model);

        instance.ActiveNodes.ShouldBe(["b", "c"]);
        instance.State.Tokens.Select(t => t.Id).Distinct().Count().ShouldBe(2);
    }

    [Fact]
    public void An_exclusive_gateway_used_as_a_merge_passes_each_token_through()
    {
        var model = new TestProcess().Start().And("fork").User("a").User("b").Xor("merge").User("after").End()
            .Chain("start", "fork", "a", "merge", "after", "end").Chain("fork", "b", "merge").Build();
        var instance = TestInstance.Started(model);

        instance.Complete("a");
        instance.ActiveNodes.ShouldBe(["b", "after"]);
        instance.Complete("b");

        instance.State.Tokens.Count(t => t.NodeId == "after").ShouldBe(2);
    }

    [Fact]
    public void A_parallel_join_waits_for_every_inbound_flow_then_fires_once()
    {
        var model = new TestProcess().Start().And("fork").User("a").User("b").User("c").And("join").User("after").End()
            .Chain("start", "fork", "a", "join", "after", "end").Chain("fork", "b", "join").Chain("fork", "c", "join").Build();
        var instance = TestInstance.Started(model);
        instance.ActiveNodes.ShouldBe(["a", "b", "c"]);

        instance.Complete("b");
        instance.Complete("a");
        instance.ActiveNodes.ShouldBe(["c", "join"]);
        instance.State.Tokens.Where(t => t.NodeId == "join").ShouldAllBe(t => t.Wait == TokenWait.Join);

        instance.Complete("c");
        instance.ActiveNodes.ShouldBe(["after"]);
        instance.State.Tokens.Count.ShouldBe(1);
    }

    [Fact]
    public void Two_tokens_on_the_same_inbound_flow_do_not_complete_a_join()
    {
        // The fork sends two tokens down to 'a', so two arrive at the join on the same flow before 'b' does.
        var twice = new TestProcess().Start().And("fork").Task("a").User("b").And("join").User("after").End()
            .Chain("start", "fork").Flow("fork", "a").Flow("fork", "a", flowId: "fork-a-2").Flow("a", "join", flowId: "a-join")
            .Chain("fork", "b").Flow("b", "join", flowId: "b-join").Chain("join", "after", "end").Build();

        var instance = TestInstance.Started(twice);

        instance.State.Tokens.Count(t => t.NodeId == "join" && t.ArrivedViaFlowId == "a-join").ShouldBe(2);
        instance.ActiveNodes.ShouldBe(["b", "join"]);
        instance.Complete("b");
        instance.State.Tokens.Count(t => t.NodeId == "after").ShouldBe(1);
        instance.State.Tokens.Count(t => t.NodeId == "join").ShouldBe(1);
    }
}
