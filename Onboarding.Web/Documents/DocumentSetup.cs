using Onboarding.Workflows.Runtime;
using SkiaSharp;

namespace Onboarding.Web.Documents;

public static class DocumentSetup
{
    /// <summary>The PDF layer and the firm's branding (<c>Documents:Logo</c>: a PNG or JPEG path relative to the content root).</summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DocumentRenderer>();
        services.AddSingleton(sp => new FirmBranding(
            sp.GetRequiredService<WorkflowOptions>().FirmName,
            ReadLogo(configuration["Documents:Logo"], sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath, sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DocumentSetup)))));
        return services;
    }

    /// <summary>
    /// The logo's bytes, or null (documents then print the firm's name) when none is configured or the file is missing or
    /// not a PNG or JPEG image: a warning, never a failure to start.
    /// </summary>
    internal static byte[]? ReadLogo(string? path, string contentRoot, ILogger logger)
    {
        if (string.IsNullOrWhiteSpace(path)) return null;
        var full = Path.Combine(contentRoot, path);
        try
        {
            if (!File.Exists(full))
            {
                logger.LogWarning("The document logo {Path} (Documents:Logo) does not exist; documents print the firm's name instead.", full);
                return null;
            }
            var bytes = File.ReadAllBytes(full);
            using var codec = SKCodec.Create(new MemoryStream(bytes));
            if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Png or SKEncodedImageFormat.Jpeg))
            {
                logger.LogWarning("The document logo {Path} (Documents:Logo) is not a PNG or JPEG image; documents print the firm's name instead.", full);
                return null;
            }
            return bytes;
        }
        catch (IOException e)
        {
            logger.LogWarning(e, "The document logo {Path} (Documents:Logo) could not be read; documents print the firm's name instead.", full);
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            logger.LogWarning(e, "The document logo {Path} (Documents:Logo) could not be read; documents print the firm's name instead.", full);
            return null;
        }
    }
}
