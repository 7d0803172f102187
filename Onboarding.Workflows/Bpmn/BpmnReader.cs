using System.Text;
using System.Xml;
using System.Xml.Linq;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Bpmn;

/// <summary>
/// Reads BPMN 2.0 XML (as written by bpmn-js, Camunda Modeler, Signavio, Trisotech, Bonita...) into a
/// <see cref="ProcessModel"/>. The XML is untrusted: no DTD, no external resolution, at most
/// <see cref="MaxBytes"/> bytes and <see cref="MaxDepth"/> levels.
/// </summary>
/// <remarks>
/// <para>Elements are matched by namespace URI and local name, never by prefix.</para>
/// <para>
/// When the file holds several processes (a collaboration with pools), the first one with
/// <c>isExecutable="true"</c> is read; if none is executable, the first process that has flow nodes.
/// Any other pool with flow nodes that would silently not run (none is executable, or it is executable too)
/// is listed as an unsupported <c>process</c> element so publishing is blocked.
/// </para>
/// <para>
/// Elements the engine cannot run become <see cref="UnsupportedElement"/>s; sequence flows touching them are
/// kept, so validation and the designer can show them (publishing is blocked, so the engine never reaches them).
/// Diagram interchange (BPMNDI), data objects, annotations, associations, groups and other artifacts are ignored.
/// An invalid value of an <c>onboarding:</c> attribute is recorded in <see cref="ProcessModel.AttributeProblems"/>,
/// never thrown.
/// </para>
/// </remarks>
public static class BpmnReader
{
    /// <summary>The largest file accepted: 5 MB.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>The deepest element nesting accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>Reads already-decoded XML text (any encoding declaration in it is ignored).</summary>
    /// <exception cref="BpmnReadException">The text is not a readable BPMN 2.0 file.</exception>
    public static ProcessModel Read(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var bytes = Encoding.UTF8.GetByteCount(xml);
        if (bytes > MaxBytes)
        {
            throw TooLarge(bytes);
        }

        var root = SafeXmlLoader.Load(
            () => XmlReader.Create(new StringReader(xml), SafeXmlLoader.Settings),
            () => SafeXmlLoader.Doctype(xml));
        return DefinitionsReader.Read(root);
    }

    /// <summary>Reads XML bytes, honouring the XML declaration's encoding (e.g. ISO-8859-1).</summary>
    /// <exception cref="BpmnReadException">The stream is not a readable BPMN 2.0 file.</exception>
    public static ProcessModel Read(Stream xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var bytes = ReadBounded(xml);
        var root = SafeXmlLoader.Load(
            () => XmlReader.Create(new MemoryStream(bytes, writable: false), SafeXmlLoader.Settings),
            () => Doctype(bytes));
        return DefinitionsReader.Read(root);
    }

    private static byte[] ReadBounded(Stream stream)
    {
        if (stream.CanSeek && stream.Length - stream.Position > MaxBytes)
        {
            throw TooLarge(stream.Length - stream.Position);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                throw TooLarge(buffer.Length, atLeast: true);
            }
        }

        return buffer.ToArray();
    }

    internal static BpmnReadException TooLarge(long bytes, bool atLeast = false) => new(
        $"The file is {(atLeast ? "more than " : "")}{SafeXmlLoader.DescribeSize(bytes)}; the limit is "
        + $"{SafeXmlLoader.DescribeSize(MaxBytes)}. A playbook is far smaller: remove embedded images or "
        + "documentation from the diagram and export it again.");

    /// <summary>Finds a DTD in bytes of an ASCII-compatible encoding (UTF-8, ISO-8859-x) or of UTF-16.</summary>
    private static SourcePosition? Doctype(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.IndexOf("<!DOCTYPE"u8) >= 0)
        {
            return SafeXmlLoader.Doctype(Encoding.Latin1.GetString(bytes));
        }

        foreach (var utf16 in new[] { Encoding.Unicode, Encoding.BigEndianUnicode })
        {
            if (span.IndexOf(utf16.GetBytes("<!DOCTYPE")) >= 0)
            {
                return SafeXmlLoader.Doctype(utf16.GetString(bytes));
            }
        }

        return null;
    }
}
