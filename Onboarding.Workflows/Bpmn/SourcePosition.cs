using System.Xml.Linq;

namespace Onboarding.Workflows.Bpmn;

/// <summary>Where an element starts in the XML; kept as an annotation on each element the loader builds.</summary>
internal sealed record SourcePosition(int Line, int Column)
{
    public static SourcePosition? Of(XElement element) => element.Annotation<SourcePosition>();

    /// <summary>" (line 12, column 7)" or an empty string.</summary>
    public static string Describe(XElement element) =>
        Of(element) is { } p ? $" (line {p.Line}, column {p.Column})" : "";
}
