namespace Onboarding.Web.Documents;

/// <summary>
/// Builds a <see cref="DocumentSpec"/> fluently:
/// <code>
/// Document.Create("SOW v2", d => d
///     .Header(logo, "Northwind Digital", "Kestrel Legal LLP · SOW v2")
///     .Footer("Confidential")
///     .Heading(1, "Statement of work")
///     .Paragraph("…")
///     .Table(t => t.Column("Deliverable", 3).Column("Hours", 1, CellAlign.Right).Row("SEO audit", "12")));
/// </code>
/// </summary>
public sealed class Document
{
    private readonly List<Block> blocks = [];
    private PageSetup page = PageSetup.A4;
    private PageHeader? header;
    private PageFooter footer = new(null);
    private string? author;

    private Document() { }

    public static DocumentSpec Create(string title, Action<Document> compose)
    {
        var document = new Document();
        compose(document);
        return new DocumentSpec(title, document.page, document.header, document.footer, document.blocks.ToList()) { Author = document.author };
    }

    public Document PageSize(PageSetup setup) { page = setup; return this; }

    public Document Header(byte[]? logo, string? left, string? right) { header = new PageHeader(logo, left, right); return this; }

    /// <summary>The firm's logo (or its name when it has none) at the left, <paramref name="right"/> at the right; the firm is the PDF's author.</summary>
    public Document Header(FirmBranding firm, string? right)
    {
        author = firm.FirmName;
        return Header(firm.Logo, firm.FirmName, right);
    }

    public Document Author(string? name) { author = name; return this; }

    public Document Footer(string? left) { footer = new PageFooter(left); return this; }

    public Document Heading(int level, string text) => Add(new HeadingBlock(Math.Clamp(level, 1, 3), text));

    public Document Paragraph(string text, TextTone tone = TextTone.Normal) => Add(new ParagraphBlock([new TextRun(text)], tone));

    public Document Paragraph(Action<ParagraphBuilder> runs, TextTone tone = TextTone.Normal)
    {
        var builder = new ParagraphBuilder();
        runs(builder);
        return Add(new ParagraphBlock(builder.Runs.ToList(), tone));
    }

    public Document Bullets(IEnumerable<string> items) => Add(new ListBlock(false, items.ToList()));

    public Document Numbered(IEnumerable<string> items) => Add(new ListBlock(true, items.ToList()));

    public Document Table(Action<TableBuilder> table)
    {
        var builder = new TableBuilder();
        table(builder);
        return Add(builder.Build());
    }

    public Document Fields(params (string Label, string Value)[] fields) => Add(new FieldsBlock(fields));

    public Document Callout(string title, string text) => Add(new CalloutBlock(title, text));

    public Document Signatures(params SignatureLine[] lines) => Add(new SignatureBlock(lines));

    public Document Space(float points = 12) => Add(new SpacerBlock(points));

    public Document PageBreak() => Add(new PageBreakBlock());

    private Document Add(Block block)
    {
        blocks.Add(block);
        return this;
    }
}

public sealed class ParagraphBuilder
{
    internal List<TextRun> Runs { get; } = [];

    public ParagraphBuilder Text(string text) { Runs.Add(new TextRun(text)); return this; }

    public ParagraphBuilder Bold(string text) { Runs.Add(new TextRun(text, Bold: true)); return this; }

    public ParagraphBuilder Italic(string text) { Runs.Add(new TextRun(text, Italic: true)); return this; }
}

public sealed class TableBuilder
{
    private readonly List<TableColumn> columns = [];
    private readonly List<IReadOnlyList<string>> rows = [];
    private IReadOnlyList<string>? total;

    public TableBuilder Column(string header, float weight = 1, CellAlign align = CellAlign.Left) { columns.Add(new TableColumn(header, weight, align)); return this; }

    public TableBuilder Row(params string[] cells) { rows.Add(cells); return this; }

    public TableBuilder Total(params string[] cells) { total = cells; return this; }

    internal TableBlock Build()
    {
        if (columns.Count == 0) throw new InvalidOperationException("A table needs at least one column.");
        foreach (var row in rows.Append(total ?? []).Where(r => r.Count > columns.Count))
            throw new InvalidOperationException($"A row has {row.Count} cells but the table has {columns.Count} columns.");
        return new TableBlock(columns.ToList(), rows.ToList(), total);
    }
}
