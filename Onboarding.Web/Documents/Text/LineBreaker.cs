namespace Onboarding.Web.Documents.Text;

/// <summary>One line of a <see cref="ShapedText"/>: its characters (trailing spaces left out) and their width.</summary>
internal readonly record struct TextLine(ShapedText Source, int Start, int End, float Width);

/// <summary>
/// Fills lines greedily: each line takes as many words (pieces between <see cref="LineBreaks"/>) as fit; a word longer
/// than the line is cut between characters; <c>\n</c> ends a line. Spaces at the end of a line hang outside it and
/// are not printed.
/// </summary>
internal static class LineBreaker
{
    public static IReadOnlyList<TextLine> Break(ShapedText shaped, float maxWidth)
    {
        var text = shaped.Text;
        var lines = new List<TextLine>();
        var start = 0;
        while (start < text.Length)
        {
            var (end, next) = FitLine(shaped, start, maxWidth);
            lines.Add(new TextLine(shaped, start, end, shaped.Width(start, end)));
            start = next;
        }
        // A text ending with a line break ends with an empty line; an empty text has no lines.
        if (text.Length > 0 && text[^1] == '\n') lines.Add(new TextLine(shaped, text.Length, text.Length, 0));
        return lines;
    }

    /// <summary>The end of the line starting at <paramref name="start"/> (without trailing spaces) and where the next one starts.</summary>
    private static (int End, int Next) FitLine(ShapedText shaped, int start, float maxWidth)
    {
        var text = shaped.Text;
        var width = 0f;
        var lastBreak = -1;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\n') return (TrimEnd(text, start, i), i + 1);
            if (!shaped.ClusterStarts[i]) continue;
            if (i > start && LineBreaks.CanBreakBefore(text, i)) lastBreak = i;
            if (!LineBreaks.IsSpace(text[i]) && i > start && width + shaped.Advances[i] > maxWidth)
            {
                if (lastBreak > start) return (TrimEnd(text, start, lastBreak), SkipSpaces(text, lastBreak));
                // Nothing to break at: cut the word between clusters (at least one cluster per line).
                return (i, i);
            }
            width += shaped.Advances[i];
        }
        return (TrimEnd(text, start, text.Length), text.Length);
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && LineBreaks.IsSpace(text[end - 1])) end--;
        return end;
    }

    private static int SkipSpaces(string text, int index)
    {
        while (index < text.Length && LineBreaks.IsSpace(text[index])) index++;
        return index;
    }
}
