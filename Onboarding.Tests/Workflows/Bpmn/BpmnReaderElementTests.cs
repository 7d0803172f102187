using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Model;

namespace Onboarding.Tests.Workflows.Bpmn;

/// <summary>Each supported element, our attributes and the unsupported list, on small inline documents.</summary>
public sealed class BpmnReaderElementTests
{
    [Fact]
    public void Tasks_gateways_and_plain_events_map_to_their_kinds()
    {
        var model = BpmnReader.Read(BpmnXml.Process("""
            <bpmn:startEvent id="s" /><bpmn:userTask id="u" /><bpmn:serviceTask id="v" /><bpmn:task id="t" />
            <bpmn:manualTask id="m" /><bpmn:exclusiveGateway id="x" /><bpmn:parallelGateway id="p" /><bpmn:endEvent id="e" />
            """));

        model.NodesInDocumentOrder.Select(n => n.Kind).ShouldBe(
        [
            NodeKind.StartEvent, NodeKind.UserTask, NodeKind.ServiceTask, NodeKind.Task, NodeKind.Task,
            NodeKind.ExclusiveGateway, NodeKind.ParallelGateway, NodeKind.EndEvent,
        ]);
    }

    [Fact]
    public void Incoming_and_outgoing_come_from_the_sequence_flows_in_their_document_order_not_from_child_elements()
    {
        var model = BpmnReader.Read(BpmnXml.Process("""
            <bpmn:exclusiveGateway id="x" default="f2"><bpmn:outgoing>bogus</bpmn:outgoing><bpmn:incoming>f9</bpmn:incoming></bpmn:exclusiveGateway>
            <bpmn:sequenceFlow id="f2" sourceRef="x" targetRef="b" />
            <bpmn:sequenceFlow id="f1" sourceRef="x" targetRef="a" />
            <bpmn:task id="a" /><bpmn:task id="b" />
            """));

        model.Node("x").Outgoing.ShouldBe(["f2", "f1"]);
        model.Node("x").Incoming.ShouldBeEmpty();
        model.Node("x").DefaultFlowId.ShouldBe("f2");
        model.Node("b").Incoming.ShouldBe(["f2"]);
    }

    [Fact]
    public void Conditions_are_trimmed_and_unescaped_and_keep_their_language()
    {
        var model = BpmnReader.Read(BpmnXml.Process("""
            <bpmn:sequenceFlow id="f1" sourceRef="x" targetRef="a"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">
                vars.amount &gt;= 1000 &amp;&amp; vars.country === 'DE'
            </bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="f2" sourceRef="x" targetRef="a"><bpmn:conditionExpression language="JavaScript"><![CDATA[ vars.a < 2 ]]></bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="f3" sourceRef="x" targetRef="a"><bpmn:conditionExpression /></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="f4" sourceRef="x" targetRef="a" />
            """));

        model.Flow("f1").ShouldBe(new SequenceFlow("f1", null, "x", "a", "vars.amount >= 1000 && vars.country === 'DE'", null));
        model.Flow("f2").ShouldSatisfyAllConditions(f => f.Condition.ShouldBe("vars.a < 2"), f => f.ConditionLanguage.ShouldBe("JavaScript"));
        model.Flow("f3").ShouldSatisfyAllConditions(f => f.Condition.ShouldBe(""), f => f.HasCondition.ShouldBeFalse());
        model.Flow("f4").Condition.ShouldBeNull();
    }

    [Fact]
    public void The_definitions_expression_language_is_the_default_language_of_conditions()
    {
        var xml = BpmnXml.Process("""<bpmn:sequenceFlow id="f" sourceRef="x" targetRef="y"><bpmn:conditionExpression>a</bpmn:conditionExpression></bpmn:sequenceFlow>""")
            .Replace("id=\"Definitions_1\"", "id=\"Definitions_1\" expressionLanguage=\"http://groovy.codehaus.org/\"", StringComparison.Ordinal);

        BpmnReader.Read(xml).Flow("f").ConditionLanguage.ShouldBe("http://groovy.codehaus.org/");
    }

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

