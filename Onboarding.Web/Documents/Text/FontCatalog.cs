using System.Collections.Concurrent;
using SkiaSharp;

namespace Onboarding.Web.Documents.Text;

/// <summary>Bold and italic: which variant of each family a run prints with.</summary>
internal readonly record struct FontVariant(bool Bold, bool Italic)
{
    /// <summary>0 to 3: regular, bold, italic, bold italic.</summary>
    public int Index => (Bold ? 1 : 0) + (Italic ? 2 : 0);

    public static FontVariant Of(int index) => new((index & 1) != 0, (index & 2) != 0);

    public SKFontStyle Style => new(Bold ? SKFontStyleWeight.Bold : SKFontStyleWeight.Normal, SKFontStyleWidth.Normal,
        Italic ? SKFontStyleSlant.Italic : SKFontStyleSlant.Upright);
}

/// <summary>Which Noto Sans CJK face draws Han characters (they differ by region); Hangul and kana decide it per text.</summary>
internal enum CjkRegion { Korean, SimplifiedChinese, Japanese }

/// <summary>
/// The fonts documents print with, in a fixed fallback chain: DejaVu Sans (Latin, Cyrillic, Greek, symbols) in the
/// run's weight and slant, then Noto Sans CJK in the text's region (Hangul, Han, kana; no italic exists), then whatever
/// the system has for the character (<see cref="SKFontManager.MatchCharacter(string, SKFontStyle, string[], int)"/>).
/// Files are read once, lazily (the CJK collection only when a document has such text), and made unambiguous for
/// text extraction (<see cref="UnambiguousFontFile"/>). Thread-safe.
/// </summary>
internal sealed class FontCatalog
{
    private const string Primary = "DejaVu Sans";
    private static readonly Dictionary<CjkRegion, string> CjkFamilies = new()
    {
        [CjkRegion.Korean] = "Noto Sans CJK KR",
        [CjkRegion.SimplifiedChinese] = "Noto Sans CJK SC",
        [CjkRegion.Japanese] = "Noto Sans CJK JP",
    };

    private readonly SKFontManager manager;
    // Indexed by FontVariant.Index and by weight (0 regular, 1 bold): looked up for every character.
    private readonly Lazy<FontFace[]>[] primary;
    private readonly Lazy<IReadOnlyDictionary<CjkRegion, FontFace[]>>[] cjk;
    private readonly ConcurrentDictionary<(int CodePoint, FontVariant Variant), FontFace?> systemFallback = new();
    private readonly ConcurrentDictionary<(string Family, FontVariant Variant), Lazy<FontFace[]>> systemFaces = new();

    public FontCatalog(SKFontManager? manager = null)
    {
        this.manager = manager ?? SKFontManager.Default;
        primary = [.. Enumerable.Range(0, 4).Select(i => new Lazy<FontFace[]>(() => LoadPrimary(FontVariant.Of(i))))];
        cjk = [.. Enumerable.Range(0, 2).Select(i => new Lazy<IReadOnlyDictionary<CjkRegion, FontFace[]>>(() => LoadCjk(bold: i == 1)))];
    }

    /// <summary>The first face of the chain that has <paramref name="codePoint"/>; the main face when none has it.</summary>
    public FontFace Resolve(int codePoint, FontVariant variant, CjkRegion region)
    {
        var faces = primary[variant.Index].Value;
        if (First(faces, codePoint) is { } main) return main;
        if (codePoint < 0x20) return faces[0];
        var regions = cjk[variant.Bold ? 1 : 0].Value;
        if (regions.TryGetValue(region, out var preferred) && First(preferred, codePoint) is { } regional) return regional;
        foreach (var other in regions.Values)
        {
            if (First(other, codePoint) is { } face) return face;
        }
        return systemFallback.GetOrAdd((codePoint, variant), key => MatchSystem(key.CodePoint, key.Variant)) ?? faces[0];
    }

    private static FontFace? First(FontFace[] faces, int codePoint)
    {
        for (var i = 0; i < faces.Length; i++)
        {
            if (faces[i].Has(codePoint)) return faces[i];
        }
        return null;
    }

