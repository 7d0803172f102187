using System.Text.Json.Nodes;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;
using Onboarding.Workflows.Simulation;

namespace Onboarding.Tests.Workflows.Simulation;

public sealed class PlaybookSimulatorTests
{
    private static readonly DateTime Tuesday = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    private static SimulationOptions Options(JsonObject? variables = null) => new()
    {
        StartUtc = Tuesday,
        Variables = variables ?? [],
        Conditions = new VariableConditions(),
    };

    [Fact]
    public void Run_ExclusiveSplitFeedingParallelJoin_IsStuckOnTheJoin()
    {
        var model = new ProcessBuilder()
            .Node("start", NodeKind.StartEvent)
            .Node("choose", NodeKind.ExclusiveGateway, with: n => n with { DefaultFlowId = "choose->b" })
            .UserTask("a").UserTask("b")
            .Node("join", NodeKind.ParallelGateway)
            .Node("end", NodeKind.EndEvent)
            .Flow("start", "choose").Flow("choose", "a", "wantsA").Flow("choose", "b")
            .Flow("a", "join").Flow("b", "join").Flow("join", "end")
            .Build();

        var result = PlaybookSimulator.Run(model, Options());

        result.Outcome.ShouldBe(SimulationOutcome.Stuck);
        result.Stuck!.NodeId.ShouldBe("join");
        result.Stuck.Reason.ShouldContain("a->join");
        result.Stuck.Reason.ShouldContain("exclusive gateway 'choose'");
    }

    [Fact]
    public void Run_GatewayWithNoTrueConditionAndNoDefault_IsStuckOnTheGateway()
    {
        var model = new ProcessBuilder()
            .Node("start", NodeKind.StartEvent)
            .Node("choose", NodeKind.ExclusiveGateway)
            .Node("end", NodeKind.EndEvent)
            .Flow("start", "choose").Flow("choose", "end", "never", "yes").Flow("choose", "end", "false", "no")
            .Build();

        var result = PlaybookSimulator.Run(model, Options());

        result.Outcome.ShouldBe(SimulationOutcome.Stuck);
        result.Stuck!.NodeId.ShouldBe("choose");
        result.Stuck.Reason.ShouldContain("default flow");
        result.Incidents.ShouldHaveSingleItem().NodeId.ShouldBe("choose");
    }

    [Fact]
    public void Run_LoopThatNeverEnds_StopsAtTheStepLimitAndSaysSo()
    {
        var model = new ProcessBuilder()
            .Node("start", NodeKind.StartEvent)
            .Node("merge", NodeKind.ExclusiveGateway)
            .UserTask("again")
            .Node("more", NodeKind.ExclusiveGateway, with: n => n with { DefaultFlowId = "more->end" })
            .Node("end", NodeKind.EndEvent)
            .Chain("start", "merge", "again", "more").Flow("more", "merge", "true").Flow("more", "end")
            .Build();

        var result = PlaybookSimulator.Run(model, Options() with { MaxSteps = 50 });

        result.Outcome.ShouldBe(SimulationOutcome.StepLimitReached);
        result.Steps.ShouldBe(50);
        result.Stuck!.Reason.ShouldContain("after 50 steps");
        result.Stuck.Reason.ShouldContain("loop forever");
    }

    [Fact]
    public void Run_TasksAndServiceTasks_RunAsNoOps()
    {
        var model = new ProcessBuilder()
            .Node("start", NodeKind.StartEvent)
            .Node("plain", NodeKind.Task)
            .Node("send", NodeKind.ServiceTask, with: n => n with { Automation = "send-welcome-email" })
            .Node("end", NodeKind.EndEvent)
            .Chain("start", "plain", "send", "end")
            .Build();

        var result = PlaybookSimulator.Run(model, Options());

        result.Outcome.ShouldBe(SimulationOutcome.Completed);
        result.NoOps.Select(n => (n.NodeId, n.Automation)).ShouldBe([("plain", null), ("send", "send-welcome-email")]);
        result.Visits.Select(v => v.NodeId).ShouldBe(["start", "plain", "send", "end"]);
        result.Visits[2].What.ShouldContain("as a no-op");
    }

