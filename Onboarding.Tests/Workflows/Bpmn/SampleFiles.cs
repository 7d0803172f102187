using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Model;

namespace Onboarding.Tests.Workflows.Bpmn;

/// <summary>
/// The shared BPMN samples (<c>../shared/bpmn-samples</c> beside the repository: the folder holding
/// <c>Onboarding.sln</c> is found by walking up from the test binaries).
/// </summary>
public static class SampleFiles
{
    private static readonly Lazy<string> Folder = new(Locate);

    public static string Directory => Folder.Value;

    /// <summary>Every sample, relative to the samples folder, e.g. <c>miwg/A.1.0.bpmn</c>.</summary>
    public static IEnumerable<string> All() =>
        System.IO.Directory.EnumerateFiles(Directory, "*.bpmn", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Directory, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static string PathOf(string relative) => Path.Combine(Directory, relative);

    /// <summary>Reads a sample as bytes, so its XML declaration's encoding is honoured.</summary>
    public static ProcessModel Read(string relative)
    {
        using var stream = File.OpenRead(PathOf(relative));
        return BpmnReader.Read(stream);
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Onboarding.sln")))
            {
                var samples = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "bpmn-samples"));
                return System.IO.Directory.Exists(samples)
                    ? samples
                    : throw new DirectoryNotFoundException($"The BPMN samples are expected at {samples} (shared/ beside the repository).");
            }
        }

        throw new DirectoryNotFoundException($"No Onboarding.sln above {AppContext.BaseDirectory}.");
    }
}
