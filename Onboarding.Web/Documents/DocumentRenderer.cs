namespace Onboarding.Web.Documents;

/// <summary>
/// Lays out a <see cref="DocumentSpec"/> into pages and writes them as a PDF (SkiaSharp's PDF backend, HarfBuzz shaping,
/// embedded fonts with per-character fallback) or as PNG page images (the editor's live preview, the same layout).
/// Thread-safe; one instance for the app.
/// </summary>
public sealed class DocumentRenderer
{
    /// <summary>The document as PDF bytes.</summary>
    public byte[] Pdf(DocumentSpec document) => throw new NotImplementedException("The PDF layer is being built (issue 8).");

    /// <summary>Each page as a PNG at <paramref name="scale"/> (1 = 72 dpi).</summary>
    public IReadOnlyList<byte[]> PagePngs(DocumentSpec document, float scale = 1.5f) => throw new NotImplementedException("The PDF layer is being built (issue 8).");
}