    [Fact]
    public void Our_attributes_are_read_from_the_onboarding_namespace()
    {
        var model = BpmnReader.Read(BpmnXml.Process("""
            <bpmn:userTask id="kickoff" name="Kick-off call" onboarding:stage="Kick-off" onboarding:role="AccountManager"
              onboarding:dueBusinessDays=" 3 " onboarding:checklist=" Agenda sent | | Notes shared|" onboarding:form="questionnaire" onboarding:gate="sow-signed" />
            <bpmn:serviceTask id="invoice" onboarding:automation="send-deposit-invoice" onboarding:parameters="percent = 30; currency=EUR;;note=a=b" />
            <bpmn:task id="other" stage="not ours" />
            """));

        model.Node("kickoff").ShouldSatisfyAllConditions(
            n => n.Stage.ShouldBe("Kick-off"), n => n.Role.ShouldBe("AccountManager"), n => n.DueBusinessDays.ShouldBe(3),
            n => n.Checklist.ShouldBe(["Agenda sent", "Notes shared"]), n => n.Form.ShouldBe("questionnaire"), n => n.Gate.ShouldBe("sow-signed"));
        model.Node("invoice").Automation.ShouldBe("send-deposit-invoice");
        model.Node("invoice").AutomationParameters.ShouldBe(
            new Dictionary<string, string> { ["percent"] = "30", ["currency"] = "EUR", ["note"] = "a=b" });
        model.Node("other").Stage.ShouldBeNull();
        model.AttributeProblems.ShouldBeEmpty();
    }

    [Fact]
    public void Invalid_attribute_values_are_recorded_not_thrown()
    {
        var model = BpmnReader.Read(BpmnXml.Process("""
            <bpmn:userTask id="a" onboarding:dueBusinessDays="three" />
            <bpmn:serviceTask id="b" onboarding:parameters="percent=30;oops;=x;percent=40" />
            """));

        model.Node("a").DueBusinessDays.ShouldBeNull();
        model.AttributeProblems.Select(p => (p.ElementId, p.Attribute)).ShouldBe(
            [("a", "dueBusinessDays"), ("b", "parameters"), ("b", "parameters"), ("b", "parameters")]);
        model.AttributeProblems[0].Problem.ShouldContain("'three' is not a whole number");
    }

    [Fact]
    public void Lanes_give_user_tasks_without_a_role_the_name_of_their_innermost_lane()
    {
        var model = BpmnReader.Read(BpmnXml.Process("""
            <bpmn:laneSet id="ls">
              <bpmn:lane id="ops" name="OpsLead"><bpmn:flowNodeRef>a</bpmn:flowNodeRef><bpmn:flowNodeRef>b</bpmn:flowNodeRef><bpmn:flowNodeRef>c</bpmn:flowNodeRef>
                <bpmn:childLaneSet id="cls"><bpmn:lane id="fin" name="Finance"><bpmn:flowNodeRef>b</bpmn:flowNodeRef></bpmn:lane></bpmn:childLaneSet>
              </bpmn:lane>
            </bpmn:laneSet>
            <bpmn:userTask id="a" /><bpmn:userTask id="b" /><bpmn:userTask id="c" onboarding:role="Admin" /><bpmn:task id="d" />
            """));

        model.Lanes.Select(l => (l.Id, l.Name, string.Join(",", l.NodeIds))).ShouldBe([("ops", "OpsLead", "a,b,c"), ("fin", "Finance", "b")]);
        model.NodesInDocumentOrder.Select(n => n.Role).ShouldBe(["OpsLead", "Finance", "Admin", null]);
    }

