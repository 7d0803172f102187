using System.Buffers.Binary;

namespace Onboarding.Web.Documents.Text;

/// <summary>
/// Reads the Unicode character map of one face of an OpenType file (a font or a collection) and writes one as a
/// format 12 subtable: just enough of the format for <see cref="UnambiguousFontFile"/>.
/// </summary>
internal static class OpenTypeCmap
{
    /// <summary>The offset of each face's table directory: one for a font, one per face for a collection (<c>ttcf</c>).</summary>
    public static int[] FaceDirectories(ReadOnlySpan<byte> file)
    {
        Require(file, 0, 12);
        if (!file[..4].SequenceEqual("ttcf"u8)) return [0];
        var count = (int)U32(file, 8);
        Require(file, 12, 4 * count);
        var directories = new int[count];
        for (var i = 0; i < count; i++) directories[i] = (int)U32(file, 12 + 4 * i);
        return directories;
    }

    /// <summary>The number of table records in the directory at <paramref name="directory"/>.</summary>
    public static int TableCount(ReadOnlySpan<byte> file, int directory)
    {
        Require(file, directory, 12);
        var count = U16(file, directory + 4);
        Require(file, directory + 12, 16 * count);
        return count;
    }

    /// <summary>The offset of the record of <paramref name="tag"/> in the directory, or -1.</summary>
    public static int FindRecord(ReadOnlySpan<byte> file, int directory, ReadOnlySpan<byte> tag)
    {
        var count = TableCount(file, directory);
        for (var i = 0; i < count; i++)
        {
            var record = directory + 12 + 16 * i;
            if (file.Slice(record, 4).SequenceEqual(tag)) return record;
        }
        return -1;
    }

    /// <summary>Code point to glyph from the face's best Unicode subtable (format 12, else format 4); empty when it has none.</summary>
    public static Dictionary<int, int> ReadUnicode(ReadOnlySpan<byte> file, int directory, out byte[]? variations)
    {
        variations = null;
        var map = new Dictionary<int, int>();
        var record = FindRecord(file, directory, "cmap"u8);
        if (record < 0) return map;
        var cmap = (int)U32(file, record + 8);
        Require(file, cmap, 4);
        var subtables = U16(file, cmap + 2);
        Require(file, cmap + 4, 8 * subtables);
        int best = -1, bestRank = 0;
        for (var i = 0; i < subtables; i++)
        {
            var entry = cmap + 4 + 8 * i;
            var (platform, encoding) = (U16(file, entry), U16(file, entry + 2));
            var offset = cmap + (int)U32(file, entry + 4);
            Require(file, offset, 2);
            var format = U16(file, offset);
            if (format == 14 && platform == 0 && encoding == 5)
            {
                variations = file.Slice(offset, (int)U32(file, offset + 2)).ToArray();
                continue;
            }
            var unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            var rank = !unicode ? 0 : format == 12 ? 2 : format == 4 ? 1 : 0;
            if (rank > bestRank) (best, bestRank) = (offset, rank);
        }
        if (bestRank == 2) ReadFormat12(file, best, map);
        else if (bestRank == 1) ReadFormat4(file, best, map);
        return map;
    }

