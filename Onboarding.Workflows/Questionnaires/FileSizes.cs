using System.Globalization;

namespace Onboarding.Workflows.Questionnaires;

/// <summary>A file size as people read it ("512 B", "34.5 KB", "2.3 MB"), the same on the client's page, the staff tab and in refusals.</summary>
public static class FileSizes
{
    public static string Describe(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
    };
}