    [Fact]
    public void Unsupported_elements_are_listed_by_id_and_their_flows_are_kept()
    {
        var model = BpmnReader.Read(BpmnXml.Process("""
            <bpmn:startEvent id="s" />
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="script" />
            <bpmn:scriptTask id="script" name="Compute" />
            <bpmn:sequenceFlow id="f2" sourceRef="script" targetRef="ig" />
            <bpmn:inclusiveGateway id="ig" /><bpmn:eventBasedGateway id="eg" /><bpmn:complexGateway id="cg" />
            <bpmn:sendTask id="send" /><bpmn:receiveTask id="receive" /><bpmn:businessRuleTask id="rules" /><bpmn:callActivity id="call" />
            <bpmn:intermediateThrowEvent id="throw" />
            <bpmn:startEvent id="msgStart"><bpmn:messageEventDefinition /></bpmn:startEvent>
            <bpmn:intermediateCatchEvent id="signal"><bpmn:signalEventDefinition /></bpmn:intermediateCatchEvent>
            <bpmn:boundaryEvent id="esc" attachedToRef="loop"><bpmn:escalationEventDefinition /></bpmn:boundaryEvent>
            <bpmn:endEvent id="compensate"><bpmn:compensateEventDefinition /></bpmn:endEvent>
            <bpmn:userTask id="loop"><bpmn:multiInstanceLoopCharacteristics /></bpmn:userTask>
            <bpmn:transaction id="tx"><bpmn:task id="inTx" /></bpmn:transaction>
            <bpmn:adHocSubProcess id="adhoc" />
            <bpmn:subProcess id="events" triggeredByEvent="true"><bpmn:startEvent id="es"><bpmn:timerEventDefinition /></bpmn:startEvent></bpmn:subProcess>
            <bpmn:dataObject id="do" /><bpmn:dataObjectReference id="dor" dataObjectRef="do" /><bpmn:textAnnotation id="ta"><bpmn:text>note</bpmn:text></bpmn:textAnnotation>
            <bpmn:association id="as" sourceRef="ta" targetRef="s" /><bpmn:dataStoreReference id="ds" /><bpmn:group id="g" />
            """));

        model.Unsupported.Select(u => (u.Id, u.ElementType, u.Detail)).ShouldBe(
        [
            ("script", "scriptTask", null), ("ig", "inclusiveGateway", null), ("eg", "eventBasedGateway", null), ("cg", "complexGateway", null),
            ("send", "sendTask", null), ("receive", "receiveTask", null), ("rules", "businessRuleTask", null), ("call", "callActivity", null),
            ("throw", "intermediateThrowEvent", null), ("msgStart", "startEvent", "messageEventDefinition"),
            ("signal", "intermediateCatchEvent", "signalEventDefinition"), ("esc", "boundaryEvent", "escalationEventDefinition"),
            ("compensate", "endEvent", "compensateEventDefinition"), ("loop", "userTask", "multiInstanceLoopCharacteristics"),
            ("tx", "transaction", null), ("adhoc", "adHocSubProcess", null), ("events", "subProcess", "triggeredByEvent"),
        ]);
        model.Unsupported.Single(u => u.Id == "esc").AttachedToId.ShouldBe("loop");
        model.Unsupported.Single(u => u.Id == "script").Name.ShouldBe("Compute");
        model.NodesInDocumentOrder.Select(n => n.Id).ShouldBe(["s"]);
        model.Flows.Keys.ShouldBe(["f1", "f2"], ignoreOrder: true);
        model.Node("s").Outgoing.ShouldBe(["f1"]);
        model.DocumentOrder.Take(4).ShouldBe(["s", "f1", "script", "f2"]);
    }

    [Fact]
    public void In_a_collaboration_the_executable_process_is_read_and_documentation_pools_are_not_listed()
    {
        var model = BpmnReader.Read(BpmnXml.Header + """
            <bpmn:collaboration id="c"><bpmn:participant id="client" name="Client" processRef="clientSide" /><bpmn:participant id="agency" name="Agency" processRef="ours" /></bpmn:collaboration>
            <bpmn:process id="clientSide" isExecutable="false"><bpmn:task id="pay" /></bpmn:process>
            <bpmn:process id="ours" isExecutable="true"><bpmn:startEvent id="s" /></bpmn:process>
            </bpmn:definitions>
            """);

        model.Id.ShouldBe("ours");
        model.Name.ShouldBe("Agency");
        model.Unsupported.ShouldBeEmpty();
    }

    [Fact]
    public void Without_an_executable_process_the_first_with_flow_nodes_is_read_and_other_pools_with_steps_are_listed()
    {
        var model = BpmnReader.Read(BpmnXml.Header + """
            <bpmn:collaboration id="c"><bpmn:participant id="p2" name="Second" processRef="two" /></bpmn:collaboration>
            <bpmn:process id="empty" /><bpmn:process id="one"><bpmn:task id="a" /></bpmn:process><bpmn:process id="two"><bpmn:task id="b" /></bpmn:process>
            </bpmn:definitions>
            """);

        model.Id.ShouldBe("one");
        model.Unsupported.ShouldHaveSingleItem().ShouldBe(new UnsupportedElement("p2", "process", "Second", null) { Detail = "second pool" });
    }

    [Fact]
    public void Diagram_interchange_and_foreign_extensions_do_not_disturb_reading()
    {
        var model = BpmnReader.Read(BpmnXml.Process(
            """<bpmn:task id="a"><bpmn:extensionElements><camunda:properties xmlns:camunda="http://camunda.org/schema/1.0/bpmn"><camunda:property name="x" value="1" /></camunda:properties></bpmn:extensionElements><bpmn:documentation>Does &lt;things&gt;</bpmn:documentation></bpmn:task>""",
            """<bpmndi:BPMNDiagram xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" id="d"><bpmndi:BPMNPlane id="pl" bpmnElement="P"><bpmndi:BPMNShape id="sh" bpmnElement="a" /></bpmndi:BPMNPlane></bpmndi:BPMNDiagram>"""));

        model.NodesInDocumentOrder.ShouldHaveSingleItem().Id.ShouldBe("a");
    }
}
