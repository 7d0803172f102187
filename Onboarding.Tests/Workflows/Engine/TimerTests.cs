using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;

namespace Onboarding.Tests.Workflows.Engine;

public sealed class TimerTests
{
    [Fact]
    public void A_timer_catch_event_arms_a_timer_and_moves_on_when_it_fires()
    {
        var model = new TestProcess().Start().Timer("wait", TimerKind.Duration, "P3BD").User("chase").End().Chain("start", "wait", "chase", "end").Build();
        var instance = TestInstance.Started(model);

        var timer = instance.Effects.ArmedTimers.Single();
        timer.ShouldSatisfyAllConditions(
            t => t.Key.ShouldBe("t1"), t => t.NodeId.ShouldBe("wait"), t => t.Purpose.ShouldBe(TimerPurpose.CatchEvent),
            t => t.DueAtUtc.ShouldBe(TestEnvironment.Monday.AddDays(3)), t => t.TokenId.ShouldBe(instance.TokenAt("wait").Id));
        instance.TokenAt("wait").Wait.ShouldBe(TokenWait.Timer);

        instance.Do(new FireTimer("t1"));

        instance.ActiveNodes.ShouldBe(["chase"]);
        instance.State.Timers.ShouldBeEmpty();
    }

    [Fact]
    public void Firing_a_timer_twice_is_ignored_the_second_time()
    {
        var model = new TestProcess().Start().Timer("wait", TimerKind.Duration, "PT4H").User("chase").End().Chain("start", "wait", "chase", "end").Build();
        var instance = TestInstance.Started(model);
        instance.Do(new FireTimer("t1")).Outcome.ShouldBe(StepOutcome.Applied);

        var second = instance.Do(new FireTimer("t1"));

        second.Outcome.ShouldBe(StepOutcome.Ignored);
        second.IgnoredBecause.ShouldBe("The timer 't1' already fired or was cancelled.");
        instance.State.Tokens.Count(t => t.NodeId == "chase").ShouldBe(1);
    }

    [Fact]
    public void A_cycle_on_a_catch_event_fires_once()
    {
        var model = new TestProcess().Start().Timer("wait", TimerKind.Cycle, "R3/PT1H").End().Chain("start", "wait", "end").Build();
        var instance = TestInstance.Started(model);

        instance.Do(new FireTimer("t1"));

        instance.State.Status.ShouldBe(InstanceStatus.Completed);
        instance.Effects.ArmedTimers.ShouldBeEmpty();
    }

    [Fact]
    public void An_unreadable_timer_raises_an_incident_on_the_token()
    {
        var model = new TestProcess().Start().Timer("wait", TimerKind.Duration, "soon").End().Chain("start", "wait", "end").Build();

        var instance = TestInstance.Started(model);

        instance.TokenAt("wait").Wait.ShouldBe(TokenWait.Incident);
        instance.TokenAt("wait").IncidentMessage!.ShouldContain("soon");
    }
}
