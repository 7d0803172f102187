using System.Security;

namespace Onboarding.Web.Playbooks;

/// <summary>
/// The smallest playbook that passes validation and renders in the designer: a start, one user task for
/// account managers and an end, with diagram shapes so bpmn-js can draw it.
/// </summary>
public static class BlankPlaybook
{
    public static string Xml(string key, string name) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:onboarding="https://schemas.onboarding.app/bpmn/1.0" id="Definitions_{Escape(key)}" targetNamespace="https://schemas.onboarding.app/playbooks/{Escape(key)}" exporter="Onboarding" exporterVersion="1.0">
          <bpmn:process id="{Escape(key)}" name="{Escape(name)}" isExecutable="true">
            <bpmn:startEvent id="Start" name="Start">
              <bpmn:outgoing>Flow_Start_FirstStep</bpmn:outgoing>
            </bpmn:startEvent>
            <bpmn:userTask id="Task_FirstStep" name="First step" onboarding:role="AccountManager">
              <bpmn:incoming>Flow_Start_FirstStep</bpmn:incoming>
              <bpmn:outgoing>Flow_FirstStep_End</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:endEvent id="End" name="Done">
              <bpmn:incoming>Flow_FirstStep_End</bpmn:incoming>
            </bpmn:endEvent>
            <bpmn:sequenceFlow id="Flow_Start_FirstStep" sourceRef="Start" targetRef="Task_FirstStep" />
            <bpmn:sequenceFlow id="Flow_FirstStep_End" sourceRef="Task_FirstStep" targetRef="End" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="Diagram_{Escape(key)}">
            <bpmndi:BPMNPlane id="Plane_{Escape(key)}" bpmnElement="{Escape(key)}">
              <bpmndi:BPMNShape id="Start_di" bpmnElement="Start">
                <dc:Bounds x="152" y="102" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Task_FirstStep_di" bpmnElement="Task_FirstStep">
                <dc:Bounds x="240" y="80" width="100" height="80" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="End_di" bpmnElement="End">
                <dc:Bounds x="392" y="102" width="36" height="36" />
              </bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="Flow_Start_FirstStep_di" bpmnElement="Flow_Start_FirstStep">
                <di:waypoint x="188" y="120" />
                <di:waypoint x="240" y="120" />
              </bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="Flow_FirstStep_End_di" bpmnElement="Flow_FirstStep_End">
                <di:waypoint x="340" y="120" />
                <di:waypoint x="392" y="120" />
              </bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;

    private static string Escape(string value) => SecurityElement.Escape(value);
}
