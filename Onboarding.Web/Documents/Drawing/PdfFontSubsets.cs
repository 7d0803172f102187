using Onboarding.Web.Documents.Layout;
using Onboarding.Web.Documents.Text;
using SkiaSharp;

namespace Onboarding.Web.Documents.Drawing;

/// <summary>
/// For one PDF: each TrueType face the pages use, cut down to the glyphs they draw (<see cref="HarfBuzzSubset"/>) with a
/// cmap of exactly the characters drawn with it, from which Skia writes the font's ToUnicode map. CFF faces (Noto Sans
/// CJK) are left whole: Skia writes only the glyphs used of those, as Type 3 glyph procedures.
/// </summary>
internal sealed class PdfFontSubsets : IDisposable
{
    private readonly Dictionary<FontFace, SKTypeface> subsets = [];

    public PdfFontSubsets(IEnumerable<LaidOutPage> pages)
    {
        var used = new Dictionary<FontFace, (HashSet<int> CodePoints, HashSet<ushort> Glyphs)>();
        foreach (var text in pages.SelectMany(p => p.Items).OfType<TextItem>())
        {
            var line = text.Line;
            foreach (var run in line.Source.Runs)
            {
                if (!run.Face.TrueTypeOutlines || run.End <= line.Start || run.Start >= line.End) continue;
                if (!used.TryGetValue(run.Face, out var sets)) used[run.Face] = sets = ([], []);
                for (var g = 0; g < run.Glyphs.Length; g++)
                {
                    if (run.Clusters[g] >= line.Start && run.Clusters[g] < line.End) sets.Glyphs.Add(run.Glyphs[g]);
                }
                var source = line.Source.Text;
                for (var i = Math.Max(run.Start, line.Start); i < Math.Min(run.End, line.End); i++)
                {
                    if (!char.IsLowSurrogate(source[i])) sets.CodePoints.Add(char.ConvertToUtf32(source, i));
                }
            }
        }
        foreach (var (face, (codePoints, glyphs)) in used)
        {
            var bytes = HarfBuzzSubset.Subset(face.Face, codePoints.Where(face.Has), glyphs);
            if (bytes is null) continue;
            using var data = SKData.CreateCopy(bytes);
            if (SKTypeface.FromData(data) is { } typeface) subsets[face] = typeface;
        }
    }

    /// <summary>The typeface to draw <paramref name="face"/> with in this PDF.</summary>
    public SKTypeface For(FontFace face) => subsets.GetValueOrDefault(face) ?? face.Typeface;

    public void Dispose()
    {
        foreach (var typeface in subsets.Values) typeface.Dispose();
    }
}
