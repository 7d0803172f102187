namespace Onboarding.Tests.Workflows.Bpmn;

/// <summary>Small BPMN documents for tests: a definitions wrapper around process content.</summary>
public static class BpmnXml
{
    public const string Header =
        """<?xml version="1.0" encoding="UTF-8"?>""" + "\n"
        + """<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:onboarding="https://schemas.onboarding.app/bpmn/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">""";

    /// <summary>A definitions element with one executable process holding <paramref name="content"/>, then <paramref name="rootElements"/>.</summary>
    public static string Process(string content, string rootElements = "") =>
        Header + "\n<bpmn:process id=\"P\" name=\"Playbook\" isExecutable=\"true\">\n" + content + "\n</bpmn:process>\n" + rootElements + "\n</bpmn:definitions>";

    /// <summary>start -> (content's first node 'a') ... 'z' -> end, so tests only write the interesting middle.</summary>
    public static string Linear(string content) => Process(
        """
        <bpmn:startEvent id="start" />
        <bpmn:sequenceFlow id="to-a" sourceRef="start" targetRef="a" />
        """ + content + """
        <bpmn:sequenceFlow id="to-end" sourceRef="z" targetRef="end" />
        <bpmn:endEvent id="end" />
        """);
}
