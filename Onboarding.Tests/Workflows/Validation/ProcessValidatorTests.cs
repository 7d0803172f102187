using Onboarding.Tests.Workflows.Bpmn;
using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Validation;

namespace Onboarding.Tests.Workflows.Validation;

/// <summary>A complete, valid playbook gives no findings; findings come in document order; HasErrors.</summary>
public sealed class ProcessValidatorTests
{
    /// <summary>Every supported element, used correctly.</summary>
    public const string ValidPlaybook = """
        <bpmn:laneSet id="lanes"><bpmn:lane id="lane-am" name="AccountManager"><bpmn:flowNodeRef>call</bpmn:flowNodeRef></bpmn:lane></bpmn:laneSet>
        <bpmn:startEvent id="start" name="Deal won" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="kickoff" />
        <bpmn:userTask id="kickoff" name="Kick-off" onboarding:role="OpsLead" onboarding:dueBusinessDays="3" onboarding:stage="Kick-off" />
        <bpmn:boundaryEvent id="remind" attachedToRef="kickoff" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeCycle>R3/P2BD</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="f-remind" sourceRef="remind" targetRef="nudge" />
        <bpmn:serviceTask id="nudge" name="Send reminder" onboarding:automation="send-welcome" />
        <bpmn:sequenceFlow id="f-nudged" sourceRef="nudge" targetRef="reminded" />
        <bpmn:endEvent id="reminded" />
        <bpmn:sequenceFlow id="f2" sourceRef="kickoff" targetRef="welcome" />
        <bpmn:serviceTask id="welcome" name="Send welcome" onboarding:automation="send-welcome" onboarding:parameters="template=welcome" />
        <bpmn:sequenceFlow id="f3" sourceRef="welcome" targetRef="deposit?" />
        <bpmn:exclusiveGateway id="deposit?" name="Deposit needed?" default="no-deposit" />
        <bpmn:sequenceFlow id="yes-deposit" sourceRef="deposit?" targetRef="paid"><bpmn:conditionExpression>vars.amount &gt; 1000</bpmn:conditionExpression></bpmn:sequenceFlow>
        <bpmn:sequenceFlow id="no-deposit" sourceRef="deposit?" targetRef="wait" />
        <bpmn:intermediateCatchEvent id="paid" name="Deposit paid"><bpmn:messageEventDefinition messageRef="m-paid" /></bpmn:intermediateCatchEvent>
        <bpmn:intermediateCatchEvent id="wait" name="Cool-off"><bpmn:timerEventDefinition><bpmn:timeDuration>P1BD</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        <bpmn:sequenceFlow id="f4" sourceRef="paid" targetRef="merge" />
        <bpmn:sequenceFlow id="f5" sourceRef="wait" targetRef="merge" />
        <bpmn:exclusiveGateway id="merge" />
        <bpmn:sequenceFlow id="f6" sourceRef="merge" targetRef="fork" />
        <bpmn:parallelGateway id="fork" />
        <bpmn:sequenceFlow id="f7" sourceRef="fork" targetRef="call" />
        <bpmn:sequenceFlow id="f8" sourceRef="fork" targetRef="setup" />
        <bpmn:userTask id="call" name="Call the client" />
        <bpmn:subProcess id="setup" name="Set up accounts">
          <bpmn:startEvent id="s-start" />
          <bpmn:sequenceFlow id="s1" sourceRef="s-start" targetRef="s-task" />
          <bpmn:task id="s-task" name="Create accounts" />
          <bpmn:sequenceFlow id="s2" sourceRef="s-task" targetRef="s-end" />
          <bpmn:endEvent id="s-end"><bpmn:errorEventDefinition errorRef="e-access" /></bpmn:endEvent>
        </bpmn:subProcess>
        <bpmn:boundaryEvent id="no-access" attachedToRef="setup"><bpmn:errorEventDefinition errorRef="e-access" /></bpmn:boundaryEvent>
        <bpmn:sequenceFlow id="f-failed" sourceRef="no-access" targetRef="failed" />
        <bpmn:endEvent id="failed"><bpmn:terminateEventDefinition /></bpmn:endEvent>
        <bpmn:sequenceFlow id="f9" sourceRef="call" targetRef="join" />
        <bpmn:sequenceFlow id="f10" sourceRef="setup" targetRef="join" />
        <bpmn:parallelGateway id="join" />
        <bpmn:sequenceFlow id="f11" sourceRef="join" targetRef="done" />
        <bpmn:endEvent id="done" />
        """;

    public const string ValidRootElements = """<bpmn:message id="m-paid" name="DepositPaid" /><bpmn:error id="e-access" errorCode="NO_ACCESS" />""";

    [Fact]
    public void A_complete_valid_playbook_has_no_findings()
    {
        var findings = Validate.Xml(BpmnXml.Process(ValidPlaybook, ValidRootElements), Validate.Context with { Stages = ["Kick-off"] });

        findings.ShouldBeEmpty();
        findings.HasErrors().ShouldBeFalse();
    }

    [Fact]
    public void Findings_are_in_document_order_with_findings_on_the_process_first()
    {
        var findings = Validate.Xml(BpmnXml.Process("""
            <bpmn:userTask id="first" onboarding:dueBusinessDays="0" />
            <bpmn:sequenceFlow id="f1" sourceRef="first" targetRef="second" />
            <bpmn:scriptTask id="second" />
            <bpmn:sequenceFlow id="f2" sourceRef="second" targetRef="end" />
            <bpmn:endEvent id="end" />
            """));

        findings.Codes().ShouldBe(
        [
            ("start-event", "P"), ("role", "first"), ("due-business-days", "first"), ("unsupported-element", "second"),
        ]);
    }

    [Fact]
    public void HasErrors_is_false_for_warnings_only()
    {
        var warning = new ValidationFinding(FindingSeverity.Warning, "exclusive-no-default", "x", "m");
        var error = warning with { Severity = FindingSeverity.Error };

        new[] { warning }.HasErrors().ShouldBeFalse();
        new[] { warning, error }.HasErrors().ShouldBeTrue();
        Array.Empty<ValidationFinding>().HasErrors().ShouldBeFalse();
    }

    [Fact]
    public void A_model_built_in_code_without_document_order_is_ordered_by_its_lists()
    {
        var read = BpmnReader.Read(BpmnXml.Process("<bpmn:task id=\"a\" /><bpmn:task id=\"b\" />"));
        var model = new Onboarding.Workflows.Model.ProcessModel(read.Id, read.Name, read.NodesInDocumentOrder, read.FlowsInDocumentOrder, read.Unsupported, read.Lanes);

        ProcessValidator.Validate(model, Validate.Context).Codes().ShouldBe(
        [
            ("start-event", "P"), ("end-event", "P"), ("no-outgoing", "a"), ("no-outgoing", "b"),
        ]);
    }
}
