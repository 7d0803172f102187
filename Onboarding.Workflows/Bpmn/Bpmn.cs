using System.Xml.Linq;

namespace Onboarding.Workflows.Bpmn;

/// <summary>BPMN 2.0 names: the model namespace and the flow elements the reader knows.</summary>
internal static class Bpmn
{
    public const string ModelNamespace = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    public static readonly XNamespace Ns = ModelNamespace;

    /// <summary>Diagram interchange (BPMNDI): where the shapes are drawn; the engine never reads it.</summary>
    public static readonly XNamespace DiNs = "http://www.omg.org/spec/BPMN/20100524/DI";

    /// <summary>Flow nodes the engine may run (subject to their event definitions and markers).</summary>
    public static readonly IReadOnlySet<string> SupportedFlowNodes = new HashSet<string>(StringComparer.Ordinal)
    {
        "startEvent", "endEvent", "userTask", "serviceTask", "task", "manualTask",
        "exclusiveGateway", "parallelGateway", "intermediateCatchEvent", "boundaryEvent", "subProcess",
    };

    /// <summary>Flow nodes the engine never runs: each is listed as unsupported (children are not read).</summary>
    public static readonly IReadOnlySet<string> UnsupportedFlowNodes = new HashSet<string>(StringComparer.Ordinal)
    {
        "scriptTask", "sendTask", "receiveTask", "businessRuleTask", "callActivity",
        "inclusiveGateway", "eventBasedGateway", "complexGateway", "gateway",
        "intermediateThrowEvent", "implicitThrowEvent", "transaction", "adHocSubProcess",
        "callChoreography", "choreographyTask", "subChoreography",
    };

    public static bool IsFlowNode(XElement element) =>
        element.Name.Namespace == Ns
        && (SupportedFlowNodes.Contains(element.Name.LocalName) || UnsupportedFlowNodes.Contains(element.Name.LocalName));

    public static IEnumerable<XElement> Children(XElement element, string localName) => element.Elements(Ns + localName);

    public static XElement? Child(XElement element, string localName) => element.Element(Ns + localName);

    /// <summary>The trimmed attribute value, or null when absent or blank.</summary>
    public static string? Attribute(XElement element, string name) => Text(element.Attribute(name)?.Value);

    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static bool IsTrue(XElement element, string attribute) =>
        string.Equals(Attribute(element, attribute), "true", StringComparison.OrdinalIgnoreCase);
}