    private FontFace[] LoadPrimary(FontVariant variant)
    {
        var typeface = Found(manager.MatchFamily(Primary, variant.Style)) ?? Found(manager.MatchFamily(null, variant.Style)) ?? SKTypeface.Default;
        var faces = Load(typeface);
        return faces.Length > 0 ? faces : throw new InvalidOperationException($"No usable font was found for documents: install {Primary} (Debian: fonts-dejavu-core).");
    }

    private IReadOnlyDictionary<CjkRegion, FontFace[]> LoadCjk(bool bold)
    {
        var style = bold ? SKFontStyle.Bold : SKFontStyle.Normal;
        var found = CjkFamilies
            .Select(f => (Region: f.Key, Typeface: Found(manager.MatchFamily(f.Value, style), f.Value)))
            .Where(f => f.Typeface is not null)
            .ToList();
        var result = new Dictionary<CjkRegion, FontFace[]>();
        // The regions are faces of one collection file: read and rebuild it once for all of them.
        foreach (var file in found.GroupBy(f => FileIdentity(f.Typeface!)))
        {
            var first = file.First().Typeface!;
            var indexes = file.ToDictionary(f => f.Region, f => FaceIndex(f.Typeface!));
            var faces = LoadFile(first, indexes.Values.ToList());
            foreach (var (region, index) in indexes) if (faces.TryGetValue(index, out var layers)) result[region] = layers;
        }
        return result;
    }

    private FontFace? MatchSystem(int codePoint, FontVariant variant)
    {
        var typeface = manager.MatchCharacter(null, variant.Style, null, codePoint);
        if (Found(typeface) is null) return null;
        var faces = systemFaces.GetOrAdd((typeface!.FamilyName, variant), _ => new Lazy<FontFace[]>(() =>
        {
            try { return Load(typeface); }
            catch (InvalidDataException) { return []; }
        })).Value;
        return faces.FirstOrDefault(f => f.Has(codePoint));
    }

    private static FontFace[] Load(SKTypeface typeface)
    {
        var index = FaceIndex(typeface);
        return LoadFile(typeface, [index]).GetValueOrDefault(index) ?? [];
    }

    private static Dictionary<int, FontFace[]> LoadFile(SKTypeface typeface, IReadOnlyList<int> indexes)
    {
        var (bytes, faces) = UnambiguousFontFile.Build(ReadFile(typeface), indexes);
        var data = SKData.CreateCopy(bytes);
        var directories = OpenTypeCmap.FaceDirectories(bytes);
        return faces.ToDictionary(
            f => f.Key,
            f => f.Value.Select(layer => new FontFace(data, layer.Index, layer.Glyphs, typeface.FamilyName,
                OpenTypeCmap.FindRecord(bytes, directories[layer.Index], "glyf"u8) >= 0)).ToArray());
    }

    private static byte[] ReadFile(SKTypeface typeface)
    {
        using var stream = typeface.OpenStream(out _) ?? throw new InvalidDataException($"The font {typeface.FamilyName} cannot be read.");
        var bytes = new byte[stream.Length];
        var read = 0;
        while (read < bytes.Length)
        {
            var chunk = new byte[Math.Min(1 << 20, bytes.Length - read)];
            var n = stream.Read(chunk, chunk.Length);
            if (n <= 0) break;
            chunk.AsSpan(0, n).CopyTo(bytes.AsSpan(read));
            read += n;
        }
        return read == bytes.Length ? bytes : throw new InvalidDataException($"The font {typeface.FamilyName} could not be read completely.");
    }

    private static int FaceIndex(SKTypeface typeface)
    {
        using var stream = typeface.OpenStream(out var index);
        return index;
    }

    // Faces of one collection file open streams of the same file: its length tells them apart from other files.
    private static long FileIdentity(SKTypeface typeface)
    {
        using var stream = typeface.OpenStream(out _);
        return stream?.Length ?? -1;
    }

    private static SKTypeface? Found(SKTypeface? typeface, string? family = null) =>
        typeface is null || string.IsNullOrEmpty(typeface.FamilyName) || (family is not null && typeface.FamilyName != family) ? null : typeface;
}
