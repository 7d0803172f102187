using System.Buffers.Binary;
using System.Text;

namespace Onboarding.Web.Documents.Text;

/// <summary>One face of a font file as one or more layers, each a face index in the (rebuilt) file with a one-to-one cmap.</summary>
internal sealed record FaceLayer(int Index, IReadOnlyDictionary<int, int> Glyphs);

/// <summary>
/// Rebuilds a font file so that every face maps each glyph back to a single character. Skia's PDF backend writes a
/// font's ToUnicode map from the reverse of its cmap and keeps the lowest code point when characters share a glyph:
/// Noto Sans CJK draws 工 (U+5DE5) with the glyph of the Kangxi radical ⼯ (U+2F2F), so "工作" would be extracted as
/// "⼯作". Each face's cmap is split into one-to-one layers (layer 0: every character with a glyph of its own, and the
/// canonical one of each shared glyph; layer n: the n-th other sharer), layer 0 replaces the face's cmap and every
/// further layer becomes an extra face of a rebuilt collection over the same tables. A character is drawn with the
/// layer that holds it, so every character extracts as written.
/// </summary>
internal static class UnambiguousFontFile
{
    /// <summary>
    /// The file, rebuilt only when one of <paramref name="faces"/> shares glyphs, and the layers of each of those faces.
    /// </summary>
    public static (byte[] Bytes, IReadOnlyDictionary<int, IReadOnlyList<FaceLayer>> Faces) Build(byte[] file, IReadOnlyCollection<int> faces)
    {
        var directories = OpenTypeCmap.FaceDirectories(file);
        var split = new Dictionary<int, (List<Dictionary<int, int>> Layers, byte[]? Variations)>();
        foreach (var face in faces.Where(f => f >= 0 && f < directories.Length).Distinct())
        {
            var map = OpenTypeCmap.ReadUnicode(file, directories[face], out var variations);
            split[face] = (SplitIntoLayers(map), variations);
        }
        if (split.Values.All(s => s.Layers.Count <= 1))
            return (file, split.ToDictionary(s => s.Key, s => (IReadOnlyList<FaceLayer>)[new FaceLayer(s.Key, s.Value.Layers.FirstOrDefault() ?? [])]));

        var extraFaces = split.Values.Sum(s => s.Layers.Count - 1);
        var faceCount = directories.Length + extraFaces;
        // The whole original file follows the new collection header: every absolute offset in it moves by `shift`.
        var shift = Align(12 + 4 * faceCount);
        var output = new MemoryStream();
        output.Write(new byte[shift]);
        output.Write(file);
        Pad(output);
        var directoryOffsets = directories.Select(d => d + shift).ToList();
        foreach (var directory in directories.Distinct()) ShiftRecords(output, directory + shift, OpenTypeCmap.TableCount(file, directory), shift);

        var result = new Dictionary<int, IReadOnlyList<FaceLayer>>();
        foreach (var (face, (layers, variations)) in split.OrderBy(s => s.Key))
        {
            var directory = directories[face];
            var cmapRecord = OpenTypeCmap.FindRecord(file, directory, "cmap"u8) - directory;
            var faceLayers = new List<FaceLayer>();
            for (var layer = 0; layer < layers.Count; layer++)
            {
                var cmapAt = Append(output, OpenTypeCmap.Write(layers[layer], layer == 0 ? variations : null), out var cmapLength);
                int index;
                if (layer == 0)
                {
                    index = face;
                    PatchRecord(output, directory + shift + cmapRecord, cmapAt, cmapLength);
                }
                else
                {
                    // A copy of the face's directory (offsets already shifted) whose cmap is this layer's.
                    var copy = new byte[12 + 16 * OpenTypeCmap.TableCount(file, directory)];
                    output.Position = directory + shift;
                    output.ReadExactly(copy);
                    output.Position = output.Length;
                    var copyAt = Append(output, copy, out _);
                    PatchRecord(output, copyAt + cmapRecord, cmapAt, cmapLength);
                    index = directoryOffsets.Count;
                    directoryOffsets.Add(copyAt);
                }
                faceLayers.Add(new FaceLayer(index, layers[layer]));
            }
            result[face] = faceLayers;
        }

        var header = new byte[12 + 4 * faceCount];
        "ttcf"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(8), (uint)faceCount);
        for (var i = 0; i < faceCount; i++) BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(12 + 4 * i), (uint)directoryOffsets[i]);
        var rebuilt = output.ToArray();
        header.CopyTo(rebuilt, 0);
        return (rebuilt, result);
    }

    /// <summary>One-to-one layers of a cmap; the canonical sharer (its own compatibility normal form, then the lowest) comes first.</summary>
    internal static List<Dictionary<int, int>> SplitIntoLayers(Dictionary<int, int> map)
    {
        var layers = new List<Dictionary<int, int>> { new(map.Count) };
        foreach (var sharers in map.GroupBy(e => e.Value))
        {
            if (sharers.Count() == 1)
            {
                layers[0][sharers.First().Key] = sharers.Key;
                continue;
            }
            var ordered = sharers.Select(e => e.Key).OrderBy(c => IsCanonical(c) ? 0 : 1).ThenBy(c => c).ToList();
            for (var layer = 0; layer < ordered.Count; layer++)
            {
                if (layers.Count == layer) layers.Add([]);
                layers[layer][ordered[layer]] = sharers.Key;
            }
        }
        return layers;
    }

    private static bool IsCanonical(int codePoint)
    {
        if (codePoint is >= 0xD800 and <= 0xDFFF) return false;
        var text = char.ConvertFromUtf32(codePoint);
        return text.IsNormalized(NormalizationForm.FormKC);
    }

    private static void ShiftRecords(MemoryStream output, int directory, int count, int shift)
    {
        var buffer = output.GetBuffer();
        for (var i = 0; i < count; i++)
        {
            var offsetAt = directory + 12 + 16 * i + 8;
            var offset = BinaryPrimitives.ReadUInt32BigEndian(buffer.AsSpan(offsetAt));
            BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(offsetAt), offset + (uint)shift);
        }
    }

    private static void PatchRecord(MemoryStream output, int record, int offset, int length)
    {
        var buffer = output.GetBuffer();
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(record + 8), (uint)offset);
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(record + 12), (uint)length);
    }

    private static int Append(MemoryStream output, byte[] data, out int length)
    {
        output.Position = output.Length;
        var at = (int)output.Position;
        output.Write(data);
        Pad(output);
        length = data.Length;
        return at;
    }

    private static void Pad(MemoryStream output)
    {
        while (output.Length % 4 != 0) output.WriteByte(0);
        output.Position = output.Length;
    }

    private static int Align(int value) => (value + 3) & ~3;
}
