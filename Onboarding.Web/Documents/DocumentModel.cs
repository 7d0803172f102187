namespace Onboarding.Web.Documents;

/// <summary>
/// A document to print: pure data built with <see cref="Document.Create"/> and laid out by <see cref="DocumentRenderer"/>
/// (SOW, change-request and invoice PDFs, and the live preview's page images). Sizes are in PDF points (1/72 inch).
/// </summary>
public sealed record DocumentSpec(
    string Title,
    PageSetup Page,
    PageHeader? Header,
    PageFooter Footer,
    IReadOnlyList<Block> Blocks)
{
    /// <summary>The PDF's author (the firm); the header's left text when not set.</summary>
    public string? Author { get; init; }
}

/// <summary>A4 portrait with 20 mm margins unless said otherwise.</summary>
public sealed record PageSetup(float Width = 595.28f, float Height = 841.89f, float Margin = 56.7f)
{
    public static PageSetup A4 { get; } = new();
}

/// <summary>
/// Printed at the top of every page: the firm's logo (PNG or JPEG bytes, 20 pt high) at the left followed by
/// <see cref="Left"/> (the firm's name), <see cref="Right"/> at the right. Without a usable logo the left text stands
/// in for it. Each text takes one line.
/// </summary>
public sealed record PageHeader(byte[]? Logo, string? Left, string? Right);

/// <summary>Printed at the bottom of every page; "Page X of Y" is always added at the right.</summary>
public sealed record PageFooter(string? Left);

/// <summary>One piece of the flowing content.</summary>
public abstract record Block;

/// <summary>Level 1 to 3. A heading never ends a page alone: it moves with the block after it.</summary>
public sealed record HeadingBlock(int Level, string Text) : Block;

/// <summary>Wrapped text made of runs; runs may mix scripts (Latin, Cyrillic, Hangul, Han) and styles.</summary>
public sealed record ParagraphBlock(IReadOnlyList<TextRun> Runs, TextTone Tone = TextTone.Normal) : Block;

public sealed record TextRun(string Text, bool Bold = false, bool Italic = false);

/// <summary>Small grey text (captions, notes) or normal body text.</summary>
public enum TextTone { Normal, Muted }

/// <summary>A bulleted or numbered list; an item may wrap over lines (and pages).</summary>
public sealed record ListBlock(bool Numbered, IReadOnlyList<string> Items) : Block;

/// <summary>
/// A table whose rows break across pages; the header row is repeated at the top of each page the table continues on.
/// <see cref="Total"/> is an optional last row printed bold.
/// </summary>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string>? Total = null) : Block;

/// <summary>A column: its header, its share of the width (relative to the others) and its alignment.</summary>
public sealed record TableColumn(string Header, float Weight = 1, CellAlign Align = CellAlign.Left);

public enum CellAlign { Left, Right }

/// <summary>Label and value pairs in two columns (client, date, version...).</summary>
public sealed record FieldsBlock(IReadOnlyList<(string Label, string Value)> Fields) : Block;

/// <summary>A framed note (e.g. "Approved by Dana Kim on 3 Dec 2026 10:42").</summary>
public sealed record CalloutBlock(string Title, string Text) : Block;

/// <summary>
/// Signature lines side by side (e.g. the client and the firm), each with a caption; a filled value (an approval
/// recorded in the app) is printed on the line.
/// </summary>
public sealed record SignatureBlock(IReadOnlyList<SignatureLine> Lines) : Block;

public sealed record SignatureLine(string Caption, string? Name = null, string? Date = null);

/// <summary>Vertical space.</summary>
public sealed record SpacerBlock(float Points) : Block;

/// <summary>Continues on a new page.</summary>
public sealed record PageBreakBlock : Block;
