using System.Text.Json.Nodes;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;

namespace Onboarding.Tests.Workflows.Engine;

public sealed class InstanceQueriesTests
{
    [Fact]
    public void Current_stages_are_the_distinct_stages_of_the_waiting_nodes_in_document_order()
    {
        var model = new TestProcess().Start().And("fork")
            .User("contract", stage: "Contract").User("deposit", stage: "Contract").User("kickoff", stage: "Kickoff").And("join").End()
            .Chain("start", "fork", "kickoff", "join", "end").Chain("fork", "contract", "join").Chain("fork", "deposit", "join").Build();

        var instance = TestInstance.Started(model);

        InstanceQueries.CurrentStages(model, instance.State).ShouldBe(["Contract", "Kickoff"]);
        InstanceQueries.ActiveNodeIds(model, instance.State).ShouldBe(["contract", "deposit", "kickoff"]);
        instance.Complete("kickoff");
        InstanceQueries.CurrentStages(model, instance.State).ShouldBe(["Contract"]);
        InstanceQueries.ActiveNodeIds(model, instance.State).ShouldBe(["contract", "deposit", "join"]);
    }

    [Fact]
    public void A_join_fed_by_an_exclusive_split_is_stuck_once_nothing_else_can_arrive()
    {
        var model = new TestProcess().Start().Xor("choose").User("a").User("b").And("join").End()
            .Chain("start", "choose").Flow("choose", "a", "vars.a").Flow("choose", "b", isDefault: true)
            .Chain("a", "join", "end").Chain("b", "join").Build();
        var instance = TestInstance.Started(model, new JsonObject { ["a"] = true });
        InstanceQueries.IsStuck(model, instance.State).ShouldBeFalse();

        instance.Complete("a");

        instance.State.Status.ShouldBe(InstanceStatus.Running);
        InstanceQueries.IsStuck(model, instance.State).ShouldBeTrue();
        InstanceQueries.StuckOn(model, instance.State).ShouldBe("join");
        InstanceQueries.NeedsAttention(instance.State).ShouldBeFalse();
    }

    [Fact]
    public void An_incident_needs_attention_but_is_not_stuck()
    {
        var model = new TestProcess().Start().Service("sync").End().Chain("start", "sync", "end").Build();
        var instance = TestInstance.Started(model, environment: TestEnvironment.At(TestEnvironment.Monday) with { MaxAutomationAttempts = 1 });

        instance.Do(new AutomationFailed(instance.TokenAt("sync").Id, 1, "down"));

        InstanceQueries.NeedsAttention(instance.State).ShouldBeTrue();
        InstanceQueries.Incidents(instance.State).Single().NodeId.ShouldBe("sync");
        InstanceQueries.IsStuck(model, instance.State).ShouldBeFalse();
    }

    [Fact]
    public void An_ended_instance_is_neither_stuck_nor_in_need_of_attention()
    {
        var model = new TestProcess().Start().End().Chain("start", "end").Build();
        var instance = TestInstance.Started(model);

        InstanceQueries.IsStuck(model, instance.State).ShouldBeFalse();
        InstanceQueries.NeedsAttention(instance.State).ShouldBeFalse();
        InstanceQueries.CurrentStages(model, instance.State).ShouldBeEmpty();
    }
}
