using System.Text.RegularExpressions;
using Onboarding.Web.Documents;

namespace Onboarding.Tests.Documents;

/// <summary>How content breaks across pages: tables repeat their header, headings keep with their text, lists wrap.</summary>
public sealed class DocumentPaginationTests
{
    [Fact]
    public void Pdf_LongTable_RepeatsItsHeaderOnEveryPageAndKeepsEveryRowOnce()
    {
        using var pdf = PdfReadBack.Render(SampleDocuments.Branded(d => d
            .Heading(2, "Deliverables")
            .Paragraph("Every deliverable with its quantity and hours.")
            .Table(SampleDocuments.Deliverables(120))));

        pdf.Pages.Count.ShouldBeGreaterThanOrEqualTo(3);
        var header = pdf.BodyLines.First(l => l.StartsWith("Deliverable", StringComparison.Ordinal) && l.EndsWith("Hours", StringComparison.Ordinal));
        var tablePages = pdf.Pages.Where(p => p.Body.Any(l => l.StartsWith("Item ", StringComparison.Ordinal))).ToList();
        tablePages.Count.ShouldBe(pdf.Pages.Count);
        foreach (var page in tablePages.Skip(1)) page.Body[0].ShouldBe(header);
        var rows = pdf.BodyLines.Where(l => l.StartsWith("Item ", StringComparison.Ordinal)).Select(l => l[..8]).ToList();
        rows.ShouldBe(Enumerable.Range(1, 120).Select(i => $"Item {i:000}"));
        pdf.BodyLines.Last().ShouldBe($"Total{Enumerable.Range(1, 120).Sum(i => i * 3)}");
    }

    [Fact]
    public void Pdf_EveryPage_ShowsPageXOfYAndTheHeader()
    {
        using var pdf = PdfReadBack.Render(SampleDocuments.Branded(d => d.Table(SampleDocuments.Deliverables(150))));

        var count = pdf.Pages.Count;
        count.ShouldBeGreaterThan(3);
        for (var i = 0; i < count; i++)
        {
            pdf.Pages[i].Footer.ShouldBe($"ConfidentialPage {i + 1} of {count}");
            pdf.Pages[i].Header.ShouldBe($"{SampleDocuments.Firm}Kestrel Legal LLP · Statement of work v2");
        }
    }

    [Fact]
    public void Pdf_HeadingAtTheBottomOfAPage_MovesWithItsParagraph()
    {
        var movedAtLeastOnce = false;
        // Push the heading down point by point: wherever it lands, the first line of its paragraph is on its page.
        for (var space = 600; space <= 700; space += 4)
        {
            using var pdf = PdfReadBack.Render(SampleDocuments.Branded(d => d
                .Paragraph("Scope")
                .Space(space)
                .Heading(2, "Exclusions")
                .Paragraph("Copywriting, photography and paid media are not included in this statement of work.")));

            var page = pdf.Pages.Single(p => p.Body.Contains("Exclusions"));
            page.Body.ShouldContain(l => l.StartsWith("Copywriting", StringComparison.Ordinal), $"space {space}");
            movedAtLeastOnce |= page.Page.Number == 2;
        }
        movedAtLeastOnce.ShouldBeTrue("Some of the spaces leave room for the heading alone at the bottom of page 1.");
    }

    [Fact]
    public void Pdf_LongListItem_WrapsUnderItsTextAndTheListContinuesOnTheNextPage()
    {
        var longItem = string.Join(' ', Enumerable.Range(1, 120).Select(i => $"word{i}"));
        var items = new[] { longItem }.Concat(Enumerable.Range(1, 70).Select(i => $"Assumption number {i}")).ToList();
        using var pdf = PdfReadBack.Render(SampleDocuments.Branded(d => d.Heading(2, "Assumptions").Bullets(items)));

        pdf.Pages.Count.ShouldBeGreaterThanOrEqualTo(2);
        var first = pdf.Pages[0];
        var start = first.Body.ToList().FindIndex(l => l.Contains("word1 ", StringComparison.Ordinal));
        var wrapped = first.Body.Skip(start).TakeWhile(l => !l.Contains("Assumption", StringComparison.Ordinal)).ToList();
        wrapped.Count.ShouldBeGreaterThan(3);
        PdfReadBack.Collapse(string.Join(' ', wrapped)).ShouldBe("•" + longItem);
        // Hanging indent: the wrapped lines start where the item's text starts, right of the bullet.
        var itemLine = first.BodyRead[start].Letters;
        itemLine[0].Value.ShouldBe("•");
        var textX = itemLine.First(l => l.Value == "w").StartBaseLine.X;
        textX.ShouldBeGreaterThan(itemLine[0].StartBaseLine.X + 5);
        for (var i = 1; i < wrapped.Count; i++) first.BodyRead[start + i].Letters[0].StartBaseLine.X.ShouldBe(textX, 0.5);
        var listed = pdf.BodyLines.Where(l => l.Contains("Assumption number", StringComparison.Ordinal)).Select(l => l.TrimStart('•', ' ')).ToList();
        listed.ShouldBe(Enumerable.Range(1, 70).Select(i => $"Assumption number {i}"));
    }

    [Fact]
    public void Pdf_NumberedList_NumbersEveryItem()
    {
        using var pdf = PdfReadBack.Render(SampleDocuments.Branded(d => d.Numbered(Enumerable.Range(1, 12).Select(i => $"Milestone {i}"))));

        pdf.BodyLines.ShouldBe(Enumerable.Range(1, 12).Select(i => $"{i}.Milestone {i}"));
    }

    [Fact]
    public void Pdf_PageBreak_StartsANewPageButNeverABlankOne()
    {
        using var pdf = PdfReadBack.Render(SampleDocuments.Branded(d => d
            .PageBreak()
            .Paragraph("First page")
            .PageBreak()
            .PageBreak()
            .Paragraph("Second page")
            .PageBreak()));

        pdf.Pages.Select(p => string.Join("|", p.Body)).ShouldBe(["First page", "Second page"]);
    }

    [Fact]
    public void Pdf_RowTallerThanAPage_IsSplitBetweenItsLines()
    {
        var cell = string.Join('\n', Enumerable.Range(1, 160).Select(i => $"Line {i:000}"));
        using var pdf = PdfReadBack.Render(SampleDocuments.Branded(d => d.Table(t => t.Column("Notes").Column("Hours", 0.3f).Row(cell, "8").Row("After", "1"))));

        pdf.Pages.Count.ShouldBeGreaterThanOrEqualTo(3);
        var lines = pdf.BodyLines.Select(l => Regex.Match(l, @"Line \d{3}").Value).Where(v => v.Length > 0).ToList();
        lines.ShouldBe(Enumerable.Range(1, 160).Select(i => $"Line {i:000}"));
        pdf.BodyLines.Last().ShouldBe("After1");
    }
}
