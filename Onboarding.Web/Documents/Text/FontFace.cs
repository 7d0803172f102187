using HarfBuzzSharp;
using SkiaSharp;

namespace Onboarding.Web.Documents.Text;

/// <summary>
/// One face (one layer of one, see <see cref="UnambiguousFontFile"/>) ready to draw and shape: the Skia typeface, its
/// HarfBuzz font, and which characters it has. Immutable after construction, so shared by every render thread.
/// </summary>
internal sealed class FontFace
{
    // Keeps the file's memory alive for the typeface and the HarfBuzz blob that read from it.
    private readonly SKData data;
    private readonly IReadOnlyDictionary<int, int> glyphs;

    public FontFace(SKData data, int index, IReadOnlyDictionary<int, int> glyphs, string name, bool trueTypeOutlines)
    {
        this.data = data;
        this.glyphs = glyphs;
        TrueTypeOutlines = trueTypeOutlines;
        Typeface = SKTypeface.FromData(data, index) ?? throw new InvalidDataException($"The font {name} could not be loaded.");
        Name = string.IsNullOrEmpty(Typeface.FamilyName) ? name : Typeface.FamilyName;
        var blob = new Blob(data.Data, (int)data.Size, MemoryMode.ReadOnly);
        blob.MakeImmutable();
        Face = new Face(blob, index);
        Face.MakeImmutable();
        UnitsPerEm = Face.UnitsPerEm > 0 ? Face.UnitsPerEm : 1000;
        Shaper = new HarfBuzzSharp.Font(Face);
        Shaper.SetFunctionsOpenType();
        // Positions come back in font units; callers scale them to the point size.
        Shaper.SetScale(UnitsPerEm, UnitsPerEm);
    }

    public string Name { get; }

    public SKTypeface Typeface { get; }

    public HarfBuzzSharp.Font Shaper { get; }

    /// <summary>The HarfBuzz face (shaping, and subsetting for the PDF).</summary>
    public Face Face { get; }

    /// <summary>TrueType (glyf) outlines: Skia embeds such a font in the PDF; others (CFF) become Type 3 glyph procedures.</summary>
    public bool TrueTypeOutlines { get; }

    public int UnitsPerEm { get; }

    public bool Has(int codePoint) => glyphs.ContainsKey(codePoint);

    public override string ToString() => $"{Name} ({data.Size / 1024:N0} KB)";
}
