using Onboarding.Web.Documents;
using SkiaSharp;

namespace Onboarding.Tests.Documents;

/// <summary>Whatever people type or paste, the renderer prints something sensible and never fails.</summary>
public sealed class DocumentRobustnessTests
{
    [Fact]
    public void Pdf_EmptyDocument_IsOnePageWithHeaderAndFooter()
    {
        using var pdf = PdfReadBack.Render(SampleDocuments.Branded(_ => { }));

        var page = pdf.Pages.ShouldHaveSingleItem();
        page.Lines.ShouldBe([$"{SampleDocuments.Firm}Kestrel Legal LLP · Statement of work v2", "ConfidentialPage 1 of 1"]);
    }

    [Fact]
    public void Pdf_NullAndEmptyEverywhere_RendersWithoutThem()
    {
        var spec = Document.Create(null!, d => d
            .Header(null, null, null)
            .Footer(null)
            .Heading(1, null!)
            .Paragraph("")
            .Paragraph(p => p.Text(null!).Bold(""))
            .Bullets([null!, "", "  "])
            .Numbered([])
            .Table(t => t.Column(null!).Column("Hours"))
            .Fields(("", null!), (null!, "value"))
            .Callout(null!, null!)
            .Signatures(new SignatureLine(null!))
            .Space(float.NaN)
            .Paragraph("Still here"));

        using var pdf = PdfReadBack.Render(spec);

        pdf.Pages.ShouldHaveSingleItem();
        pdf.Pages[0].Lines.ShouldContain("Still here");
        pdf.Pages[0].Lines.ShouldContain("Hours");
        pdf.Pages[0].Lines.ShouldContain("value");
        pdf.Pages[0].Footer.ShouldBe("Page 1 of 1");
    }

    [Fact]
    public void Pdf_ControlCharacters_AreStrippedAndLineEndsKept()
    {
        using var pdf = PdfReadBack.Render(SampleDocuments.Branded(d => d.Paragraph("Before\u0000\u0007\u001B[31m after\u0085\r\nSecond\tline\rThird \uD800line")));

        pdf.BodyLines.ShouldBe(["Before[31m after", "Second line", "Third line"]);
    }

    [Fact]
    public void Pdf_WordLongerThanTheLine_IsCutBetweenCharactersWithoutLoss()
    {
        var word = string.Concat(Enumerable.Range(0, 600).Select(i => (char)('a' + i % 26)));
        using var pdf = PdfReadBack.Render(SampleDocuments.Branded(d => d.Paragraph($"Start {word} end").Table(t => t.Column("Narrow", 1).Column("Wide", 6).Row(word, "x"))));

        var lines = pdf.BodyLines.ToList();
        lines.Count.ShouldBeGreaterThan(6);
        PdfReadBack.WithoutWhitespace(string.Concat(lines)).ShouldStartWith($"Start{word}end");
        pdf.Pages.SelectMany(p => p.BodyRead).SelectMany(l => l.Letters)
            .ShouldAllBe(l => l.BoundingBox.Right <= PageSetup.A4.Width - PageSetup.A4.Margin + 0.5);
    }

    [Fact]
    public void Pdf_TableOfManyColumns_StaysWithinTheMargins()
    {
        var columns = Enumerable.Range(1, 24).ToList();
        var spec = SampleDocuments.Branded(d => d.Table(t =>
        {
            foreach (var c in columns) t.Column($"Column {c}", 1, c % 2 == 0 ? CellAlign.Right : CellAlign.Left);
            t.Row(columns.Select(c => $"value-{c}-with-a-long-tail").ToArray());
        }));

        using var pdf = PdfReadBack.Render(spec);

        pdf.Pages.SelectMany(p => p.BodyRead).SelectMany(l => l.Letters).ShouldAllBe(l =>
            l.BoundingBox.Left >= PageSetup.A4.Margin - 0.5 && l.BoundingBox.Right <= PageSetup.A4.Width - PageSetup.A4.Margin + 0.5);
    }

    [Fact]
    public void Pdf_HundredsOfPages_RenderTheSameEveryTime()
    {
        var spec = SampleDocuments.Branded(d =>
        {
            for (var section = 1; section <= 70; section++)
            {
                d.Heading(2, $"Section {section}")
                    .Paragraph(SampleDocuments.Russian + " " + SampleDocuments.Korean)
                    .Table(SampleDocuments.Deliverables(40))
                    .Bullets(Enumerable.Range(1, 10).Select(i => $"Point {i} of section {section}"));
            }
        });

        var first = PdfReadBack.Renderer.Pdf(spec);
        var second = PdfReadBack.Renderer.Pdf(spec);

        using var a = new PdfReadBack(first);
        using var b = new PdfReadBack(second);
        a.Pages.Count.ShouldBeGreaterThan(100);
        b.Pages.Count.ShouldBe(a.Pages.Count);
        b.BodyText.ShouldBe(a.BodyText);
        a.Pages[^1].Footer.ShouldBe($"ConfidentialPage {a.Pages.Count} of {a.Pages.Count}");
    }

    [Fact]
    public void Pdf_RenderedOnManyThreadsAtOnce_GivesTheSameDocument()
    {
        var spec = SampleDocuments.Multilingual();
        using var expected = PdfReadBack.Render(spec);

        var texts = new string[8];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            using var pdf = new PdfReadBack(PdfReadBack.Renderer.Pdf(spec));
            texts[i] = pdf.BodyText;
        });

        texts.ShouldAllBe(t => t == expected.BodyText);
    }

    [Fact]
    public void PagePngs_GivesOneValidImagePerPdfPage()
    {
        var spec = SampleDocuments.Branded(d => d.Paragraph(SampleDocuments.Chinese).Table(SampleDocuments.Deliverables(70)));
        using var pdf = PdfReadBack.Render(spec);

        var pngs = PdfReadBack.Renderer.PagePngs(spec, 1.5f);

        pngs.Count.ShouldBe(pdf.Pages.Count);
        pngs.Count.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var png in pngs)
        {
            png.AsSpan(0, 8).ToArray().ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
            using var bitmap = SKBitmap.Decode(png);
            bitmap.Width.ShouldBe(893);
            bitmap.Height.ShouldBe(1263);
            // Something is printed: a good share of the page is not white.
            var inked = 0;
            for (var y = 0; y < bitmap.Height; y += 3)
            {
                for (var x = 0; x < bitmap.Width; x += 3) inked += bitmap.GetPixel(x, y) == SKColors.White ? 0 : 1;
            }
            inked.ShouldBeGreaterThan(bitmap.Width * bitmap.Height / 9 / 50);
        }
    }
}
