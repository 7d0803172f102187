using SkiaSharp;

namespace Onboarding.Web.Documents.Drawing;

/// <summary>
/// The header's logo, decoded once per render (every page draws the same image, which the PDF stores once). Bytes that
/// are not a PNG or JPEG give no image and a warning: the header then prints the firm's name instead.
/// </summary>
internal static class LogoImage
{
    // A logo is printed 20 pt high: more pixels than this only make every PDF bigger.
    private const int MaxPixels = 600;

    public static SKImage? Decode(byte[]? bytes, ILogger logger)
    {
        if (bytes is null || bytes.Length == 0) return null;
        try
        {
            using var data = SKData.CreateCopy(bytes);
            using var codec = SKCodec.Create(data);
            if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
            {
                logger.LogWarning("The document logo ({Bytes} bytes) is not a PNG or JPEG image; the firm's name is printed instead.", bytes.Length);
                return null;
            }
            using var bitmap = SKBitmap.Decode(codec);
            if (bitmap is null)
            {
                logger.LogWarning("The document logo could not be decoded; the firm's name is printed instead.");
                return null;
            }
            var largest = Math.Max(bitmap.Width, bitmap.Height);
            if (largest <= MaxPixels) return SKImage.FromBitmap(bitmap);
            var factor = (float)MaxPixels / largest;
            var size = new SKImageInfo(Math.Max(1, (int)(bitmap.Width * factor)), Math.Max(1, (int)(bitmap.Height * factor)), SKColorType.Rgba8888, SKAlphaType.Premul);
            using var resized = bitmap.Resize(size, new SKSamplingOptions(SKCubicResampler.Mitchell));
            return resized is null ? null : SKImage.FromBitmap(resized);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            logger.LogWarning(e, "The document logo could not be decoded; the firm's name is printed instead.");
            return null;
        }
    }
}
