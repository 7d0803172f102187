namespace Onboarding.Tests.Workflows.Playbooks;

/// <summary>Small BPMN documents for command line tests.</summary>
internal static class Processes
{
    private const string Head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                          xmlns:onboarding="https://schemas.onboarding.app/bpmn/1.0" id="defs" targetNamespace="https://example.test">
        """;

    /// <summary>start -> the given element (id from its XML) -> end.</summary>
    public static string Linear(string element)
    {
        var id = element.Split("id=\"")[1].Split('"')[0];
        return Head + $"""

              <bpmn:process id="linear" name="Linear" isExecutable="true">
                <bpmn:startEvent id="start" name="Start" />
                {element}
                <bpmn:endEvent id="end" name="End" />
                <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="{id}" />
                <bpmn:sequenceFlow id="f2" sourceRef="{id}" targetRef="end" />
              </bpmn:process>
            </bpmn:definitions>
            """;
    }

    /// <summary>An exclusive split whose two paths meet at a parallel join: the join waits forever for the path not taken.</summary>
    public const string ExclusiveSplitIntoParallelJoin = Head + """

          <bpmn:process id="deadlock" name="Deadlock" isExecutable="true">
            <bpmn:startEvent id="start" name="Start" />
            <bpmn:exclusiveGateway id="Gateway_Choose" name="Which?" default="toB" />
            <bpmn:task id="A" name="A" />
            <bpmn:task id="B" name="B" />
            <bpmn:parallelGateway id="Gateway_Join" name="Both done" />
            <bpmn:endEvent id="end" name="End" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="Gateway_Choose" />
            <bpmn:sequenceFlow id="toA" sourceRef="Gateway_Choose" targetRef="A">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">vars.wantsA === true</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="toB" sourceRef="Gateway_Choose" targetRef="B" />
            <bpmn:sequenceFlow id="fromA" sourceRef="A" targetRef="Gateway_Join" />
            <bpmn:sequenceFlow id="fromB" sourceRef="B" targetRef="Gateway_Join" />
            <bpmn:sequenceFlow id="f2" sourceRef="Gateway_Join" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>
    /// Two parallel branches meet at a join, but one branch has an exclusive gateway whose default path ends
    /// before the join: validation only warns, and the simulation gets stuck at the join.
    /// </summary>
    public const string ExclusiveBranchSkippingTheJoin = Head + """

          <bpmn:process id="skipping" name="Skipping" isExecutable="true">
            <bpmn:startEvent id="start" name="Start" />
            <bpmn:parallelGateway id="Gateway_Split" name="Both" />
            <bpmn:exclusiveGateway id="Gateway_Choose" name="Which?" default="toEarlyEnd" />
            <bpmn:task id="A" name="A" />
            <bpmn:task id="C" name="C" />
            <bpmn:endEvent id="EarlyEnd" name="Early end" />
            <bpmn:parallelGateway id="Gateway_Join" name="Both done" />
            <bpmn:endEvent id="end" name="End" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="Gateway_Split" />
            <bpmn:sequenceFlow id="toChoose" sourceRef="Gateway_Split" targetRef="Gateway_Choose" />
            <bpmn:sequenceFlow id="toC" sourceRef="Gateway_Split" targetRef="C" />
            <bpmn:sequenceFlow id="toA" sourceRef="Gateway_Choose" targetRef="A">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">vars.wantsA === true</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="toEarlyEnd" sourceRef="Gateway_Choose" targetRef="EarlyEnd" />
            <bpmn:sequenceFlow id="fromA" sourceRef="A" targetRef="Gateway_Join" />
            <bpmn:sequenceFlow id="fromC" sourceRef="C" targetRef="Gateway_Join" />
            <bpmn:sequenceFlow id="f2" sourceRef="Gateway_Join" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
