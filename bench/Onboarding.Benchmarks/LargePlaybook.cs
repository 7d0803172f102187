using System.Globalization;
using System.Text;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Benchmarks;

/// <summary>
/// A long playbook with its diagram: a start, <c>nodes - 2</c> user tasks and an end in rows of 15, joined by
/// sequence flows (so 300 nodes are 599 BPMN elements). Valid, so the validator walks every rule to the end.
/// </summary>
public static class LargePlaybook
{
    private const int PerRow = 15;
    private const int StepX = 150;
    private const int StepY = 140;

    public static string Xml(int nodes)
    {
        var process = new StringBuilder();
        var diagram = new StringBuilder();
        string Id(int i) => i == 0 ? "Start" : i == nodes - 1 ? "End" : $"Task_{i:D3}";
        (int X, int Y) Centre(int i) => (100 + i % PerRow * StepX, 100 + i / PerRow * StepY);
        var stages = DefaultPlaybook.Stages;
        for (var i = 0; i < nodes; i++)
        {
            var incoming = i > 0 ? $"<bpmn:incoming>Flow_{i - 1:D3}</bpmn:incoming>" : "";
            var outgoing = i < nodes - 1 ? $"<bpmn:outgoing>Flow_{i:D3}</bpmn:outgoing>" : "";
            var stage = Escape(stages[i * stages.Count / nodes].Name);
            var (x, y) = Centre(i);
            if (i == 0 || i == nodes - 1)
            {
                var element = i == 0 ? "startEvent" : "endEvent";
                process.Append(CultureInfo.InvariantCulture, $"<bpmn:{element} id=\"{Id(i)}\" name=\"{element}\">{incoming}{outgoing}</bpmn:{element}>\n");
                diagram.Append(CultureInfo.InvariantCulture, $"<bpmndi:BPMNShape id=\"{Id(i)}_di\" bpmnElement=\"{Id(i)}\"><dc:Bounds x=\"{x - 18}\" y=\"{y - 18}\" width=\"36\" height=\"36\" /></bpmndi:BPMNShape>\n");
            }
            else
            {
                process.Append(CultureInfo.InvariantCulture,
                    $"<bpmn:userTask id=\"{Id(i)}\" name=\"Step {i}\" onboarding:stage=\"{stage}\" onboarding:role=\"AccountManager\" onboarding:dueBusinessDays=\"{1 + i % 5}\" onboarding:checklist=\"First check|Second check\">{incoming}{outgoing}</bpmn:userTask>\n");
                diagram.Append(CultureInfo.InvariantCulture, $"<bpmndi:BPMNShape id=\"{Id(i)}_di\" bpmnElement=\"{Id(i)}\"><dc:Bounds x=\"{x - 50}\" y=\"{y - 40}\" width=\"100\" height=\"80\" /></bpmndi:BPMNShape>\n");
            }
        }
        for (var i = 0; i < nodes - 1; i++)
        {
            process.Append(CultureInfo.InvariantCulture, $"<bpmn:sequenceFlow id=\"Flow_{i:D3}\" sourceRef=\"{Id(i)}\" targetRef=\"{Id(i + 1)}\" />\n");
            var (x1, y1) = Centre(i);
            var (x2, y2) = Centre(i + 1);
            var waypoints = y1 == y2
                ? $"<di:waypoint x=\"{x1 + 50}\" y=\"{y1}\" /><di:waypoint x=\"{x2 - 50}\" y=\"{y2}\" />"
                : $"<di:waypoint x=\"{x1}\" y=\"{y1 + 40}\" /><di:waypoint x=\"{x1}\" y=\"{y1 + StepY / 2}\" /><di:waypoint x=\"{x2}\" y=\"{y1 + StepY / 2}\" /><di:waypoint x=\"{x2}\" y=\"{y2 - 40}\" />";
            diagram.Append(CultureInfo.InvariantCulture, $"<bpmndi:BPMNEdge id=\"Flow_{i:D3}_di\" bpmnElement=\"Flow_{i:D3}\">{waypoints}</bpmndi:BPMNEdge>\n");
        }
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:onboarding="https://schemas.onboarding.app/bpmn/1.0" id="Definitions_Large" targetNamespace="https://schemas.onboarding.app/playbooks/large">
            <bpmn:process id="large-playbook" name="Large playbook" isExecutable="true">
            {process}</bpmn:process>
            <bpmndi:BPMNDiagram id="Diagram_Large"><bpmndi:BPMNPlane id="Plane_Large" bpmnElement="large-playbook">
            {diagram}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;
    }

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);
}
