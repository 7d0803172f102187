using System.Text;
using Onboarding.Workflows.Bpmn;

namespace Onboarding.Tests.Workflows.Bpmn;

/// <summary>BPMN XML is untrusted: DTDs, entity tricks, huge or deep files and garbage all end as a clear <see cref="BpmnReadException"/>.</summary>
public sealed class BpmnReaderSecurityTests
{
    [Fact]
    public void An_external_entity_is_refused_as_a_DTD_and_nothing_is_read_from_disk()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE definitions [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p"><task id="t" name="&secret;" /></process></definitions>
            """;

        var error = Should.Throw<BpmnReadException>(() => BpmnReader.Read(xml));

        error.Message.ShouldContain("DTDs and entity declarations are not allowed");
        error.Message.ShouldNotContain("root:");
        (error.Line, error.Column).ShouldBe((2, 1));
    }

    [Fact]
    public void Billion_laughs_is_refused_quickly_from_bytes()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : i - 1)};", 10))}\">"))
            + "]><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&lol9;</definitions>";

        var error = Should.Throw<BpmnReadException>(() => BpmnReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml))));

        error.Message.ShouldContain("DTD (<!DOCTYPE ...> at line 1, column 22)");
    }

    [Fact]
    public void A_plain_doctype_is_refused()
    {
        Should.Throw<BpmnReadException>(() => BpmnReader.Read("<!DOCTYPE definitions><definitions />"))
            .Message.ShouldStartWith("The file contains a DTD (<!DOCTYPE ...> at line 1, column 1).");
    }

    [Fact]
    public void A_doctype_in_UTF_16_is_found_too()
    {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE definitions><definitions />";

        Should.Throw<BpmnReadException>(() => BpmnReader.Read(new MemoryStream(Encoding.Unicode.GetBytes(xml)))).Line.ShouldBe(2);
    }

    [Fact]
    public void A_text_over_5_MB_is_refused_with_its_size_before_parsing()
    {
        var xml = BpmnXml.Process($"<!-- {new string('x', BpmnReader.MaxBytes)} -->");

        var error = Should.Throw<BpmnReadException>(() => BpmnReader.Read(xml));

        error.Message.ShouldStartWith("The file is 5.0 MB (5,243,");
        error.Message.ShouldContain("the limit is 5.0 MB (5,242,880 bytes)");
    }

    [Fact]
    public void A_stream_over_5_MB_is_refused_even_when_its_length_is_unknown()
    {
        var bytes = new byte[BpmnReader.MaxBytes + 10];
        using var unseekable = new UnseekableStream(bytes);

        Should.Throw<BpmnReadException>(() => BpmnReader.Read(unseekable)).Message.ShouldStartWith("The file is more than 5.0 MB");
        Should.Throw<BpmnReadException>(() => BpmnReader.Read(new MemoryStream(bytes))).Message.ShouldStartWith("The file is 5.0 MB (5,242,890 bytes)");
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_with_the_line()
    {
        var deep = string.Concat(Enumerable.Repeat("<a>", 100)) + string.Concat(Enumerable.Repeat("</a>", 100));
        var xml = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n" + deep + "</definitions>";

        var error = Should.Throw<BpmnReadException>(() => BpmnReader.Read(xml));

        error.Message.ShouldStartWith("The XML is nested too deeply: more than 64 levels at line 2");
        error.Line.ShouldBe(2);
    }

    [Fact]
    public void Malformed_xml_reports_line_and_column()
    {
        var xml = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n  <process id=\"p\">\n    <task id=\"a\">\n  </process>\n</definitions>";

        var error = Should.Throw<BpmnReadException>(() => BpmnReader.Read(xml));

        error.Line.ShouldBe(4);
        error.Column.ShouldBe(5);
        error.Message.ShouldBe(
            "The file is not well-formed XML: line 4, column 5: The 'task' start tag on line 3 position 6 does not match the end tag of 'process'. "
            + "Fix the XML in your modeler and export it again.");
    }

    [Theory]
    [InlineData("<html><body>hi</body></html>", "its root element is <html>")]
    [InlineData("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" />", "<definitions> in namespace https://www.omg.org/spec/DMN/20191111/MODEL/")]
    [InlineData("<definitions />", "its root element is <definitions>, not")]
    public void A_file_that_is_not_BPMN_says_so(string xml, string expected)
    {
        var error = Should.Throw<BpmnReadException>(() => BpmnReader.Read(xml));

        error.Message.ShouldStartWith("This is not a BPMN 2.0 file");
        error.Message.ShouldContain(expected);
    }

    [Fact]
    public void A_file_without_a_process_says_so()
    {
        Should.Throw<BpmnReadException>(() => BpmnReader.Read(BpmnXml.Header + "<bpmn:collaboration id=\"c\" /></bpmn:definitions>"))
            .Message.ShouldStartWith("The file has no process");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not xml at all")]
    public void Garbage_is_refused_as_not_well_formed(string text)
    {
        Should.Throw<BpmnReadException>(() => BpmnReader.Read(text));
    }

    [Fact]
    public void Duplicate_ids_are_refused_with_both_lines()
    {
        var error = Should.Throw<BpmnReadException>(() => BpmnReader.Read(BpmnXml.Process("<bpmn:task id=\"a\" />\n<bpmn:task id=\"a\" />")));

        error.Message.ShouldStartWith("Two elements use the id 'a' (lines 4 and 5).");
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
