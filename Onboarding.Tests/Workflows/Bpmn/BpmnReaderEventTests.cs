using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Model;

namespace Onboarding.Tests.Workflows.Bpmn;

/// <summary>Events and subprocesses on small inline documents: end, catch and boundary events, nesting.</summary>
public sealed class BpmnReaderEventTests
{
    [Fact]
    public void End_events_read_terminate_and_error_codes_from_the_error_element()
    {
        var model = BpmnReader.Read(BpmnXml.Process(
            """
            <bpmn:endEvent id="plain" />
            <bpmn:endEvent id="stop"><bpmn:terminateEventDefinition /></bpmn:endEvent>
            <bpmn:endEvent id="code"><bpmn:errorEventDefinition errorRef="E1" /></bpmn:endEvent>
            <bpmn:endEvent id="named"><bpmn:errorEventDefinition errorRef="E2" /></bpmn:endEvent>
            <bpmn:endEvent id="bare"><bpmn:errorEventDefinition errorRef="E3" /></bpmn:endEvent>
            <bpmn:endEvent id="none"><bpmn:errorEventDefinition /></bpmn:endEvent>
            """,
            """<bpmn:error id="E1" name="Rejected" errorCode="REJECTED" /><bpmn:error id="E2" name="Lost" /><bpmn:error id="E3" />"""));

        model.Node("plain").ShouldSatisfyAllConditions(n => n.Terminate.ShouldBeFalse(), n => n.ThrowsErrorCode.ShouldBeNull());
        model.Node("stop").Terminate.ShouldBeTrue();
        model.NodesInDocumentOrder.Skip(2).Select(n => n.ThrowsErrorCode).ShouldBe(["REJECTED", "Lost", "E3", "error"]);
    }

    [Fact]
    public void Intermediate_catch_events_read_message_names_and_timers()
    {
        var model = BpmnReader.Read(BpmnXml.Process(
            """
            <bpmn:intermediateCatchEvent id="paid"><bpmn:messageEventDefinition messageRef="M1" /></bpmn:intermediateCatchEvent>
            <bpmn:intermediateCatchEvent id="signed"><bpmn:messageEventDefinition messageRef="M2" /></bpmn:intermediateCatchEvent>
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration> P3BD </bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:intermediateCatchEvent id="on"><bpmn:timerEventDefinition><bpmn:timeDate>2026-12-01T09:00:00Z</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:intermediateCatchEvent id="every"><bpmn:timerEventDefinition><bpmn:timeCycle>R3/P2BD</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:intermediateCatchEvent id="unset"><bpmn:timerEventDefinition /></bpmn:intermediateCatchEvent>
            """,
            """<bpmn:message id="M1" name="DepositPaid" /><bpmn:message id="M2" />"""));

        model.Node("paid").ShouldSatisfyAllConditions(n => n.Kind.ShouldBe(NodeKind.MessageCatch), n => n.MessageName.ShouldBe("DepositPaid"));
        model.Node("signed").MessageName.ShouldBe("M2");
        model.Node("wait").Timer.ShouldBe(new TimerDefinition(TimerKind.Duration, "P3BD"));
        model.Node("on").Timer.ShouldBe(new TimerDefinition(TimerKind.Date, "2026-12-01T09:00:00Z"));
        model.Node("every").Timer.ShouldBe(new TimerDefinition(TimerKind.Cycle, "R3/P2BD"));
        model.Node("unset").ShouldSatisfyAllConditions(n => n.Kind.ShouldBe(NodeKind.TimerCatch), n => n.Timer.ShouldBeNull());
    }

    [Fact]
    public void Boundary_events_attach_to_their_activity_in_document_order()
    {
        var model = BpmnReader.Read(BpmnXml.Process(
            """
            <bpmn:userTask id="review" />
            <bpmn:boundaryEvent id="remind" attachedToRef="review" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeCycle>R/P2BD</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="rejected" attachedToRef="review"><bpmn:errorEventDefinition errorRef="E1" /></bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="any" attachedToRef="review"><bpmn:errorEventDefinition /></bpmn:boundaryEvent>
            """,
            """<bpmn:error id="E1" errorCode="REJECTED" />"""));

        model.Node("review").BoundaryEventIds.ShouldBe(["remind", "rejected", "any"]);
        model.Node("remind").ShouldSatisfyAllConditions(
            n => n.Boundary.ShouldBe(BoundaryKind.Timer), n => n.CancelActivity.ShouldBeFalse(), n => n.AttachedToId.ShouldBe("review"));
        model.Node("rejected").ShouldSatisfyAllConditions(
            n => n.Boundary.ShouldBe(BoundaryKind.Error), n => n.CancelActivity.ShouldBeTrue(), n => n.CatchesErrorCode.ShouldBe("REJECTED"));
        model.Node("any").CatchesErrorCode.ShouldBeNull();
    }

    [Fact]
    public void Nested_subprocess_children_name_their_innermost_subprocess()
    {
        var model = BpmnReader.Read(BpmnXml.Process("""
            <bpmn:subProcess id="outer"><bpmn:startEvent id="os" />
              <bpmn:subProcess id="inner"><bpmn:startEvent id="is" /><bpmn:sequenceFlow id="if" sourceRef="is" targetRef="ie" /><bpmn:endEvent id="ie" /></bpmn:subProcess>
            </bpmn:subProcess>
            """));

        model.NodesInDocumentOrder.Select(n => (n.Id, n.ParentId)).ShouldBe(
            [("outer", null), ("os", "outer"), ("inner", "outer"), ("is", "inner"), ("ie", "inner")]);
        model.StartEventsIn("inner").Single().Id.ShouldBe("is");
        model.Node("ie").Incoming.ShouldBe(["if"]);
    }
}
