using System.Text;

namespace Onboarding.Web.Documents.Text;

/// <summary>
/// Text as it may be printed: null is empty, line ends become <c>\n</c> (a forced line break), tabs become spaces,
/// other control characters and unpaired surrogates (invalid UTF-16) are dropped, so that what a user pasted never breaks
/// the layout or the PDF.
/// </summary>
internal static class PrintableText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (!NeedsCleaning(text)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) clean.Append(c).Append(text[++i]);
                continue;
            }
            if (char.IsLowSurrogate(c)) continue;
            switch (c)
            {
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    clean.Append('\n');
                    break;
                case '\n' or '\u2028' or '\u2029':
                    clean.Append('\n');
                    break;
                case '\t':
                    clean.Append(' ');
                    break;
                default:
                    if (!char.IsControl(c)) clean.Append(c);
                    break;
            }
        }
        return clean.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        foreach (var c in text)
        {
            if ((char.IsControl(c) && c != '\n') || char.IsSurrogate(c) || c is '\u2028' or '\u2029') return true;
        }
        return false;
    }
}
