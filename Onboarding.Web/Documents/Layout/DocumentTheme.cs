using SkiaSharp;

namespace Onboarding.Web.Documents.Layout;

/// <summary>
/// How documents look: sizes in points, colours and spacing. One calm, dense style for every document the firm sends
/// (body 9.5 pt DejaVu Sans, one accent colour, hairline rules).
/// </summary>
internal static class DocumentTheme
{
    public static readonly SKColor Text = new(0x1F, 0x24, 0x2B);
    public static readonly SKColor Muted = new(0x68, 0x72, 0x7E);
    public static readonly SKColor Accent = new(0x1D, 0x4E, 0x63);
    public static readonly SKColor Rule = new(0xD9, 0xDE, 0xE3);
    public static readonly SKColor StrongRule = new(0x8A, 0x95, 0xA1);
    public static readonly SKColor HeaderFill = new(0xEC, 0xF1, 0xF4);
    public static readonly SKColor Zebra = new(0xF7, 0xF9, 0xFA);
    public static readonly SKColor CalloutFill = new(0xF1, 0xF5, 0xF7);

    public const float BodySize = 9.5f;
    public const float SmallSize = 8.5f;
    public const float TableSize = 9f;
    public const float TableHeaderSize = 8.5f;
    public const float ChromeSize = 8f;

    /// <summary>Line height as a multiple of the font size; CJK text needs the air.</summary>
    public const float Leading = 1.42f;

    public static float HeadingSize(int level) => level switch { 1 => 17f, 2 => 12f, _ => 10f };

    public static float HeadingSpaceBefore(int level) => level switch { 1 => 20f, 2 => 16f, _ => 11f };

    public static float HeadingSpaceAfter(int level) => level switch { 1 => 8f, 2 => 5f, _ => 3f };

    public const float BlockSpace = 7f;
    public const float ListItemSpace = 2.5f;
    public const float CellPaddingX = 5f;
    public const float CellPaddingY = 3.5f;

    public static float LineHeight(float size) => size * Leading;

    /// <summary>The baseline's distance from the top of a line box: the glyphs (ascent 0.93 em, descent 0.24 em) centred in it.</summary>
    public static float Baseline(float size) => (LineHeight(size) - size * 1.17f) / 2 + size * 0.93f;

    /// <summary>Space reserved above the content for the page header, and below it for the footer.</summary>
    public const float HeaderBand = 12f;
    public const float LogoHeight = 20f;
    public const float LogoMaxWidth = 150f;
}
