using System.Text.Json.Nodes;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;

namespace Onboarding.Tests.Workflows.Engine;

public sealed class UserTaskTests
{
    private static readonly ProcessModel Review = new TestProcess()
        .Start()
        .Node("review", NodeKind.UserTask, n => n with
        {
            Name = "Review contract", Stage = "Contract", Role = "AccountManager", DueBusinessDays = 2,
            Checklist = ["Signed", "Deposit invoice sent"], Form = "contract", Gate = "deposit-paid",
        })
        .End()
        .Chain("start", "review", "end")
        .Build();

    [Fact]
    public void A_user_task_opens_a_work_item_due_in_business_days()
    {
        var friday = new DateTime(2026, 3, 6, 15, 0, 0, DateTimeKind.Utc);
        var instance = TestInstance.Started(Review, environment: TestEnvironment.At(friday));

        var token = instance.TokenAt("review");
        token.Wait.ShouldBe(TokenWait.WorkItem);
        instance.Effects.OpenedWorkItems.Single().ShouldBeEquivalentTo(new WorkItemOpened(
            token.Id, "review", "Review contract", "Contract", "AccountManager",
            new DateTime(2026, 3, 10, 15, 0, 0, DateTimeKind.Utc), ["Signed", "Deposit invoice sent"], "contract", "deposit-paid"));
        instance.Effects.Journal.ShouldContain(j => j.Kind == JournalKind.WorkItemOpened && j.Text.Contains("Review contract"));
    }

    [Fact]
    public void Completing_merges_the_output_closes_the_work_item_and_moves_on()
    {
        var instance = TestInstance.Started(Review);
        var tokenId = instance.TokenAt("review").Id;

        instance.Complete("review", new JsonObject { ["approved"] = true }, by: "alex");

        instance.State.Variables["approved"]!.GetValue<bool>().ShouldBeTrue();
        instance.Effects.ClosedWorkItems.ShouldBe([new WorkItemClosed(tokenId, "review", WorkItemCloseReason.Completed, "alex")]);
        instance.Effects.Journal.First().ShouldSatisfyAllConditions(
            j => j.Kind.ShouldBe(JournalKind.WorkItemCompleted), j => j.By.ShouldBe("alex"), j => j.NodeId.ShouldBe("review"));
        instance.State.Status.ShouldBe(InstanceStatus.Completed);
    }

    [Fact]
    public void Completing_the_same_work_item_twice_is_rejected()
    {
        var model = new TestProcess().Start().User("review").User("approve").End().Chain("start", "review", "approve", "end").Build();
        var instance = TestInstance.Started(model);
        var reviewToken = instance.TokenAt("review").Id;
        instance.Do(new CompleteWorkItem(reviewToken, "alex"));

        // The next work item must not be completed by a stale click on the first one.
        var rejected = Should.Throw<StimulusRejectedException>(() => instance.Do(new CompleteWorkItem(reviewToken, "alex")));

        rejected.Message.ShouldContain("is not open; it was completed or cancelled");
        instance.ActiveNodes.ShouldBe(["approve"]);
    }

    [Fact]
    public void Completing_a_token_that_waits_for_something_else_is_rejected()
    {
        var instance = TestInstance.Started(new TestProcess().Start().Message("paid", "DepositPaid").End().Chain("start", "paid", "end").Build());

        Should.Throw<StimulusRejectedException>(() => instance.Do(new CompleteWorkItem(instance.TokenAt("paid").Id, "alex")));
    }

    [Fact]
    public void Completing_cancels_the_boundary_timers_of_the_task()
    {
        var model = new TestProcess().Start().User("review").TimerBoundary("reminder", "review", "R3/P2BD", interrupting: false, TimerKind.Cycle)
            .TimerBoundary("escalate", "review", "P10D").Task("chase").End().End("escalated")
            .Chain("start", "review", "end").Chain("reminder", "chase").Chain("escalate", "escalated").Build();
        var instance = TestInstance.Started(model);
        var armed = instance.Effects.ArmedTimers.Select(t => t.Key).ToList();
        armed.Count.ShouldBe(2);

        instance.Complete("review");

        instance.Effects.CancelledTimerKeys.ShouldBe(armed);
        instance.State.Timers.ShouldBeEmpty();
    }
}
