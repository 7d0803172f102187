using Onboarding.Web.Documents;
using UglyToad.PdfPig.Tokens;

namespace Onboarding.Tests.Documents;

/// <summary>The text of a rendered PDF reads back exactly as written, in every script the firm's clients write in.</summary>
public sealed class DocumentTextTests
{
    [Fact]
    public void Pdf_HeadingsAndParagraphs_ExtractInOrder()
    {
        using var pdf = PdfReadBack.Render(SampleDocuments.Multilingual());

        var lines = pdf.BodyLines.ToList();
        var order = new[] { "Statement of work", "Summary (Russian)", "Summary (Korean)", "Summary (Chinese)", "Signatories" }
            .Select(h => lines.IndexOf(h))
            .ToList();
        order.ShouldAllBe(i => i >= 0);
        order.ShouldBeInOrder();
    }

    [Theory]
    [InlineData(SampleDocuments.Russian)]
    [InlineData(SampleDocuments.Mixed)]
    public void Pdf_SpacedScripts_ExtractExactly(string paragraph)
    {
        using var pdf = PdfReadBack.Render(SampleDocuments.Multilingual());

        pdf.BodyText.ShouldContain(PdfReadBack.Collapse(paragraph));
    }

    [Theory]
    [InlineData(SampleDocuments.Korean)]
    [InlineData(SampleDocuments.Chinese)]
    public void Pdf_CjkParagraphs_ExtractExactly(string paragraph)
    {
        using var pdf = PdfReadBack.Render(SampleDocuments.Multilingual());

        // Lines of CJK text may break between any two characters: compare without the whitespace of the line breaks.
        PdfReadBack.WithoutWhitespace(pdf.BodyText).ShouldContain(PdfReadBack.WithoutWhitespace(paragraph));
        pdf.BodyLines.Count(l => PdfReadBack.WithoutWhitespace(paragraph).Contains(PdfReadBack.WithoutWhitespace(l))).ShouldBeGreaterThanOrEqualTo(2, "the paragraph wraps");
    }

    [Fact]
    public void Pdf_KoreanLineWithSpaces_ExtractsWithItsSpaces()
    {
        const string line = "계약 금액은 변경되지 않습니다.";
        using var pdf = PdfReadBack.Render(SampleDocuments.Branded(d => d.Paragraph(line)));

        pdf.BodyLines.ShouldContain(line);
    }

    [Fact]
    public void Pdf_CharactersSharingAGlyph_EachExtractAsWritten()
    {
        // 工 (U+5DE5) and the Kangxi radical ⼯ (U+2F2F) are one glyph in Noto Sans CJK; so are 一 and ⼀.
        const string text = "工作 ⼯ 一 ⼀ µ μ";
        using var pdf = PdfReadBack.Render(SampleDocuments.Branded(d => d.Paragraph(text)));

        pdf.BodyLines.ShouldContain(text);
    }

    [Fact]
    public void Pdf_Ligatures_ExtractAsTheirLetters()
    {
        using var pdf = PdfReadBack.Render(SampleDocuments.Branded(d => d.Paragraph("office affluent fjord waffle")));

        pdf.BodyLines.ShouldContain("office affluent fjord waffle");
    }

    [Fact]
    public void Pdf_BoldAndItalicRuns_KeepTheirTextAndUseTheirFaces()
    {
        using var pdf = PdfReadBack.Render(SampleDocuments.Branded(d => d.Paragraph(p => p.Text("Plain, ").Bold("bold").Text(" and ").Italic("italic text"))));

        pdf.BodyLines.ShouldContain("Plain, bold and italic text");
        var letters = pdf.Pages[0].Page.Letters;
        letters.Where(l => "bold".Contains(l.Value) && (l.FontName ?? "").Contains("Bold")).ShouldNotBeEmpty();
        letters.Where(l => (l.FontName ?? "").Contains("Oblique")).Select(l => l.Value).ShouldContain("t");
    }

    [Fact]
    public void Pdf_Fonts_AreEmbeddedSubsets()
    {
        using var pdf = PdfReadBack.Render(SampleDocuments.Multilingual());

        var fonts = pdf.Fonts(1);
        var trueType = fonts.Where(f => f.Data["Subtype"] is NameToken { Data: "Type0" }).ToList();
        trueType.Count.ShouldBeGreaterThanOrEqualTo(2, "DejaVu Sans and DejaVu Sans Bold");
        foreach (var font in trueType)
        {
            ((NameToken)font.Data["BaseFont"]).Data.ShouldMatch(@"^[A-Z]{6}\+DejaVuSans");
            var descendant = pdf.Resolve<DictionaryToken>(pdf.Resolve<ArrayToken>(font.Data["DescendantFonts"]).Data[0]);
            var descriptor = pdf.Resolve<DictionaryToken>(descendant.Data["FontDescriptor"]);
            var file = pdf.Resolve<StreamToken>(descriptor.Data["FontFile2"]);
            // A subset: the whole DejaVu Sans is 757 KB.
            ((NumericToken)file.StreamDictionary.Data["Length1"]).Int.ShouldBeLessThan(150_000);
        }
        // Noto Sans CJK has CFF outlines, which Skia writes as Type 3 fonts: glyph procedures inside the PDF.
        var type3 = fonts.Where(f => f.Data["Subtype"] is NameToken { Data: "Type3" }).ToList();
        type3.ShouldNotBeEmpty();
        type3.ShouldAllBe(f => f.Data.ContainsKey("CharProcs") && f.Data.ContainsKey("ToUnicode"));
        pdf.Pages[0].Page.Letters.Where(l => l.Value == "Ж" || l.Value == "a").ShouldAllBe(l => (l.FontName ?? "").Contains("DejaVuSans"));
    }

    [Fact]
    public void Pdf_Metadata_NamesTitleFirmAndCreator()
    {
        using var pdf = PdfReadBack.Render(SampleDocuments.Multilingual());

        pdf.Information.Title.ShouldBe("Statement of work v2");
        pdf.Information.Author.ShouldBe(SampleDocuments.Firm);
        pdf.Information.Creator.ShouldBe("Onboarding");
    }
}
