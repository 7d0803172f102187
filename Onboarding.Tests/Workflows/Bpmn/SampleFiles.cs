using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Model;
using Onboarding.Tests.Workflows.Playbooks;

namespace Onboarding.Tests.Workflows.Bpmn;

/// <summary>
/// The shared BPMN samples (<c>../shared/bpmn-samples</c> beside the repository, found by <see cref="SharedFiles"/>).
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
        var samples = Path.GetFullPath(SharedFiles.Path("bpmn-samples"));
        return System.IO.Directory.Exists(samples)
            ? samples
            : throw new DirectoryNotFoundException($"The BPMN samples are expected at {samples} (shared/ beside the repository).");
    }
}
