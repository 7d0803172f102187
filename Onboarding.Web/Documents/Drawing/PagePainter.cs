using System.Text;
using Onboarding.Web.Documents.Layout;
using Onboarding.Web.Documents.Text;
using SkiaSharp;

namespace Onboarding.Web.Documents.Drawing;

/// <summary>
/// Paints laid-out pages on any Skia canvas: the PDF document's pages and the raster surfaces of the preview images run
/// the same code. Text is drawn as positioned glyph runs that carry their characters and clusters, from which Skia's
/// PDF backend writes ActualText wherever glyphs and characters do not match one to one. One painter per render (it
/// caches fonts and paints, which are not thread-safe).
/// </summary>
internal sealed class PagePainter(Func<FontFace, SKTypeface>? typefaces = null) : IDisposable
{
    private readonly Dictionary<(FontFace Face, float Size, bool Italic, bool Bold), SKFont> fonts = [];
    private readonly SKPaint fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };
    private readonly SKSamplingOptions sampling = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    public void Paint(SKCanvas canvas, LaidOutPage page)
    {
        foreach (var item in page.Items)
        {
            switch (item)
            {
                case TextItem text:
                    DrawText(canvas, text);
                    break;
                case RuleItem rule:
                    stroke.Color = rule.Color;
                    stroke.StrokeWidth = rule.Thickness;
                    canvas.DrawLine(rule.X1, rule.Y1, rule.X2, rule.Y2, stroke);
                    break;
                case BoxItem box:
                    fill.Color = box.Fill;
                    canvas.DrawRect(box.Rect, fill);
                    break;
                case ImageItem image:
                    canvas.DrawImage(image.Image, image.Rect, sampling);
                    break;
            }
        }
    }

    private void DrawText(SKCanvas canvas, TextItem item)
    {
        var line = item.Line;
        if (line.End <= line.Start) return;
        using var builder = new SKTextBlobBuilder();
        var x = item.X;
        var any = false;
        foreach (var run in line.Source.Runs)
        {
            if (run.End <= line.Start || run.Start >= line.End) continue;
            var first = Array.FindIndex(run.Clusters, c => c >= line.Start && c < line.End);
            if (first < 0) continue;
            var last = Array.FindLastIndex(run.Clusters, c => c >= line.Start && c < line.End);
            var count = last - first + 1;
            var from = Math.Max(run.Start, line.Start);
            var text = line.Source.Text.AsSpan(from, Math.Min(run.End, line.End) - from);
            var utf8 = Encoding.UTF8.GetBytes(text.ToArray());
            var byteOffsets = Utf8Offsets(text);
            var buffer = builder.AllocatePositionedTextRun(Font(run, line.Source.Size), count, utf8.Length);
            var glyphs = buffer.Glyphs;
            var positions = buffer.Positions;
            var clusters = buffer.Clusters;
            for (var k = 0; k < count; k++)
            {
                var g = first + k;
                glyphs[k] = run.Glyphs[g];
                positions[k] = new SKPoint(x + run.Pen[g] - run.Pen[first] + run.OffsetX[g], item.Baseline + run.OffsetY[g]);
                clusters[k] = (uint)byteOffsets[run.Clusters[g] - from];
            }
            utf8.CopyTo(buffer.Text);
            x += run.Pen[last + 1] - run.Pen[first];
            any = true;
        }
        if (!any) return;
        using var blob = builder.Build();
        if (blob is null) return;
        fill.Color = item.Color;
        canvas.DrawText(blob, 0, 0, fill);
    }

    /// <summary>The UTF-8 offset of each UTF-16 index (the text has no unpaired surrogates: <see cref="PrintableText"/>).</summary>
    private static int[] Utf8Offsets(ReadOnlySpan<char> text)
    {
        var offsets = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            offsets[i + 1] = offsets[i] + (char.IsHighSurrogate(c) ? 4 : char.IsLowSurrogate(c) ? 0 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3);
        }
        return offsets;
    }

    private SKFont Font(GlyphRun run, float size)
    {
        // Faces without the style (Noto Sans CJK has no italic) get a synthetic slant or weight.
        var italic = run.Variant.Italic && !run.Face.Typeface.IsItalic;
        var bold = run.Variant.Bold && !run.Face.Typeface.IsBold;
        var key = (run.Face, size, italic, bold);
        if (!fonts.TryGetValue(key, out var font))
        {
            font = new SKFont(typefaces?.Invoke(run.Face) ?? run.Face.Typeface, size)
            {
                Subpixel = true,
                LinearMetrics = true,
                Hinting = SKFontHinting.None,
                Edging = SKFontEdging.Antialias,
                SkewX = italic ? -0.2f : 0,
                Embolden = bold,
            };
            fonts[key] = font;
        }
        return font;
    }

    public void Dispose()
    {
        foreach (var font in fonts.Values) font.Dispose();
        fill.Dispose();
        stroke.Dispose();
    }
}
