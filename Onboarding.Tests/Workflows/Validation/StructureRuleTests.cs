using Onboarding.Tests.Workflows.Bpmn;
using Onboarding.Workflows.Validation;

namespace Onboarding.Tests.Workflows.Validation;

/// <summary>One start, ends, flows with both ends, no implicit ends, boundaries on activities, reachability, no endless loops.</summary>
public sealed class StructureRuleTests
{
    [Fact]
    public void A_process_without_a_start_event_is_reported_on_the_process()
    {
        var finding = Validate.Xml(BpmnXml.Process("<bpmn:endEvent id=\"end\" />")).Single("start-event");

        finding.ShouldBe(new ValidationFinding(FindingSeverity.Error, "start-event", "P",
            "The process has no start event; add one plain start event where the onboarding begins."));
    }

    [Fact]
    public void A_second_start_event_is_reported_on_itself()
    {
        var findings = Validate.Linear("""
            <bpmn:task id="a" /><bpmn:sequenceFlow id="a-z" sourceRef="a" targetRef="z" /><bpmn:task id="z" />
            <bpmn:startEvent id="start2" name="Also start" /><bpmn:sequenceFlow id="s2" sourceRef="start2" targetRef="a" />
            """);

        findings.Single("start-event").ShouldSatisfyAllConditions(
            f => f.ElementId.ShouldBe("start2"),
            f => f.Message.ShouldBe("The process has 2 start events, but it must start in one place; remove the start event 'Also start' or connect it after the first start."));
    }

    [Fact]
    public void A_subprocess_needs_its_own_start_and_end_events()
    {
        var findings = Validate.Linear("""
            <bpmn:subProcess id="a" name="Setup"><bpmn:task id="inner" /></bpmn:subProcess>
            <bpmn:sequenceFlow id="a-z" sourceRef="a" targetRef="z" /><bpmn:task id="z" />
            """);

        findings.Single("start-event").Message.ShouldBe("The subprocess 'Setup' has no start event; add one plain start event where it begins.");
        findings.Single("end-event").ShouldSatisfyAllConditions(f => f.ElementId.ShouldBe("a"), f => f.Message.ShouldStartWith("The subprocess 'Setup' has no end event"));
    }

    [Fact]
    public void A_start_event_with_incoming_flows_is_reported()
    {
        var findings = Validate.Linear("""<bpmn:task id="a" /><bpmn:sequenceFlow id="back" sourceRef="a" targetRef="start" /><bpmn:sequenceFlow id="a-z" sourceRef="a" targetRef="z" /><bpmn:task id="z" />""");

        findings.Single("start-incoming").ElementId.ShouldBe("start");
    }

    [Fact]
    public void A_process_without_an_end_event_is_reported_on_the_process()
    {
        var findings = Validate.Xml(BpmnXml.Process("""<bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="t" /><bpmn:task id="t" />"""));

        findings.Single("end-event").ShouldSatisfyAllConditions(f => f.ElementId.ShouldBe("P"), f => f.Message.ShouldStartWith("The process has no end event"));
    }

    [Fact]
    public void Flows_to_or_from_nowhere_are_dangling()
    {
        var findings = Validate.Linear("""
            <bpmn:task id="a" /><bpmn:sequenceFlow id="a-z" sourceRef="a" targetRef="z" /><bpmn:task id="z" />
            <bpmn:sequenceFlow id="ghostly" sourceRef="a" targetRef="ghost" /><bpmn:sequenceFlow id="sourceless" targetRef="z" />
            """);

        findings.Where(f => f.Code == "dangling-flow").Select(f => (f.ElementId, f.Message)).ShouldBe(
        [
            ("ghostly", "The flow 'ghostly' has the target 'ghost', which does not exist; connect both of its ends to elements, or delete it."),
            ("sourceless", "The flow 'sourceless' has no source; connect both of its ends to elements, or delete it."),
        ]);
    }

    [Fact]
    public void A_flow_crossing_a_subprocess_border_is_reported()
    {
        var findings = Validate.Linear("""
            <bpmn:subProcess id="a"><bpmn:startEvent id="is" /><bpmn:sequenceFlow id="i1" sourceRef="is" targetRef="ie" /><bpmn:endEvent id="ie" />
              <bpmn:sequenceFlow id="escape" sourceRef="is" targetRef="z" /></bpmn:subProcess>
            <bpmn:sequenceFlow id="a-z" sourceRef="a" targetRef="z" /><bpmn:task id="z" />
            """);

        findings.Single("flow-scope").ElementId.ShouldBe("escape");
    }

