using Onboarding.Web.Documents.Text;
using SkiaSharp;

namespace Onboarding.Web.Documents.Layout;

/// <summary>
/// Callouts (a tinted box with an accent bar: a title and wrapped text, kept together unless longer than a few lines)
/// and signature lines side by side (the signer's name and date printed on the line when recorded, the caption below).
/// </summary>
internal sealed class FormLayout(TextShaper shaper)
{
    private const float Padding = 8f;
    private const float Bar = 2.5f;
    private const int KeptCalloutLines = 10;
    private const float SigningSpace = 30f;
    private const float SignatureGap = 28f;

    public IReadOnlyList<Flow> Callout(CalloutBlock callout, float width)
    {
        var size = DocumentTheme.BodySize;
        var textWidth = width - 2 * Padding - Bar;
        var title = TextSlices.Of(LineBreaker.Break(shaper.Shape(callout.Title, size, new FontVariant(true, false)), textWidth), size, DocumentTheme.Accent, Bar + Padding);
        var text = TextSlices.Of(LineBreaker.Break(shaper.Shape(callout.Text, size), textWidth), size, DocumentTheme.Text, Bar + Padding);
        if (title.Count > 0 && text.Count > 0) text[0] = Pad(text[0], top: 2);
        var lines = title.Concat(text).ToList();
        if (lines.Count == 0) return [];
        lines[0] = Pad(lines[0], top: Padding);
        lines[^1] = Pad(lines[^1], bottom: Padding);
        var keep = lines.Count <= KeptCalloutLines;
        return lines.Select((line, i) => (Flow)new Slice(line.Height,
        [
            new BoxItem(SKRect.Create(0, 0, width, line.Height), DocumentTheme.CalloutFill),
            new BoxItem(SKRect.Create(0, 0, Bar, line.Height), DocumentTheme.Accent),
            .. line.Items,
        ])
        { KeepWithNext = keep && i < lines.Count - 1 }).ToList();
    }

    public IReadOnlyList<Flow> Signatures(SignatureBlock block, float width)
    {
        var lines = (block.Lines ?? []).Where(l => l is not null).ToList();
        if (lines.Count == 0) return [];
        var columnWidth = (width - SignatureGap * (lines.Count - 1)) / lines.Count;
        var items = new List<PageItem>();
        var height = SigningSpace;
        for (var i = 0; i < lines.Count; i++)
        {
            var x = i * (columnWidth + SignatureGap);
            items.Add(new RuleItem(x, SigningSpace, x + columnWidth, SigningSpace, 0.6f, DocumentTheme.StrongRule));
            // The recorded name sits on the line; below it the caption and then the date, each wrapped whole (a date is never cut short).
            if (FirstLine(lines[i].Name, DocumentTheme.BodySize, columnWidth, bold: true) is { } name) items.Add(new TextItem(x, SigningSpace - 4, name, DocumentTheme.Text));
            var y = SigningSpace + 2;
            foreach (var text in new[] { lines[i].Caption, lines[i].Date })
            {
                foreach (var slice in TextSlices.Of(LineBreaker.Break(shaper.Shape(text, DocumentTheme.SmallSize), columnWidth), DocumentTheme.SmallSize, DocumentTheme.Muted, x))
                {
                    items.AddRange(slice.Items.Select(item => item.Shift(0, y)));
                    y += slice.Height;
                }
            }
            height = Math.Max(height, y);
        }
        return [new Slice(height, items)];
    }

    private TextLine? FirstLine(string? text, float size, float width, bool bold)
    {
        var lines = LineBreaker.Break(shaper.Shape(text, size, new FontVariant(bold, false)), width);
        return lines.Count == 0 ? null : lines[0];
    }

    private static Slice Pad(Slice slice, float top = 0, float bottom = 0) =>
        slice with { Height = slice.Height + top + bottom, Items = slice.Items.Select(item => item.Shift(0, top)).ToList() };
}