    /// <summary>A cmap table holding one Unicode format 12 subtable (3,10) and the face's variation sequences if any.</summary>
    public static byte[] Write(IReadOnlyDictionary<int, int> map, byte[]? variations)
    {
        var groups = new List<(int Start, int End, int Glyph)>();
        foreach (var codePoint in map.Keys.Order())
        {
            var glyph = map[codePoint];
            if (groups.Count > 0 && groups[^1] is var last && last.End + 1 == codePoint && last.Glyph + (codePoint - last.Start) == glyph)
                groups[^1] = last with { End = codePoint };
            else groups.Add((codePoint, codePoint, glyph));
        }
        var subtables = variations is null ? 1 : 2;
        var headerLength = 4 + 8 * subtables;
        var format12Length = 16 + 12 * groups.Count;
        var table = new byte[headerLength + format12Length + (variations?.Length ?? 0)];
        var span = table.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], (ushort)subtables);
        var entry = 4;
        if (variations is not null)
        {
            // Records are sorted by platform then encoding: (0,5) before (3,10).
            WriteRecord(span, entry, 0, 5, headerLength + format12Length);
            entry += 8;
            variations.CopyTo(span[(headerLength + format12Length)..]);
        }
        WriteRecord(span, entry, 3, 10, headerLength);
        var at = headerLength;
        BinaryPrimitives.WriteUInt16BigEndian(span[at..], 12);
        BinaryPrimitives.WriteUInt32BigEndian(span[(at + 4)..], (uint)format12Length);
        BinaryPrimitives.WriteUInt32BigEndian(span[(at + 12)..], (uint)groups.Count);
        at += 16;
        foreach (var (start, end, glyph) in groups)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span[at..], (uint)start);
            BinaryPrimitives.WriteUInt32BigEndian(span[(at + 4)..], (uint)end);
            BinaryPrimitives.WriteUInt32BigEndian(span[(at + 8)..], (uint)glyph);
            at += 12;
        }
        return table;
    }

    private static void WriteRecord(Span<byte> table, int at, ushort platform, ushort encoding, int offset)
    {
        BinaryPrimitives.WriteUInt16BigEndian(table[at..], platform);
        BinaryPrimitives.WriteUInt16BigEndian(table[(at + 2)..], encoding);
        BinaryPrimitives.WriteUInt32BigEndian(table[(at + 4)..], (uint)offset);
    }

    private static void ReadFormat12(ReadOnlySpan<byte> file, int offset, Dictionary<int, int> map)
    {
        var groups = (int)U32(file, offset + 12);
        Require(file, offset + 16, 12 * groups);
        for (var g = 0; g < groups; g++)
        {
            var at = offset + 16 + 12 * g;
            var (start, end, glyph) = ((int)U32(file, at), (int)U32(file, at + 4), (int)U32(file, at + 8));
            for (var codePoint = start; codePoint <= end && codePoint <= 0x10FFFF; codePoint++)
            {
                if (glyph + codePoint - start != 0) map.TryAdd(codePoint, glyph + codePoint - start);
            }
        }
    }

    private static void ReadFormat4(ReadOnlySpan<byte> file, int offset, Dictionary<int, int> map)
    {
        var segments = U16(file, offset + 6) / 2;
        Require(file, offset + 14, 8 * segments + 2);
        var ends = offset + 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var rangeOffsets = deltas + 2 * segments;
        for (var s = 0; s < segments; s++)
        {
            int start = U16(file, starts + 2 * s), end = U16(file, ends + 2 * s);
            int delta = U16(file, deltas + 2 * s), rangeOffset = U16(file, rangeOffsets + 2 * s);
            for (var codePoint = start; codePoint <= end && codePoint != 0xFFFF; codePoint++)
            {
                int glyph;
                if (rangeOffset == 0) glyph = (codePoint + delta) & 0xFFFF;
                else
                {
                    var at = rangeOffsets + 2 * s + rangeOffset + 2 * (codePoint - start);
                    if (at + 2 > file.Length) continue;
                    glyph = U16(file, at);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0) map.TryAdd(codePoint, glyph);
            }
        }
    }

    internal static ushort U16(ReadOnlySpan<byte> file, int at) => BinaryPrimitives.ReadUInt16BigEndian(file[at..]);

    internal static uint U32(ReadOnlySpan<byte> file, int at) => BinaryPrimitives.ReadUInt32BigEndian(file[at..]);

    private static void Require(ReadOnlySpan<byte> file, int at, int length)
    {
        if (at < 0 || length < 0 || at + length > file.Length) throw new InvalidDataException("The font file is truncated or not an OpenType font.");
    }
}
