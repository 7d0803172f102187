using System.Text.RegularExpressions;
using Onboarding.Web.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Onboarding.Tests.Documents;

/// <summary>
/// A rendered PDF read back with PdfPig: each page's text lines (letters grouped by baseline, left to right, top to
/// bottom), the body lines between the page header and footer, and the fonts and images each page uses.
/// </summary>
public sealed partial class PdfReadBack : IDisposable
{
    /// <summary>One renderer for every test: it is thread-safe and caches the fonts.</summary>
    public static DocumentRenderer Renderer { get; } = new();

    private readonly PdfDocument pdf;

    public PdfReadBack(byte[] bytes)
    {
        Bytes = bytes;
        pdf = PdfDocument.Open(bytes);
        Pages = pdf.GetPages().Select(p => new PageText(p, Lines(p))).ToList();
    }

    public static PdfReadBack Render(DocumentSpec spec) => new(Renderer.Pdf(spec));

    public byte[] Bytes { get; }

    public IReadOnlyList<PageText> Pages { get; }

    public DocumentInformation Information => pdf.Information;

    /// <summary>Every body line of the document, in reading order.</summary>
    public IEnumerable<string> BodyLines => Pages.SelectMany(p => p.Body);

    /// <summary>The body text with whitespace collapsed, lines joined by a space.</summary>
    public string BodyText => Collapse(string.Join(' ', BodyLines));

    /// <summary>Whitespace runs as one space, trimmed.</summary>
    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>Without any whitespace: CJK lines may break between any two characters, so a line break is no space.</summary>
    public static string WithoutWhitespace(string text) => Whitespace().Replace(text, "");

    /// <summary>The font dictionaries the page's resources name.</summary>
    public IReadOnlyList<DictionaryToken> Fonts(int pageNumber)
    {
        var page = pdf.GetPage(pageNumber);
        var resources = Resolve<DictionaryToken>(page.Dictionary.Data["Resources"]);
        var fonts = Resolve<DictionaryToken>(resources.Data["Font"]);
        return fonts.Data.Values.Select(Resolve<DictionaryToken>).ToList();
    }

    public T Resolve<T>(IToken token) where T : class, IToken =>
        token is IndirectReferenceToken reference ? (T)pdf.Structure.GetObject(reference.Data).Data : (T)token;

    public void Dispose() => pdf.Dispose();

    private static List<LineRead> Lines(Page page) =>
        page.Letters
            .GroupBy(l => Math.Round(l.StartBaseLine.Y, 1))
            .OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(l => l.StartBaseLine.X).ToList())
            .Select(letters => new LineRead(string.Concat(letters.Select(l => l.Value)), letters))
            .ToList();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>A line of text as read back: its letters left to right.</summary>
public sealed record LineRead(string Text, IReadOnlyList<Letter> Letters);

/// <summary>A page's text lines; the first line is the page header and the last the footer.</summary>
public sealed record PageText(Page Page, IReadOnlyList<LineRead> Read)
{
    public IReadOnlyList<string> Lines => Read.Select(r => r.Text).ToList();

    /// <summary>The lines between the header line and the footer line.</summary>
    public IReadOnlyList<string> Body => Lines.Count <= 2 ? [] : Lines.Skip(1).Take(Lines.Count - 2).ToList();

    /// <summary>The body lines as read, with their letters.</summary>
    public IReadOnlyList<LineRead> BodyRead => Read.Count <= 2 ? [] : Read.Skip(1).Take(Read.Count - 2).ToList();

    public string Header => Lines.Count > 0 ? Lines[0] : "";

    public string Footer => Lines.Count > 0 ? Lines[^1] : "";
}
