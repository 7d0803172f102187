namespace Onboarding.Web.Documents.Text;

/// <summary>
/// A piece of text after shaping (a paragraph, a cell, a list item): the printable string, each cluster's advance
/// (stored at the cluster's first UTF-16 index, 0 elsewhere) and the glyph runs, one per face and style. Immutable.
/// </summary>
internal sealed class ShapedText
{
    public ShapedText(string text, float size, float[] advances, bool[] clusterStarts, IReadOnlyList<GlyphRun> runs)
    {
        Text = text;
        Size = size;
        Advances = advances;
        ClusterStarts = clusterStarts;
        Runs = runs;
    }

    public string Text { get; }

    /// <summary>The font size in points.</summary>
    public float Size { get; }

    public float[] Advances { get; }

    /// <summary>Where a line may end or start without cutting a cluster (a surrogate pair, a base and its marks).</summary>
    public bool[] ClusterStarts { get; }

    public IReadOnlyList<GlyphRun> Runs { get; }

    /// <summary>The width of the whole text on one line.</summary>
    public float TotalWidth => Width(0, Text.Length);

    /// <summary>The width of the characters from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public float Width(int start, int end)
    {
        var width = 0f;
        for (var i = start; i < end; i++) width += Advances[i];
        return width;
    }
}

/// <summary>
/// Glyphs shaped in one face and variant for the characters <see cref="Start"/>..<see cref="End"/> of the text.
/// <see cref="Pen"/> holds the pen position before each glyph (and after the last), relative to the run's start;
/// <see cref="Clusters"/> the index in the text of the character each glyph draws.
/// </summary>
internal sealed record GlyphRun(
    FontFace Face,
    FontVariant Variant,
    int Start,
    int End,
    ushort[] Glyphs,
    int[] Clusters,
    float[] Pen,
    float[] OffsetX,
    float[] OffsetY);
