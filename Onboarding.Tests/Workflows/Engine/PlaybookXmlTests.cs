using System.Text.Json.Nodes;
using Onboarding.Tests.Workflows.Bpmn;
using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;

namespace Onboarding.Tests.Workflows.Engine;

/// <summary>Small playbooks written as BPMN XML with our onboarding: attributes, read by the real reader and run.</summary>
public sealed class PlaybookXmlTests
{
    private static readonly ProcessModel Contract = BpmnReader.Read(BpmnXml.Process(
        """
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="contract" />
        <bpmn:userTask id="contract" name="Send contract" onboarding:stage="Contract" onboarding:role="AccountManager"
                       onboarding:dueBusinessDays="2" onboarding:checklist="Contract sent|Deposit invoice sent" />
        <bpmn:boundaryEvent id="remind" name="Reminder" attachedToRef="contract" cancelActivity="false">
          <bpmn:timerEventDefinition><bpmn:timeCycle>R3/P2BD</bpmn:timeCycle></bpmn:timerEventDefinition>
        </bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="f-remind" sourceRef="remind" targetRef="nudge" />
        <bpmn:serviceTask id="nudge" name="Nudge the account manager" onboarding:automation="send-reminder" />
        <bpmn:sequenceFlow id="f-nudged" sourceRef="nudge" targetRef="nudged" />
        <bpmn:endEvent id="nudged" />
        <bpmn:sequenceFlow id="f2" sourceRef="contract" targetRef="paid" />
        <bpmn:intermediateCatchEvent id="paid" name="Deposit paid" onboarding:stage="Contract"><bpmn:messageEventDefinition messageRef="m1" /></bpmn:intermediateCatchEvent>
        <bpmn:sequenceFlow id="f3" sourceRef="paid" targetRef="size" />
        <bpmn:exclusiveGateway id="size" name="Budget check" default="f-small" />
        <bpmn:sequenceFlow id="f-big" name="Large" sourceRef="size" targetRef="kickoff">
          <bpmn:conditionExpression>vars.budget &gt;= 10000</bpmn:conditionExpression>
        </bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="f-small" sourceRef="size" targetRef="end" />
        <bpmn:userTask id="kickoff" name="Kickoff meeting" onboarding:stage="Kickoff" onboarding:role="OpsLead" />
        <bpmn:sequenceFlow id="f4" sourceRef="kickoff" targetRef="end" />
        <bpmn:endEvent id="end" />
        """,
        """<bpmn:message id="m1" name="DepositPaid" />"""));

    [Fact]
    public void A_contract_playbook_runs_from_the_contract_through_reminders_and_the_deposit_to_the_kickoff()
    {
        var instance = TestInstance.Started(Contract);
        instance.Effects.OpenedWorkItems.Single().ShouldSatisfyAllConditions(
            w => w.Title.ShouldBe("Send contract"), w => w.Role.ShouldBe("AccountManager"), w => w.Stage.ShouldBe("Contract"),
            w => w.DueAtUtc.ShouldBe(new DateTime(2026, 3, 4, 9, 0, 0, DateTimeKind.Utc)), w => w.Checklist.ShouldBe(["Contract sent", "Deposit invoice sent"]));

        instance.FireTimerOf("remind");
        instance.Effects.Automations.Single().Automation.ShouldBe("send-reminder");
        instance.Succeed("nudge");
        instance.ActiveNodes.ShouldBe(["contract"]);

        instance.Complete("contract");
        instance.State.Timers.ShouldBeEmpty();
        instance.Effects.AwaitedMessages.Single().MessageName.ShouldBe("DepositPaid");
        InstanceQueries.CurrentStages(Contract, instance.State).ShouldBe(["Contract"]);

        instance.Do(new DeliverMessage("DepositPaid", new JsonObject { ["budget"] = 25000 }));
        instance.Effects.Journal.ShouldContain(j => j.Kind == JournalKind.ConditionTaken && j.Text == "'Budget check' took 'Large' (f-big)");
        InstanceQueries.CurrentStages(Contract, instance.State).ShouldBe(["Kickoff"]);
        instance.Effects.OpenedWorkItems.Single().Role.ShouldBe("OpsLead");

        instance.Complete("kickoff");
        instance.State.Status.ShouldBe(InstanceStatus.Completed);
    }

    [Fact]
    public void A_small_budget_takes_the_default_flow_to_the_end()
    {
        var instance = TestInstance.Started(Contract);
        instance.Complete("contract");

        instance.Do(new DeliverMessage("DepositPaid", new JsonObject { ["budget"] = 800 }));

        instance.State.Status.ShouldBe(InstanceStatus.Completed);
    }

    [Fact]
    public void An_error_end_event_in_a_subprocess_is_caught_by_its_error_boundary_by_error_code()
    {
        var model = BpmnReader.Read(BpmnXml.Process(
            """
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="setup" />
            <bpmn:subProcess id="setup" name="Tech setup">
              <bpmn:startEvent id="s-start" />
              <bpmn:sequenceFlow id="s1" sourceRef="s-start" targetRef="access" />
              <bpmn:userTask id="access" name="Request access" onboarding:role="AccountManager" />
              <bpmn:sequenceFlow id="s2" sourceRef="access" targetRef="granted" />
              <bpmn:exclusiveGateway id="granted" name="Access granted?" default="s-ok" />
              <bpmn:sequenceFlow id="s-no" sourceRef="granted" targetRef="refused"><bpmn:conditionExpression>vars.refused === true</bpmn:conditionExpression></bpmn:sequenceFlow>
              <bpmn:sequenceFlow id="s-ok" sourceRef="granted" targetRef="s-end" />
              <bpmn:endEvent id="refused"><bpmn:errorEventDefinition errorRef="e1" /></bpmn:endEvent>
              <bpmn:endEvent id="s-end" />
            </bpmn:subProcess>
            <bpmn:boundaryEvent id="on-refused" attachedToRef="setup"><bpmn:errorEventDefinition errorRef="e1" /></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="f-refused" sourceRef="on-refused" targetRef="escalate" />
            <bpmn:userTask id="escalate" name="Escalate to the client" onboarding:role="OpsLead" />
            <bpmn:sequenceFlow id="f-esc" sourceRef="escalate" targetRef="end" />
            <bpmn:sequenceFlow id="f2" sourceRef="setup" targetRef="end" />
            <bpmn:endEvent id="end" />
            """,
            """<bpmn:error id="e1" name="Access refused" errorCode="ACCESS_REFUSED" />"""));
        var instance = TestInstance.Started(model);

        instance.Complete("access", new JsonObject { ["refused"] = true });

        instance.ActiveNodes.ShouldBe(["escalate"]);
        instance.Effects.Journal.ShouldContain(j => j.Kind == JournalKind.ErrorCaught && j.Text.Contains("ACCESS_REFUSED"));
    }
}
