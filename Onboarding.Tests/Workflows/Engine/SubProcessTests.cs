using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;

namespace Onboarding.Tests.Workflows.Engine;

public sealed class SubProcessTests
{
    [Fact]
    public void A_subprocess_runs_its_children_in_its_scope_and_leaves_when_they_end()
    {
        var model = new TestProcess().Start().SubProcess("setup")
            .Start("s-start", "setup").User("accounts", parent: "setup").End("s-end", "setup")
            .User("kickoff").End()
            .Chain("start", "setup", "kickoff", "end").Chain("s-start", "accounts", "s-end").Build();
        var instance = TestInstance.Started(model);

        var setup = instance.TokenAt("setup");
        setup.Wait.ShouldBe(TokenWait.SubProcess);
        instance.TokenAt("accounts").ScopeTokenId.ShouldBe(setup.Id);
        instance.ActiveNodes.ShouldBe(["setup", "accounts"]);

        instance.Complete("accounts");

        instance.ActiveNodes.ShouldBe(["kickoff"]);
        instance.TokenAt("kickoff").ScopeTokenId.ShouldBeNull();
        instance.Effects.Journal.ShouldContain(j => j.Kind == JournalKind.Left && j.NodeId == "setup");
    }

    [Fact]
    public void Nested_subprocesses_complete_from_the_inside_out()
    {
        var model = new TestProcess().Start().SubProcess("outer").SubProcess("inner", "outer").User("deep", parent: "inner").End()
            .Chain("start", "outer", "end").Build();
        var instance = TestInstance.Started(model);
        instance.ActiveNodes.ShouldBe(["outer", "inner", "deep"]);

        instance.Complete("deep");

        instance.State.Status.ShouldBe(InstanceStatus.Completed);
    }

    [Fact]
    public void An_error_end_event_is_caught_by_the_boundary_of_the_enclosing_subprocess()
    {
        var model = new TestProcess().Start().SubProcess("outer").SubProcess("inner", "outer")
            .And("fork", "inner").User("sibling", parent: "inner").ErrorEnd("fail", "Rejected", "inner").User("waiting", parent: "outer")
            .ErrorBoundary("rejected", "outer", "Rejected").User("handle").End()
            .Chain("start", "outer", "end").Chain("fork", "sibling").Chain("fork", "fail").Chain("rejected", "handle", "end").Build();
        // 'waiting' starts with 'inner' (no start event: both have no incoming flow) and is cancelled with 'outer'.

        var instance = TestInstance.Started(model);

        instance.ActiveNodes.ShouldBe(["handle"]);
        instance.Effects.ClosedWorkItems.Select(c => (c.NodeId, c.Reason)).ShouldBe(
            [("sibling", WorkItemCloseReason.Cancelled), ("waiting", WorkItemCloseReason.Cancelled)], ignoreOrder: true);
        instance.Effects.Journal.ShouldContain(j => j.Kind == JournalKind.ErrorCaught && j.NodeId == "rejected");
    }

    [Fact]
    public void An_automation_error_not_caught_on_the_task_is_caught_by_the_enclosing_subprocess()
    {
        var model = new TestProcess().Start().SubProcess("setup").Service("create-accounts", "create-accounts", "setup")
            .TimerBoundary("slow", "create-accounts", "PT1H").End("s-end", "setup").Chain("slow", "s-end")
            .ErrorBoundary("failed", "setup").User("manual-setup").End()
            .Chain("start", "setup", "end").Chain("failed", "manual-setup", "end").Build();
        var instance = TestInstance.Started(model);
        var slowKey = instance.TimerOf("slow").Key;

        instance.Do(new AutomationFailed(instance.TokenAt("create-accounts").Id, 1, "Quota exceeded", "Quota"));

        instance.ActiveNodes.ShouldBe(["manual-setup"]);
        instance.Effects.CancelledTimerKeys.ShouldBe([slowKey]);
        instance.Effects.Journal.ShouldContain(j => j.Kind == JournalKind.ErrorCaught && j.Text.Contains("Quota"));
    }

    [Fact]
    public void An_uncaught_error_end_event_raises_an_incident()
    {
        var model = new TestProcess().Start().SubProcess("sub").ErrorEnd("fail", "Rejected", "sub").End().Chain("start", "sub", "end").Build();

        var instance = TestInstance.Started(model);

        instance.TokenAt("fail").Wait.ShouldBe(TokenWait.Incident);
        InstanceQueries.NeedsAttention(instance.State).ShouldBeTrue();
    }

    [Fact]
    public void A_terminate_end_inside_a_subprocess_ends_only_that_scope()
    {
        var model = new TestProcess().Start().And("fork").User("outside").SubProcess("sub")
            .And("s-fork", "sub").User("inside", parent: "sub").TerminateEnd("stop", "sub").User("after").End()
            .Chain("start", "fork", "outside", "end").Chain("fork", "sub", "after", "end").Chain("s-fork", "inside").Chain("s-fork", "stop").Build();

        var instance = TestInstance.Started(model);

        instance.ActiveNodes.ShouldBe(["outside", "after"]);
        instance.State.Status.ShouldBe(InstanceStatus.Running);
        instance.Effects.ClosedWorkItems.Single().NodeId.ShouldBe("inside");
    }

    [Fact]
    public void An_interrupting_timer_on_a_subprocess_cancels_its_children_and_their_timers()
    {
        var model = new TestProcess().Start().SubProcess("sub").User("inside", parent: "sub")
            .TimerBoundary("nag", "inside", "P1D", interrupting: false).End("nagged", "sub").Chain("nag", "nagged")
            .Timer("wait", TimerKind.Duration, "P9D", "sub")
            .TimerBoundary("deadline", "sub", "P5BD").User("late").End()
            .Chain("start", "sub", "end").Chain("deadline", "late", "end").Build();
        var instance = TestInstance.Started(model);
        instance.State.Timers.Count.ShouldBe(3);

        instance.FireTimerOf("deadline");

        instance.ActiveNodes.ShouldBe(["late"]);
        instance.State.Timers.ShouldBeEmpty();
        instance.Effects.CancelledTimerKeys.Count.ShouldBe(2);
        instance.Effects.ClosedWorkItems.Single().NodeId.ShouldBe("inside");
    }
}
