using System.Text.Json.Nodes;
using Onboarding.Workflows.Engine;

namespace Onboarding.Tests.Workflows.Engine;

public sealed class MessageTests
{
    [Fact]
    public void A_message_catch_waits_and_the_payload_is_merged_on_delivery()
    {
        var model = new TestProcess().Start().Message("paid", "DepositPaid").End().Chain("start", "paid", "end").Build();
        var instance = TestInstance.Started(model);
        var token = instance.TokenAt("paid");
        token.Wait.ShouldBe(TokenWait.Message);
        instance.Effects.AwaitedMessages.ShouldBe([new MessageAwaited(token.Id, "paid", "DepositPaid")]);

        instance.Do(new DeliverMessage("DepositPaid", new JsonObject { ["amount"] = 500 }));

        instance.State.Variables["amount"]!.GetValue<int>().ShouldBe(500);
        instance.Effects.EndedMessageWaits.ShouldBe([token.Id]);
        instance.State.Status.ShouldBe(InstanceStatus.Completed);
    }

    [Fact]
    public void Every_token_waiting_for_the_message_takes_it()
    {
        var model = new TestProcess().Start().And("fork").Message("a", "DepositPaid").Message("b", "DepositPaid").Message("c", "Other")
            .And("join").End().Chain("start", "fork", "a", "join", "end").Chain("fork", "b", "join").Chain("fork", "c", "join").Build();
        var instance = TestInstance.Started(model);

        instance.Do(new DeliverMessage("DepositPaid"));

        instance.Effects.EndedMessageWaits.Count.ShouldBe(2);
        instance.ActiveNodes.ShouldBe(["c", "join"]);
    }

    [Fact]
    public void A_message_nobody_waits_for_is_ignored_with_a_reason()
    {
        var instance = TestInstance.Started(new TestProcess().Start().Message("paid", "DepositPaid").End().Chain("start", "paid", "end").Build());
        var before = instance.State;

        var result = instance.Do(new DeliverMessage("ScopeApproved"));

        result.Outcome.ShouldBe(StepOutcome.Ignored);
        result.IgnoredBecause!.ShouldContain("ScopeApproved");
        result.State.ShouldBeSameAs(before);
        result.Effects.Journal.ShouldBeEmpty();
    }
}
