using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;

namespace Onboarding.Tests.Workflows.Engine;

/// <summary>Property-style: whatever order people complete parallel work in, the process completes exactly once.</summary>
public sealed class ParallelPropertyTests
{
    /// <summary>
    /// Two nested parallel blocks, a joined block followed by a second split, a subprocess with its own join, and a
    /// reminder timer: every interleaving of completions and timer firings must end Completed with no token left.
    /// </summary>
    private static readonly ProcessModel Onboarding = new TestProcess()
        .Start().And("fork")
        .User("contract").User("deposit").And("inner-fork").User("questionnaire").User("accounts").And("inner-join")
        .SubProcess("setup").And("s-fork", "setup").User("dns", parent: "setup").User("email", parent: "setup").And("s-join", "setup").End("s-end", "setup")
        .TimerBoundary("remind", "questionnaire", "R2/P1D", interrupting: false, TimerKind.Cycle).Task("log-reminder").End("reminded")
        .And("join").User("kickoff").And("fork2").User("sow").User("invoice").And("join2").End()
        .Chain("start", "fork", "contract", "join").Chain("fork", "deposit", "join")
        .Chain("fork", "inner-fork", "questionnaire", "inner-join", "join").Chain("inner-fork", "accounts", "inner-join")
        .Chain("fork", "setup", "join").Chain("s-fork", "dns", "s-join", "s-end").Chain("s-fork", "email", "s-join")
        .Chain("remind", "log-reminder", "reminded")
        .Chain("join", "kickoff", "fork2", "sow", "join2", "end").Chain("fork2", "invoice", "join2")
        .Build();

    [Fact]
    public void Random_completion_orders_of_a_parallel_process_always_complete_exactly_once()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var random = new Random(seed);
            var instance = TestInstance.Started(Onboarding);
            var completedSteps = 0;
            var steps = 0;
            while (instance.State.Status == InstanceStatus.Running)
            {
                (++steps).ShouldBeLessThan(100, $"seed {seed} does not finish");
                var workItems = instance.State.Tokens.Where(t => t.Wait == TokenWait.WorkItem).ToList();
                var timers = instance.State.Timers;
                var pick = random.Next(workItems.Count + timers.Count);
                if (pick < workItems.Count)
                {
                    instance.Do(new CompleteWorkItem(workItems[pick].Id, "alex"));
                }
                else
                {
                    instance.Do(new FireTimer(timers[pick - workItems.Count].Key)).Outcome.ShouldBe(StepOutcome.Applied);
                }

                completedSteps += instance.Effects.Journal.Count(j => j.Kind == JournalKind.Completed);
                instance.State.Tokens.ShouldNotContain(t => t.Wait == TokenWait.None || t.Wait == TokenWait.Incident, $"seed {seed}");
                InstanceQueries.IsStuck(Onboarding, instance.State).ShouldBeFalse($"seed {seed}");
            }

            instance.State.Status.ShouldBe(InstanceStatus.Completed, $"seed {seed}");
            completedSteps.ShouldBe(1, $"seed {seed}");
            instance.State.Tokens.ShouldBeEmpty();
            instance.State.Timers.ShouldBeEmpty();
            instance.Effects.Journal.Count(j => j.Kind == JournalKind.Left && j.NodeId == "join2").ShouldBe(1);
        }
    }
}
