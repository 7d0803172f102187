using System.Text.Json.Nodes;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;

namespace Onboarding.Tests.Workflows.Engine;

public sealed class ServiceTaskTests
{
    private static readonly ProcessModel Welcome = new TestProcess()
        .Start()
        .Node("welcome", NodeKind.ServiceTask, n => n with
        {
            Name = "Send welcome", Automation = "send-welcome", AutomationParameters = new Dictionary<string, string> { ["template"] = "welcome" },
        })
        .ErrorBoundary("no-email", "welcome", "NoEmail").User("fix-email").End().End("fixed")
        .Chain("start", "welcome", "end").Chain("no-email", "fix-email", "fixed")
        .Build();

    [Fact]
    public void A_service_task_requests_its_automation_and_moves_on_when_it_succeeds()
    {
        var instance = TestInstance.Started(Welcome);
        var token = instance.TokenAt("welcome");
        token.ShouldSatisfyAllConditions(t => t.Wait.ShouldBe(TokenWait.Automation), t => t.Attempt.ShouldBe(1));
        var request = instance.Effects.Automations.Single();
        request.ShouldSatisfyAllConditions(
            r => r.TokenId.ShouldBe(token.Id), r => r.NodeId.ShouldBe("welcome"), r => r.Automation.ShouldBe("send-welcome"),
            r => r.Attempt.ShouldBe(1), r => r.Parameters["template"].ShouldBe("welcome"));

        instance.Do(new AutomationSucceeded(token.Id, 1, new JsonObject { ["sentAt"] = "today" }));

        instance.State.Variables["sentAt"]!.GetValue<string>().ShouldBe("today");
        instance.State.Status.ShouldBe(InstanceStatus.Completed);
    }

    [Fact]
    public void A_failed_automation_is_retried_with_exponential_back_off_then_raises_an_incident()
    {
        var instance = TestInstance.Started(Welcome);
        var start = instance.Environment.NowUtc;
        var tokenId = instance.TokenAt("welcome").Id;

        instance.Do(new AutomationFailed(tokenId, 1, "SMTP timeout"));
        instance.TokenAt("welcome").Wait.ShouldBe(TokenWait.AutomationRetry);
        var retry = instance.Effects.ArmedTimers.Single();
        retry.ShouldSatisfyAllConditions(
            t => t.Purpose.ShouldBe(TimerPurpose.AutomationRetry), t => t.DueAtUtc.ShouldBe(start.AddSeconds(30)), t => t.TokenId.ShouldBe(tokenId));

        instance.FireTimerOf("welcome");
        instance.Effects.Automations.Single().Attempt.ShouldBe(2);
        instance.Do(new AutomationFailed(tokenId, 2, "SMTP timeout"));
        instance.Effects.ArmedTimers.Single().DueAtUtc.ShouldBe(start.AddSeconds(60));
        instance.FireTimerOf("welcome");
        instance.Do(new AutomationFailed(tokenId, 3, "Mailbox full"));

        var token = instance.TokenAt("welcome");
        token.Wait.ShouldBe(TokenWait.Incident);
        token.IncidentMessage!.ShouldSatisfyAllConditions(m => m.ShouldContain("send-welcome"), m => m.ShouldContain("3 times"), m => m.ShouldContain("Mailbox full"));
        instance.Effects.Incidents.Single().TokenId.ShouldBe(tokenId);
    }

    [Fact]
    public void Retrying_an_automation_incident_requests_it_again_counting_from_attempt_one()
    {
        var instance = TestInstance.Started(Welcome, environment: TestEnvironment.At(TestEnvironment.Monday) with { MaxAutomationAttempts = 1 });
        var tokenId = instance.TokenAt("welcome").Id;
        instance.Do(new AutomationFailed(tokenId, 1, "down"));

        instance.Do(new RetryIncident(tokenId, "priya"));

        instance.Effects.ResolvedIncidents.ShouldBe([tokenId]);
        instance.Effects.Automations.Single().Attempt.ShouldBe(1);
        instance.Effects.Journal.ShouldContain(j => j.Kind == JournalKind.IncidentRetried && j.By == "priya");
        instance.Succeed("welcome");
        instance.State.Status.ShouldBe(InstanceStatus.Completed);
    }

    [Fact]
    public void Retrying_a_token_without_an_incident_is_rejected()
    {
        var instance = TestInstance.Started(Welcome);

        Should.Throw<StimulusRejectedException>(() => instance.Do(new RetryIncident(instance.TokenAt("welcome").Id, "priya")));
    }

    [Fact]
    public void A_stale_report_is_ignored()
    {
        var model = new TestProcess().Start().Service("welcome").User("review").End().Chain("start", "welcome", "review", "end").Build();
        var instance = TestInstance.Started(model);
        var tokenId = instance.TokenAt("welcome").Id;
        instance.Do(new AutomationFailed(tokenId, 1, "down"));
        instance.FireTimerOf("welcome");

        instance.Do(new AutomationSucceeded(tokenId, 1)).Outcome.ShouldBe(StepOutcome.Ignored);
        instance.Do(new AutomationFailed(tokenId + 100, 2, "who?")).Outcome.ShouldBe(StepOutcome.Ignored);
        instance.Do(new AutomationSucceeded(tokenId, 2)).Outcome.ShouldBe(StepOutcome.Applied);
        instance.Do(new AutomationSucceeded(tokenId, 2)).Outcome.ShouldBe(StepOutcome.Ignored);
    }

    [Fact]
    public void A_business_error_is_caught_by_the_matching_error_boundary_and_never_retried()
    {
        var instance = TestInstance.Started(Welcome);

        instance.Do(new AutomationFailed(instance.TokenAt("welcome").Id, 1, "No e-mail address", "NoEmail"));

        instance.ActiveNodes.ShouldBe(["fix-email"]);
        instance.Effects.ArmedTimers.ShouldBeEmpty();
        instance.Effects.Journal.ShouldContain(j => j.Kind == JournalKind.ErrorCaught && j.NodeId == "no-email");
    }

    [Fact]
    public void An_uncaught_business_error_raises_an_incident_naming_the_error()
    {
        var instance = TestInstance.Started(Welcome);

        instance.Do(new AutomationFailed(instance.TokenAt("welcome").Id, 1, "Bounced", "Bounced"));

        var token = instance.TokenAt("welcome");
        token.Wait.ShouldBe(TokenWait.Incident);
        token.IncidentMessage!.ShouldContain("'Bounced'");
        token.IncidentMessage!.ShouldContain("not caught");
    }

    [Fact]
    public void A_specific_error_boundary_wins_over_a_catch_all_one()
    {
        var model = new TestProcess().Start().Service("welcome").ErrorBoundary("any", "welcome").ErrorBoundary("bounced", "welcome", "Bounced")
            .User("any-task").User("bounced-task").End().Chain("start", "welcome", "end").Chain("any", "any-task", "end").Chain("bounced", "bounced-task", "end").Build();
        var instance = TestInstance.Started(model);

        instance.Do(new AutomationFailed(instance.TokenAt("welcome").Id, 1, "Bounced", "Bounced"));
        instance.ActiveNodes.ShouldBe(["bounced-task"]);

        var other = TestInstance.Started(model);
        other.Do(new AutomationFailed(other.TokenAt("welcome").Id, 1, "Other", "Other"));
        other.ActiveNodes.ShouldBe(["any-task"]);
    }
}
