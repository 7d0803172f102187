using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;

namespace Onboarding.Tests.Workflows.Engine;

public sealed class BoundaryTests
{
    private static readonly ProcessModel ReminderLadder = new TestProcess()
        .Start().User("questionnaire", stage: "Questionnaire")
        .TimerBoundary("remind", "questionnaire", "R3/P2BD", interrupting: false, TimerKind.Cycle)
        .Service("send-reminder", "send-reminder").End("reminded").End()
        .Chain("start", "questionnaire", "end").Chain("remind", "send-reminder", "reminded")
        .Build();

    [Fact]
    public void A_non_interrupting_timer_sends_a_new_token_and_the_task_stays_active()
    {
        var instance = TestInstance.Started(ReminderLadder);
        var task = instance.TokenAt("questionnaire");
        var timer = instance.TimerOf("remind");
        timer.ShouldSatisfyAllConditions(
            t => t.Purpose.ShouldBe(TimerPurpose.Boundary), t => t.TokenId.ShouldBe(task.Id), t => t.DueAtUtc.ShouldBe(TestEnvironment.Monday.AddDays(2)));

        instance.Do(new FireTimer(timer.Key));

        instance.TokenAt("questionnaire").ShouldBe(task);
        instance.ActiveNodes.ShouldBe(["questionnaire", "send-reminder"]);
        instance.Effects.ClosedWorkItems.ShouldBeEmpty();
    }

    [Fact]
    public void A_cycle_re_arms_with_a_new_key_until_it_is_exhausted()
    {
        var instance = TestInstance.Started(ReminderLadder);
        var dues = new List<DateTime>();
        var keys = new List<string>();
        while (instance.State.Timers.SingleOrDefault(t => t.NodeId == "remind") is { } timer)
        {
            dues.Add(timer.DueAtUtc);
            keys.Add(timer.Key);
            instance.Do(new FireTimer(timer.Key));
            instance.Succeed("send-reminder");
        }

        // Armed Monday 2 March: Wednesday, Friday, then Tuesday (two business days over the weekend).
        dues.ShouldBe([new(2026, 3, 4, 9, 0, 0, DateTimeKind.Utc), new(2026, 3, 6, 9, 0, 0, DateTimeKind.Utc), new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc)]);
        keys.Distinct().Count().ShouldBe(3);
        instance.ActiveNodes.ShouldBe(["questionnaire"]);
        instance.Do(new FireTimer(keys[0])).Outcome.ShouldBe(StepOutcome.Ignored);
    }

    [Fact]
    public void An_interrupting_timer_cancels_the_task_and_leaves_by_the_boundary()
    {
        var model = new TestProcess().Start().User("review").TimerBoundary("remind", "review", "P1D", interrupting: false)
            .TimerBoundary("escalate", "review", "P5BD").User("escalation").End()
            .Chain("start", "review", "end").Chain("remind", "end").Chain("escalate", "escalation", "end").Build();
        var instance = TestInstance.Started(model);
        var review = instance.TokenAt("review");
        var remindKey = instance.TimerOf("remind").Key;

        instance.FireTimerOf("escalate");

        instance.ActiveNodes.ShouldBe(["escalation"]);
        instance.Effects.ClosedWorkItems.ShouldBe([new WorkItemClosed(review.Id, "review", WorkItemCloseReason.Cancelled, null)]);
        instance.Effects.CancelledTimerKeys.ShouldBe([remindKey]);
        instance.State.Timers.ShouldBeEmpty();
        Should.Throw<StimulusRejectedException>(() => instance.Do(new CompleteWorkItem(review.Id, "alex")));
    }

    [Fact]
    public void An_interrupting_timer_on_a_service_task_drops_the_automation_and_late_reports_are_ignored()
    {
        var model = new TestProcess().Start().Service("sync").TimerBoundary("timeout", "sync", "PT1H").User("manual").End()
            .Chain("start", "sync", "end").Chain("timeout", "manual", "end").Build();
        var instance = TestInstance.Started(model);
        var sync = instance.TokenAt("sync");

        instance.FireTimerOf("timeout");

        instance.ActiveNodes.ShouldBe(["manual"]);
        instance.Do(new AutomationSucceeded(sync.Id, 1)).Outcome.ShouldBe(StepOutcome.Ignored);
    }

    [Fact]
    public void When_the_error_comes_first_the_timer_boundary_is_cancelled()
    {
        var instance = TestInstance.Started(ErrorAndTimer());
        var timerKey = instance.TimerOf("timeout").Key;

        instance.Do(new AutomationFailed(instance.TokenAt("check").Id, 1, "Input is missing", "404"));

        instance.ActiveNodes.ShouldBe(["handle-error"]);
        instance.Effects.CancelledTimerKeys.ShouldBe([timerKey]);
        instance.Do(new FireTimer(timerKey)).Outcome.ShouldBe(StepOutcome.Ignored);
    }

    [Fact]
    public void When_the_timer_comes_first_a_late_error_is_ignored()
    {
        var instance = TestInstance.Started(ErrorAndTimer());
        var check = instance.TokenAt("check");

        instance.FireTimerOf("timeout");

        instance.ActiveNodes.ShouldBe(["timed-out"]);
        instance.Do(new AutomationFailed(check.Id, 1, "Input is missing", "404")).Outcome.ShouldBe(StepOutcome.Ignored);
    }

    private static ProcessModel ErrorAndTimer() => new TestProcess()
        .Start().Service("check", "check-input").ErrorBoundary("error", "check", "404").TimerBoundary("timeout", "check", "PT5M")
        .User("handle-error").User("timed-out").End()
        .Chain("start", "check", "end").Chain("error", "handle-error", "end").Chain("timeout", "timed-out", "end")
        .Build();
}