    [Fact]
    public void Run_WorkItems_CompleteWhenDueAndOnlyOnce()
    {
        var model = new ProcessBuilder()
            .Node("start", NodeKind.StartEvent)
            .Node("split", NodeKind.ParallelGateway)
            .UserTask("quick", due: 1).UserTask("slow", due: 3)
            .Node("join", NodeKind.ParallelGateway)
            .Node("end", NodeKind.EndEvent)
            .Flow("start", "split").Flow("split", "quick").Flow("split", "slow")
            .Flow("quick", "join").Flow("slow", "join").Flow("join", "end")
            .Build();

        var result = PlaybookSimulator.Run(model, Options());

        result.Outcome.ShouldBe(SimulationOutcome.Completed);
        result.EndedAtUtc.ShouldBe(new DateTime(2026, 12, 4, 9, 0, 0, DateTimeKind.Utc));
        result.BusinessDays.ShouldBe(3);
        result.Visits.Select(v => v.NodeId).ShouldBe(["start", "split", "quick", "slow", "join", "end"], ignoreOrder: true);
        result.Visits[0].NodeId.ShouldBe("start");
        result.Visits[1].NodeId.ShouldBe("split");
        result.Journal.Count(l => l.Kind == JournalKind.WorkItemCompleted).ShouldBe(2);
        result.Journal.Where(l => l.Kind == JournalKind.WorkItemCompleted).Select(l => l.TokenId).ShouldBeUnique();
    }

    [Fact]
    public void Run_DelayedMessage_ArrivesThatManyBusinessDaysAfterTheWaitStarts()
    {
        var model = new ProcessBuilder()
            .Node("start", NodeKind.StartEvent)
            .Message("paid", "DepositPaid")
            .Node("end", NodeKind.EndEvent)
            .Chain("start", "paid", "end")
            .Build();

        var result = PlaybookSimulator.Run(model, Options() with
        {
            MessageDelays = new Dictionary<string, int> { ["DepositPaid"] = 5 },
        });

        result.Outcome.ShouldBe(SimulationOutcome.Completed);
        result.EndedAtUtc.ShouldBe(new DateTime(2026, 12, 8, 9, 0, 0, DateTimeKind.Utc));
        result.Journal.Count(l => l.Kind == JournalKind.MessageReceived).ShouldBe(1);
        result.Visits.Single(v => v.NodeId == "paid").What.ShouldContain("received Tue 8 Dec");
    }

    [Fact]
    public void Run_ImmediatePace_CompletesWorkItemsWithoutMovingTheClock()
    {
        var model = new ProcessBuilder()
            .Node("start", NodeKind.StartEvent).UserTask("work", due: 5).Node("end", NodeKind.EndEvent)
            .Chain("start", "work", "end")
            .Build();

        var result = PlaybookSimulator.Run(model, Options() with { Pace = WorkItemPace.Immediately });

        result.Outcome.ShouldBe(SimulationOutcome.Completed);
        result.EndedAtUtc.ShouldBe(Tuesday);
        result.BusinessDays.ShouldBe(0);
    }

    [Fact]
    public void Run_UnsupportedElement_IsStuckBeforeStartingAndNamesIt()
    {
        var built = new ProcessBuilder().Node("start", NodeKind.StartEvent).Node("end", NodeKind.EndEvent).Chain("start", "end").Build();
        var model = new ProcessModel(built.Id, built.Name, built.NodesInDocumentOrder, built.FlowsInDocumentOrder,
            [new UnsupportedElement("script", "scriptTask", "Run a script", null)], []);

        var result = PlaybookSimulator.Run(model, Options());

        result.Outcome.ShouldBe(SimulationOutcome.Stuck);
        result.Stuck!.NodeId.ShouldBe("script");
        result.Stuck.Reason.ShouldContain("scriptTask");
        result.Steps.ShouldBe(0);
    }
}
