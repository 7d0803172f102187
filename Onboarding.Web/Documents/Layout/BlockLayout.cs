using Onboarding.Web.Documents.Text;
using SkiaSharp;

namespace Onboarding.Web.Documents.Layout;

/// <summary>
/// Turns each block of the model into slices for the <see cref="Paginator"/>, at the content's width: headings,
/// paragraphs and lists here; tables and fields in <see cref="TableLayout"/>; callouts and signatures in
/// <see cref="FormLayout"/>. Slices of text are one line each, so text breaks across pages between lines.
/// </summary>
internal sealed class BlockLayout(TextShaper shaper, float width, float pageContentHeight)
{
    private readonly TableLayout tables = new(shaper, pageContentHeight);
    private readonly FormLayout forms = new(shaper);

    public IReadOnlyList<Flow> Lay(Block block) => block switch
    {
        HeadingBlock heading => Heading(heading),
        ParagraphBlock paragraph => Paragraph(paragraph),
        ListBlock list => List(list),
        TableBlock table => tables.Table(table, width),
        FieldsBlock fields => tables.Fields(fields, width),
        CalloutBlock callout => forms.Callout(callout, width),
        SignatureBlock signatures => forms.Signatures(signatures, width),
        SpacerBlock spacer => [new Slice(Math.Clamp(float.IsFinite(spacer.Points) ? spacer.Points : 0, 0, pageContentHeight), []) { Discardable = true }],
        PageBreakBlock => [new PageBreakFlow()],
        _ => throw new NotSupportedException($"The document block {block.GetType().Name} has no layout."),
    };

    private List<Flow> Heading(HeadingBlock heading)
    {
        var size = DocumentTheme.HeadingSize(heading.Level);
        var color = heading.Level == 3 ? DocumentTheme.Text : DocumentTheme.Accent;
        var lines = LineBreaker.Break(shaper.Shape(heading.Text, size, new FontVariant(Bold: true, Italic: false)), width);
        // A heading stays with what follows it: every line of it is kept with the next.
        return TextSlices.Of(lines, size, color).Select(s => (Flow)(s with { KeepWithNext = true })).ToList();
    }

    private List<Flow> Paragraph(ParagraphBlock paragraph)
    {
        var muted = paragraph.Tone == TextTone.Muted;
        var size = muted ? DocumentTheme.SmallSize : DocumentTheme.BodySize;
        var parts = (paragraph.Runs ?? []).Where(r => r is not null).Select(r => new StyledText(r.Text, new FontVariant(r.Bold, r.Italic))).ToList();
        var lines = LineBreaker.Break(shaper.Shape(parts, size), width);
        return TextSlices.KeepLinesTogether(TextSlices.Of(lines, size, muted ? DocumentTheme.Muted : DocumentTheme.Text)).Cast<Flow>().ToList();
    }

    private List<Flow> List(ListBlock list)
    {
        var size = DocumentTheme.BodySize;
        var items = (list.Items ?? []).Where(i => !string.IsNullOrWhiteSpace(PrintableText.Clean(i))).ToList();
        var markers = items.Select((_, i) => list.Numbered ? $"{i + 1}." : "•").Select(m => LineBreaker.Break(shaper.Shape(m, size), float.MaxValue)[0]).ToList();
        var markerWidth = markers.Count == 0 ? 0 : markers.Max(m => m.Width);
        var indent = list.Numbered ? markerWidth + 6 : 12;
        var flow = new List<Flow>();
        for (var i = 0; i < items.Count; i++)
        {
            var lines = LineBreaker.Break(shaper.Shape(items[i], size), width - indent);
            var slices = TextSlices.KeepLinesTogether(TextSlices.Of(lines, size, DocumentTheme.Text, x: indent));
            // The marker sits on the item's first line, right-aligned in its column (numbers) or at the left (bullets).
            var first = slices[0];
            var markerX = list.Numbered ? markerWidth - markers[i].Width : 2;
            var marker = new TextItem(markerX, DocumentTheme.Baseline(size), markers[i], list.Numbered ? DocumentTheme.Text : DocumentTheme.Muted);
            slices[0] = first with { Items = [marker, .. first.Items], SpaceBefore = i == 0 ? 0 : DocumentTheme.ListItemSpace };
            flow.AddRange(slices);
        }
        return flow;
    }
}

/// <summary>Lines of text as slices of one line height each.</summary>
internal static class TextSlices
{
    public static List<Slice> Of(IReadOnlyList<TextLine> lines, float size, SKColor color, float x = 0, bool alignRight = false, float boxWidth = 0)
    {
        var height = DocumentTheme.LineHeight(size);
        var baseline = DocumentTheme.Baseline(size);
        return lines.Select(line => new Slice(height, [new TextItem(alignRight ? x + boxWidth - line.Width : x, baseline, line, color)])).ToList();
    }

    /// <summary>No first line alone at the bottom of a page, no last line alone at the top of the next.</summary>
    public static List<Slice> KeepLinesTogether(List<Slice> lines)
    {
        if (lines.Count >= 2) lines[0] = lines[0] with { KeepWithNext = true };
        if (lines.Count >= 3) lines[^2] = lines[^2] with { KeepWithNext = true };
        return lines;
    }
}
