using System.IO.Compression;
using System.Text;

namespace Onboarding.Workflows.Questionnaires.Answering;

/// <summary>What the first bytes of an upload say it is: a type we accept (with its content type), or a refusal.</summary>
public sealed record DetectedType(string? ContentType, string? Refusal, bool NeedsZipCheck = false)
{
    public bool IsAccepted => ContentType is not null && Refusal is null;
}

/// <summary>
/// Recognises uploads by their content, never their name: PDF, PNG, JPEG, GIF, WEBP, SVG, Office (zip with
/// <c>[Content_Types].xml</c>), legacy Office (OLE) and plain text / CSV. Executables (Windows, Linux, macOS, scripts)
/// and any other zip are refused whatever they are called.
/// </summary>
public static class UploadTypes
{
    /// <summary>How many leading bytes <see cref="Detect"/> wants.</summary>
    public const int HeaderLength = 4096;

    public const string Accepted = "PDF, images (PNG, JPEG, GIF, WEBP, SVG), Word, Excel or PowerPoint documents, or plain text / CSV";

    private const string ExecutableRefusal = "This file is a program or script, which we cannot accept. Please upload documents or images only.";

    /// <summary>Names that run when opened (programs, installers, scripts, web pages), refused whatever the content looks like.</summary>
    private static readonly HashSet<string> RunnableExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".exe", ".com", ".scr", ".msi", ".msp", ".dll", ".bat", ".cmd", ".ps1", ".psm1", ".vbs", ".vbe", ".js", ".jse", ".wsf", ".wsh",
        ".hta", ".jar", ".sh", ".bash", ".py", ".pl", ".rb", ".php", ".html", ".htm", ".xhtml", ".lnk", ".reg", ".app", ".dmg", ".pkg", ".apk",
    };

    /// <summary>The extensions a download may keep for each detected type; any other name gets the first one.</summary>
    private static readonly Dictionary<string, string[]> Extensions = new(StringComparer.Ordinal)
    {
        ["application/pdf"] = [".pdf"],
        ["image/png"] = [".png"],
        ["image/jpeg"] = [".jpg", ".jpeg"],
        ["image/gif"] = [".gif"],
        ["image/webp"] = [".webp"],
        ["image/svg+xml"] = [".svg"],
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = [".docx"],
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = [".xlsx"],
        ["application/vnd.openxmlformats-officedocument.presentationml.presentation"] = [".pptx"],
        ["application/msword"] = [".doc"],
        ["application/vnd.ms-excel"] = [".xls"],
        ["application/vnd.ms-powerpoint"] = [".ppt"],
        ["text/csv"] = [".csv"],
        ["text/plain"] = [".txt"],
    };

    /// <summary>
    /// The name a download is saved under: the client's name with an extension that matches the detected content, so a file
    /// can never be saved as something that runs (an OLE installer named .msi downloads as .doc, a text script as .txt).
    /// </summary>
    public static string DownloadName(string baseName, string contentType)
    {
        if (!Extensions.TryGetValue(contentType, out var allowed)) return Path.ChangeExtension(baseName, ".bin");
        return allowed.Contains(Path.GetExtension(baseName), StringComparer.OrdinalIgnoreCase) ? baseName : Path.ChangeExtension(baseName, allowed[0]);
    }

    public static DetectedType Detect(ReadOnlySpan<byte> head, string fileName)
    {
        if (head.Length == 0) return new(null, "This file is empty.");
        if (IsExecutable(head) || RunnableExtensions.Contains(Path.GetExtension(fileName))) return new(null, ExecutableRefusal);
        if (head.StartsWith("%PDF-"u8)) return new("application/pdf", null);
        if (head.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return new("image/png", null);
        if (head.StartsWith((byte[])[0xFF, 0xD8, 0xFF])) return new("image/jpeg", null);
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return new("image/gif", null);
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head.Slice(8, 4).SequenceEqual("WEBP"u8)) return new("image/webp", null);
        if (head.StartsWith("PK\x03\x04"u8)) return new(null, null, NeedsZipCheck: true);
        if (head.StartsWith((byte[])[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return new(OleType(fileName), null);
        return Text(head, fileName);
    }

    /// <summary>For a zip: the Office type when it has <c>[Content_Types].xml</c>, else a refusal (archives can hide anything).</summary>
    public static DetectedType DetectZip(Stream seekable)
    {
        try
        {
            using var zip = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (!names.Contains("[Content_Types].xml")) return new(null, "Zip archives cannot be uploaded. Please upload the documents themselves.");
            if (names.Any(n => n.StartsWith("word/", StringComparison.Ordinal))) return new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", null);
            if (names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal))) return new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", null);
            if (names.Any(n => n.StartsWith("ppt/", StringComparison.Ordinal))) return new("application/vnd.openxmlformats-officedocument.presentationml.presentation", null);
            return new(null, "This Office file type is not accepted. Please upload " + Accepted + ".");
        }
        catch (InvalidDataException)
        {
            return new(null, "This file looks damaged (an incomplete zip). Please save it again and re-upload.");
        }
    }

    private static bool IsExecutable(ReadOnlySpan<byte> head) =>
        head.StartsWith("MZ"u8)                                   // Windows PE / DOS
        || head.StartsWith((byte[])[0x7F, 0x45, 0x4C, 0x46])                // ELF
        || head.StartsWith((byte[])[0xFE, 0xED, 0xFA, 0xCE]) || head.StartsWith((byte[])[0xFE, 0xED, 0xFA, 0xCF]) // Mach-O
        || head.StartsWith((byte[])[0xCE, 0xFA, 0xED, 0xFE]) || head.StartsWith((byte[])[0xCF, 0xFA, 0xED, 0xFE])
        || head.StartsWith((byte[])[0xCA, 0xFE, 0xBA, 0xBE])                // Mach-O universal (and Java classes)
        || head.StartsWith("#!"u8);                                 // shebang scripts

    private static string OleType(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        // OLE is one container for all three; the name only picks among them.
        ".xls" => "application/vnd.ms-excel",
        ".ppt" => "application/vnd.ms-powerpoint",
        _ => "application/msword",
    };

    private static DetectedType Text(ReadOnlySpan<byte> head, string fileName)
    {
        var body = head.StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        // Cut at most 3 bytes of a character split by the header's end.
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(TrimPartialUtf8(body));
        }
        catch (DecoderFallbackException)
        {
            return new(null, "We could not recognise this type of file. Please upload " + Accepted + ".");
        }
        if (text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f')))
            return new(null, "We could not recognise this type of file. Please upload " + Accepted + ".");
        var start = text.TrimStart().ToLowerInvariant();
        if (start.StartsWith("#!", StringComparison.Ordinal)) return new(null, ExecutableRefusal);
        if (start.StartsWith("<svg", StringComparison.Ordinal) || (start.StartsWith("<?xml", StringComparison.Ordinal) && start.Contains("<svg", StringComparison.Ordinal)))
            return new("image/svg+xml", null);
        if (start.StartsWith('<')) return new(null, "Web pages and XML files cannot be uploaded. Please upload " + Accepted + ".");
        return new(Path.GetExtension(fileName).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? "text/csv" : "text/plain", null);
    }

    private static ReadOnlySpan<byte> TrimPartialUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < HeaderLength) return bytes;
        for (var back = 1; back <= 3 && back <= bytes.Length; back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80) continue; // continuation byte
            if ((b & 0x80) == 0) return bytes;  // ASCII: complete
            var needed = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : 4;
            return needed > back ? bytes[..^back] : bytes;
        }
        return bytes;
    }
}
