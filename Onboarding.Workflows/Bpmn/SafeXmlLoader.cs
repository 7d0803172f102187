using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Onboarding.Workflows.Bpmn;

/// <summary>
/// Loads untrusted XML into an element tree: no DTD, no external resolution, bounded size, entity expansion
/// and depth. Every failure becomes a <see cref="BpmnReadException"/> with the line and column.
/// </summary>
internal static partial class SafeXmlLoader
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    public static XmlReaderSettings Settings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = BpmnReader.MaxBytes,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    /// <summary>Loads the document element; <paramref name="doctype"/> finds a DTD, to tell an XML error it caused apart.</summary>
    public static XElement Load(Func<XmlReader> createReader, Func<SourcePosition?> doctype)
    {
        try
        {
            using var reader = createReader();
            return Build(reader);
        }
        catch (XmlException e) when (doctype() is { } at)
        {
            throw new BpmnReadException(
                $"The file contains a DTD (<!DOCTYPE ...> at line {at.Line}, column {at.Column}). DTDs and entity declarations are not allowed "
                + "in BPMN files we import, for security. Export the diagram again from your modeler; BPMN 2.0 files never need one.",
                at.Line, at.Column, e);
        }
        catch (XmlException e)
        {
            var line = Positive(e.LineNumber);
            var column = Positive(e.LinePosition);
            var where = line is null ? "" : $"line {line}, column {column}: ";
            throw new BpmnReadException(
                $"The file is not well-formed XML: {where}{WithoutPosition(e.Message)} Fix the XML in your modeler and export it again.",
                line, column, e);
        }
    }

    private static XElement Build(XmlReader reader)
    {
        var lineInfo = reader as IXmlLineInfo;
        XElement? root = null;
        var open = new Stack<XElement>();
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var element = StartElement(reader, lineInfo);
                    if (open.Count == 0)
                    {
                        root = element;
                    }
                    else
                    {
                        open.Peek().Add(element);
                    }

                    if (!reader.IsEmptyElement)
                    {
                        open.Push(element);
                    }

                    break;
                case XmlNodeType.EndElement:
                    open.Pop();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace when open.Count > 0:
                    open.Peek().Add(new XText(reader.Value));
                    break;
                default:
                    break;
            }
        }

        return root ?? throw new BpmnReadException("The file is empty: it has no XML element. Export the diagram from your modeler as BPMN 2.0 XML.");
    }

    private static XElement StartElement(XmlReader reader, IXmlLineInfo? lineInfo)
    {
        var line = lineInfo?.LineNumber ?? 0;
        var column = lineInfo?.LinePosition ?? 0;
        if (reader.Depth >= BpmnReader.MaxDepth)
        {
            throw new BpmnReadException(
                $"The XML is nested too deeply: more than {BpmnReader.MaxDepth} levels at line {line}, column {column}. "
                + "BPMN files from a modeler are far shallower; export the diagram again.",
                line, column);
        }

        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
        element.AddAnnotation(new SourcePosition(line, column));
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (reader.NamespaceURI != XmlnsNamespace)
                {
                    element.SetAttributeValue(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value);
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        return element;
    }

    /// <summary>Where "&lt;!DOCTYPE" first occurs in the text, if it does.</summary>
    public static SourcePosition? Doctype(string text)
    {
        var index = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (index < 0)
        {
            return null;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return new SourcePosition(text.AsSpan(0, index).Count('\n') + 1, index - lineStart + 1);
    }

    private static int? Positive(int value) => value > 0 ? value : null;

    private static string WithoutPosition(string message)
    {
        var text = TrailingPosition().Replace(message, "").Trim();
        return text.EndsWith('.') ? text : text + ".";
    }

    [GeneratedRegex(@"\s*Line \d+, position \d+\.\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingPosition();

    /// <summary>"6.2 MB (6,500,000 bytes)".</summary>
    public static string DescribeSize(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d / 1024d:0.0} MB ({bytes:N0} bytes)");
}
