using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace Onboarding.Web.Documents.Text;

/// <summary>A styled piece of the text to shape.</summary>
internal readonly record struct StyledText(string? Text, FontVariant Variant);

/// <summary>
/// Shapes styled text: cleans it (<see cref="PrintableText"/>), splits it into runs by the face that has each character
/// (<see cref="FontCatalog.Resolve"/>; marks and joiners stay with their base), and shapes each run with HarfBuzz,
/// left to right. Ligatures are switched off: a ligature glyph has no character of its own, and PDF readers that
/// ignore ActualText (most extractors) would read "ﬁ" instead of "fi". Thread-safe.
/// </summary>
internal sealed class TextShaper(FontCatalog fonts)
{
    private static readonly Feature[] Features =
    [
        new(Tag.Parse("liga"), 0),
        new(Tag.Parse("clig"), 0),
        new(Tag.Parse("dlig"), 0),
        new(Tag.Parse("hlig"), 0),
    ];

    // HarfBuzz buffers are costly to create and finalize: reused, one per shaping call at a time.
    private readonly ConcurrentBag<Buffer> buffers = [];

    public FontCatalog Fonts => fonts;

    public ShapedText Shape(string? text, float size, FontVariant variant = default) => Shape([new StyledText(text, variant)], size);

    public ShapedText Shape(IReadOnlyList<StyledText> parts, float size)
    {
        var builder = new StringBuilder();
        var variants = new List<(int End, FontVariant Variant)>();
        foreach (var part in parts)
        {
            builder.Append(PrintableText.Clean(part.Text));
            variants.Add((builder.Length, part.Variant));
        }
        var text = builder.ToString();
        var advances = new float[text.Length];
        var clusterStarts = new bool[text.Length];
        var runs = new List<GlyphRun>();
        var region = RegionOf(text);
        var partStart = 0;
        foreach (var (partEnd, variant) in variants)
        {
            var runStart = partStart;
            FontFace? runFace = null;
            for (var i = partStart; i < partEnd;)
            {
                var codePoint = char.ConvertToUtf32(text, i);
                var face = runFace is not null && JoinsPrevious(codePoint) ? runFace : fonts.Resolve(codePoint, variant, region);
                if (runFace is not null && face != runFace)
                {
                    runs.Add(ShapeRun(text, runStart, i, runFace, variant, size, advances, clusterStarts));
                    runStart = i;
                }
                runFace = face;
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }
            if (runFace is not null) runs.Add(ShapeRun(text, runStart, partEnd, runFace, variant, size, advances, clusterStarts));
            partStart = partEnd;
        }
        return new ShapedText(text, size, advances, clusterStarts, runs);
    }

    private GlyphRun ShapeRun(string text, int start, int end, FontFace face, FontVariant variant, float size, float[] advances, bool[] clusterStarts)
    {
        if (!buffers.TryTake(out var buffer)) buffer = new Buffer();
        try
        {
            return ShapeRun(buffer, text, start, end, face, variant, size, advances, clusterStarts);
        }
        finally
        {
            buffer.ClearContents();
            buffers.Add(buffer);
        }
    }

    private static GlyphRun ShapeRun(Buffer buffer, string text, int start, int end, FontFace face, FontVariant variant, float size, float[] advances, bool[] clusterStarts)
    {
        buffer.AddUtf16(text, start, end - start);
        buffer.GuessSegmentProperties();
        // Lines are laid out left to right; right-to-left scripts are not supported (ADR 9).
        buffer.Direction = Direction.LeftToRight;
        face.Shaper.Shape(buffer, Features);
        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var scale = size / face.UnitsPerEm;
        var count = infos.Length;
        var glyphs = new ushort[count];
        var clusters = new int[count];
        var pen = new float[count + 1];
        var offsetX = new float[count];
        var offsetY = new float[count];
        for (var g = 0; g < count; g++)
        {
            glyphs[g] = (ushort)infos[g].Codepoint;
            var cluster = Math.Clamp((int)infos[g].Cluster, start, end - 1);
            clusters[g] = cluster;
            clusterStarts[cluster] = true;
            var advance = positions[g].XAdvance * scale;
            advances[cluster] += advance;
            pen[g + 1] = pen[g] + advance;
            offsetX[g] = positions[g].XOffset * scale;
            offsetY[g] = -positions[g].YOffset * scale;
        }
        return new GlyphRun(face, variant, start, end, glyphs, clusters, pen, offsetX, offsetY);
    }

    // Combining marks, variation selectors and joiners belong to the character before them.
    private static bool JoinsPrevious(int codePoint)
    {
        if (codePoint is 0x200C or 0x200D || codePoint is >= 0xFE00 and <= 0xFE0F || codePoint is >= 0xE0100 and <= 0xE01EF) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>Hangul means Korean and kana Japanese; other Han text is printed with the Simplified Chinese face.</summary>
    internal static CjkRegion RegionOf(string text)
    {
        var kana = false;
        foreach (var c in text)
        {
            if (c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F') return CjkRegion.Korean;
            if (c is >= '\u3040' and <= '\u30FF') kana = true;
        }
        return kana ? CjkRegion.Japanese : CjkRegion.SimplifiedChinese;
    }
}
