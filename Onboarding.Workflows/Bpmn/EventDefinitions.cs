using System.Xml.Linq;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Bpmn;

/// <summary>Reads the event definitions of an event: inline <c>*EventDefinition</c> children and <c>eventDefinitionRef</c>s.</summary>
internal static class EventDefinitions
{
    public static IReadOnlyList<XElement> Of(XElement eventElement, DefinitionsIndex index)
    {
        var definitions = new List<XElement>();
        foreach (var child in eventElement.Elements())
        {
            if (child.Name.Namespace != Bpmn.Ns)
            {
                continue;
            }

            if (child.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal))
            {
                definitions.Add(child);
            }
            else if (child.Name.LocalName == "eventDefinitionRef" && index.Resolve(Bpmn.Text(child.Value)) is { } referenced)
            {
                definitions.Add(referenced);
            }
        }

        return definitions;
    }

    public static bool IsSingle(IReadOnlyList<XElement> definitions, string localName) =>
        definitions.Count == 1 && definitions[0].Name.LocalName == localName;

    /// <summary>"messageEventDefinition", or "messageEventDefinition + timerEventDefinition" for a multiple event.</summary>
    public static string Describe(IReadOnlyList<XElement> definitions) =>
        definitions.Count == 0 ? "no event definition" : string.Join(" + ", definitions.Select(d => d.Name.LocalName));

    /// <summary>The timer's timeDuration, timeDate or timeCycle text (trimmed); null when none is set.</summary>
    public static TimerDefinition? Timer(XElement timerEventDefinition)
    {
        foreach (var (localName, kind) in new[] { ("timeDuration", TimerKind.Duration), ("timeDate", TimerKind.Date), ("timeCycle", TimerKind.Cycle) })
        {
            if (Bpmn.Child(timerEventDefinition, localName) is { } time && Bpmn.Text(time.Value) is { } expression)
            {
                return new TimerDefinition(kind, expression);
            }
        }

        return null;
    }
}
