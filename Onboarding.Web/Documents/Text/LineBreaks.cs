namespace Onboarding.Web.Documents.Text;

/// <summary>
/// Where a line may break: after spaces, after a hyphen (or dash or slash) inside a word, and between CJK characters,
/// except before closing punctuation (、。，)」...) or after opening punctuation ((「...), as CJK typesetting does.
/// </summary>
internal static class LineBreaks
{
    private const string NoBreakBefore = ")]}>,.;:!?%、。，．：；？！）］｝」』〉》】〕〗〙〛’”ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・…‥％";
    private const string NoBreakAfter = "([{<（［｛「『〈《【〔〖〘〚‘“";
    private const string WordJoiners = "-/\u2010\u2013";

    /// <summary>Whether a line may start at <paramref name="index"/> (0 &lt; index &lt; length, at a cluster start).</summary>
    public static bool CanBreakBefore(string text, int index)
    {
        var next = text[index];
        var previousIndex = char.IsLowSurrogate(text[index - 1]) && index > 1 ? index - 2 : index - 1;
        var previous = char.ConvertToUtf32(text, previousIndex);
        if (IsSpace(next)) return false;
        if (previous == ' ' || previous == '\u200B') return true;
        if (WordJoiners.Contains((char)previous) && previousIndex > 0 && char.IsLetterOrDigit(text[previousIndex - 1]) && char.IsLetterOrDigit(next)) return true;
        var nextCodePoint = char.ConvertToUtf32(text, index);
        if (!IsCjk(previous) && !IsCjk(nextCodePoint)) return false;
        if (IsCjk(previous) && !IsCjk(nextCodePoint) && !char.IsLetterOrDigit(next)) return false;
        return !NoBreakBefore.Contains(next) && !(previous < 0x10000 && NoBreakAfter.Contains((char)previous));
    }

    public static bool IsSpace(char c) => c is ' ' or '\u3000';

    /// <summary>Hangul, kana, Han and the CJK punctuation and full-width forms: text written without spaces between words.</summary>
    public static bool IsCjk(int codePoint) => codePoint is
        >= 0x1100 and <= 0x11FF or >= 0x2E80 and <= 0x2FDF or >= 0x3000 and <= 0x31FF or >= 0x3400 and <= 0x4DBF
        or >= 0x4E00 and <= 0x9FFF or >= 0xA960 and <= 0xA97F or >= 0xAC00 and <= 0xD7FF or >= 0xF900 and <= 0xFAFF
        or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFFEF or >= 0x20000 and <= 0x3FFFF;
}