    [Fact]
    public void Nodes_other_than_end_events_need_an_outgoing_flow()
    {
        var findings = Validate.Linear("""
            <bpmn:task id="a" name="Prepare" /><bpmn:sequenceFlow id="a-z" sourceRef="a" targetRef="z" /><bpmn:task id="z" />
            <bpmn:sequenceFlow id="a-stuck" sourceRef="a" targetRef="stuck" /><bpmn:userTask id="stuck" name="Stuck" onboarding:role="OpsLead" />
            <bpmn:boundaryEvent id="late" attachedToRef="a"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            """);

        findings.Where(f => f.Code == "no-outgoing").Select(f => (f.ElementId, f.Message)).ShouldBe(
        [
            ("stuck", "The user task 'Stuck' has no outgoing flow; connect it to the next step, or to an end event."),
            ("late", "The timer boundary event 'late' has no outgoing flow; connect it to what should happen when it fires."),
        ]);
    }

    [Theory]
    [InlineData("attachedToRef=\"x\"", "is attached to the exclusive gateway 'x', but boundary events belong on tasks and subprocesses")]
    [InlineData("attachedToRef=\"ghost\"", "is attached to 'ghost', which does not exist")]
    [InlineData("", "is not attached to any activity")]
    public void Boundary_events_must_sit_on_an_activity(string attachment, string problem)
    {
        var findings = Validate.Linear($"""
            <bpmn:task id="a" /><bpmn:sequenceFlow id="a-x" sourceRef="a" targetRef="x" /><bpmn:exclusiveGateway id="x" />
            <bpmn:sequenceFlow id="x-z" sourceRef="x" targetRef="z" /><bpmn:task id="z" />
            <bpmn:boundaryEvent id="b" {attachment}><bpmn:errorEventDefinition /></bpmn:boundaryEvent>
            <bpmn:sequenceFlow id="b-z" sourceRef="b" targetRef="z" />
            """);

        findings.Single("boundary-attachment").Message.ShouldBe($"The error boundary event 'b' {problem}; drag it onto the border of a task or subprocess.");
    }

    [Fact]
    public void A_node_without_a_way_in_cannot_be_reached()
    {
        var findings = Validate.Linear("""
            <bpmn:task id="a" /><bpmn:sequenceFlow id="a-z" sourceRef="a" targetRef="z" /><bpmn:task id="z" />
            <bpmn:task id="island" name="Forgotten" /><bpmn:sequenceFlow id="i-z" sourceRef="island" targetRef="z" />
            """);

        findings.Single("unreachable").Message.ShouldBe("The task 'Forgotten' cannot be reached from the start event; connect a flow into it, or remove it.");
    }

    [Fact]
    public void An_unsupported_element_is_reported_once_not_as_a_cascade_of_unreachable_nodes()
    {
        var findings = Validate.Linear("""
            <bpmn:scriptTask id="a" /><bpmn:sequenceFlow id="a-b" sourceRef="a" targetRef="b" /><bpmn:task id="b" />
            <bpmn:sequenceFlow id="b-z" sourceRef="b" targetRef="z" /><bpmn:task id="z" />
            """);

        findings.Codes().ShouldBe([("unsupported-element", "a")]);
    }

    [Fact]
    public void A_loop_without_an_exit_is_a_dead_end()
    {
        var findings = Validate.Linear("""
            <bpmn:task id="a" /><bpmn:sequenceFlow id="a-z" sourceRef="a" targetRef="z" /><bpmn:task id="z" />
            <bpmn:sequenceFlow id="a-loop" sourceRef="a" targetRef="spin" /><bpmn:task id="spin" name="Spin" />
            <bpmn:sequenceFlow id="spin-again" sourceRef="spin" targetRef="again" /><bpmn:task id="again" />
            <bpmn:sequenceFlow id="again-spin" sourceRef="again" targetRef="spin" />
            """);

        findings.Where(f => f.Code == "dead-end").Select(f => f.ElementId).ShouldBe(["spin", "again"]);
        findings.Single(f => f.ElementId == "spin").Message.ShouldStartWith("The task 'Spin' can never reach an end event: every path from it loops back without an exit.");
    }

    [Fact]
    public void A_loop_with_an_exit_is_fine()
    {
        Validate.Linear("""
            <bpmn:task id="a" /><bpmn:sequenceFlow id="a-x" sourceRef="a" targetRef="x" />
            <bpmn:exclusiveGateway id="x" default="x-z" />
            <bpmn:sequenceFlow id="x-a" sourceRef="x" targetRef="a"><bpmn:conditionExpression>vars.again === true</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="x-z" sourceRef="x" targetRef="z" /><bpmn:task id="z" />
            """).ShouldBeEmpty();
    }
}
