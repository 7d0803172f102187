using Onboarding.Web.Documents.Text;
using SkiaSharp;

namespace Onboarding.Web.Documents.Layout;

/// <summary>
/// Tables and label/value fields as rows of wrapped cells. A table's header row is kept with its first row and repeated
/// above every row that starts a page; rows get hairline rules and zebra fills, the total row is bold under a stronger
/// rule. A row taller than a page is split between its lines so that it never has to move forever.
/// </summary>
internal sealed class TableLayout(TextShaper shaper, float pageContentHeight)
{
    private sealed record Column(float X, float Width, CellAlign Align);

    private sealed record RowStyle(float Size, bool Bold, SKColor Color, SKColor? Fill, SKColor? RuleBelow, float RuleWidth, SKColor? FirstColumnColor = null, float? FirstColumnSize = null);

    public IReadOnlyList<Flow> Table(TableBlock table, float width)
    {
        var specs = (table.Columns ?? []).Where(c => c is not null).ToList();
        if (specs.Count == 0) return [];
        var weights = specs.Select(c => float.IsFinite(c.Weight) && c.Weight > 0 ? c.Weight : 1).ToList();
        var columns = new List<Column>();
        var x = 0f;
        for (var i = 0; i < specs.Count; i++)
        {
            var columnWidth = width * weights[i] / weights.Sum();
            columns.Add(new Column(x, columnWidth, specs[i].Align));
            x += columnWidth;
        }

        var headerStyle = new RowStyle(DocumentTheme.TableHeaderSize, true, DocumentTheme.Text, DocumentTheme.HeaderFill, DocumentTheme.StrongRule, 0.6f);
        var header = Row(specs.Select(c => c.Header).ToList(), columns, headerStyle, pageContentHeight);
        var rows = (table.Rows ?? []).Where(r => r is not null).ToList();
        var flow = new List<Flow>();
        // The header may have been split (absurdly tall headers): only its first band repeats.
        flow.AddRange(header.Select((s, i) => s with { KeepWithNext = rows.Count > 0 || table.Total is not null || i < header.Count - 1 }));
        var repeat = header[0];
        var available = pageContentHeight - repeat.Height;
        for (var r = 0; r < rows.Count; r++)
        {
            var style = new RowStyle(DocumentTheme.TableSize, false, DocumentTheme.Text, r % 2 == 1 ? DocumentTheme.Zebra : null, DocumentTheme.Rule, 0.4f);
            flow.AddRange(Row(rows[r], columns, style, available).Select(s => s with { RepeatHeader = repeat }));
        }
        if (table.Total is { } total)
        {
            var style = new RowStyle(DocumentTheme.TableSize, true, DocumentTheme.Text, null, null, 0);
            var totalRow = Row(total, columns, style, available).Select(s => s with { RepeatHeader = repeat }).ToList();
            totalRow[0] = totalRow[0] with { Items = [new RuleItem(0, 0, width, 0, 0.8f, DocumentTheme.StrongRule), .. totalRow[0].Items] };
            flow.AddRange(totalRow);
        }
        return flow;
    }

    /// <summary>Label and value pairs: a muted label column as wide as the longest label (at most a third), values beside.</summary>
    public IReadOnlyList<Flow> Fields(FieldsBlock fields, float width)
    {
        var pairs = (fields.Fields ?? []).ToList();
        if (pairs.Count == 0) return [];
        var labelWidth = pairs.Max(p => shaper.Shape(p.Label, DocumentTheme.SmallSize).TotalWidth);
        var labelColumn = Math.Clamp(labelWidth + 2 * DocumentTheme.CellPaddingX + 6, 60, width / 3);
        var columns = new List<Column> { new(0, labelColumn, CellAlign.Left), new(labelColumn, width - labelColumn, CellAlign.Left) };
        var style = new RowStyle(DocumentTheme.BodySize, false, DocumentTheme.Text, null, null, 0, DocumentTheme.Muted, DocumentTheme.SmallSize);
        var flow = new List<Flow>();
        foreach (var (label, value) in pairs) flow.AddRange(Row([label, value], columns, style, pageContentHeight, paddingY: 1.5f, paddingX: 0));
        return flow;
    }

    private List<Slice> Row(IReadOnlyList<string?> cells, IReadOnlyList<Column> columns, RowStyle style, float maxHeight, float paddingY = DocumentTheme.CellPaddingY, float paddingX = DocumentTheme.CellPaddingX)
    {
        var lineHeight = DocumentTheme.LineHeight(style.Size);
        var laid = columns.Select((column, i) =>
        {
            var first = i == 0 && style.FirstColumnColor is not null;
            var size = first ? style.FirstColumnSize ?? style.Size : style.Size;
            var text = i < cells.Count ? cells[i] : null;
            var lines = LineBreaker.Break(shaper.Shape(text, size, new FontVariant(style.Bold, false)), Math.Max(1, column.Width - 2 * paddingX));
            return (Column: column, Lines: lines, Size: size, Color: first ? style.FirstColumnColor!.Value : style.Color);
        }).ToList();
        var lineCount = Math.Max(1, laid.Max(c => c.Lines.Count));
        var total = columns[^1].X + columns[^1].Width;
        var height = lineCount * lineHeight + 2 * paddingY;
        // Bands of whole lines: one band when the row fits on a page, one per line when it does not.
        List<(int From, int To)> bands = height <= maxHeight ? [(0, lineCount)] : [.. Enumerable.Range(0, lineCount).Select(k => (k, k + 1))];
        var slices = new List<Slice>();
        foreach (var (from, to) in bands)
        {
            var top = from == 0 ? paddingY : 0;
            var bandHeight = (to - from) * lineHeight + top + (to == lineCount ? paddingY : 0);
            var items = new List<PageItem>();
            if (style.Fill is { } fill) items.Add(new BoxItem(SKRect.Create(0, 0, total, bandHeight), fill));
            foreach (var cell in laid)
            {
                for (var k = from; k < Math.Min(to, cell.Lines.Count); k++)
                {
                    var line = cell.Lines[k];
                    // Lines of a smaller size (labels) share the first baseline of the row.
                    var baseline = top + (k - from) * lineHeight + DocumentTheme.Baseline(style.Size);
                    var x = cell.Column.Align == CellAlign.Right ? cell.Column.X + cell.Column.Width - paddingX - line.Width : cell.Column.X + paddingX;
                    items.Add(new TextItem(x, baseline, line, cell.Color));
                }
            }
            if (to == lineCount && style.RuleBelow is { } rule) items.Add(new RuleItem(0, bandHeight, total, bandHeight, style.RuleWidth, rule));
            slices.Add(new Slice(bandHeight, items));
        }
        return slices;
    }
}
