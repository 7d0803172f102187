using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace Onboarding.Web.Documents.Drawing;

/// <summary>
/// Font subsetting with HarfBuzz's subsetter (hb-subset, exported by the HarfBuzzSharp native library but not wrapped
/// by it). SkiaSharp's PDF backend is built without a subsetter and would embed whole fonts (DejaVu Sans: ~330 KB per
/// style in every PDF). Glyph ids are kept, so the shaped glyphs stay valid; layout tables and hinting are dropped.
/// </summary>
internal static class HarfBuzzSubset
{
    private const string Library = "libHarfBuzzSharp";
    private const uint NoHinting = 0x1;
    private const uint RetainGlyphIds = 0x2;
    private const int DropTableTags = 3;
    private static readonly string[] Dropped = ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "kerx", "morx", "mort", "hdmx", "LTSH", "VDMX", "DSIG", "PCLT"];

    /// <summary>The font with only <paramref name="glyphs"/> and the cmap of <paramref name="codePoints"/>; null when HarfBuzz cannot.</summary>
    public static byte[]? Subset(Face face, IEnumerable<int> codePoints, IEnumerable<ushort> glyphs)
    {
        try
        {
            return Run(face, codePoints, glyphs);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    private static byte[]? Run(Face face, IEnumerable<int> codePoints, IEnumerable<ushort> glyphs)
    {
        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero) return null;
        try
        {
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var codePoint in codePoints) hb_set_add(unicodes, (uint)codePoint);
            var glyphSet = hb_subset_input_glyph_set(input);
            foreach (var glyph in glyphs) hb_set_add(glyphSet, glyph);
            var drop = hb_subset_input_set(input, DropTableTags);
            foreach (var tag in Dropped) hb_set_add(drop, Tag.Parse(tag));
            hb_subset_input_set_flags(input, RetainGlyphIds | NoHinting);
            var subset = hb_subset_or_fail(face.Handle, input);
            if (subset == IntPtr.Zero) return null;
            try
            {
                var blob = hb_face_reference_blob(subset);
                try
                {
                    var data = hb_blob_get_data(blob, out var length);
                    if (data == IntPtr.Zero || length == 0) return null;
                    var bytes = new byte[length];
                    Marshal.Copy(data, bytes, 0, (int)length);
                    return bytes;
                }
                finally
                {
                    hb_blob_destroy(blob);
                }
            }
            finally
            {
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(Library)]
    private static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_glyph_set(IntPtr input);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_input_set(IntPtr input, int setType);

    [DllImport(Library)]
    private static extern void hb_subset_input_set_flags(IntPtr input, uint flags);

    [DllImport(Library)]
    private static extern IntPtr hb_subset_or_fail(IntPtr source, IntPtr input);

    [DllImport(Library)]
    private static extern void hb_set_add(IntPtr set, uint codePoint);

    [DllImport(Library)]
    private static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(Library)]
    private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(Library)]
    private static extern void hb_blob_destroy(IntPtr blob);

    [DllImport(Library)]
    private static extern void hb_face_destroy(IntPtr face);
}
