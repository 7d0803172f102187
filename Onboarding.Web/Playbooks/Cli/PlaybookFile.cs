using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Model;

namespace Onboarding.Web.Playbooks.Cli;

/// <summary>Reads a BPMN file from disk with the engine's reader (untrusted input: no DTDs, size and depth limits).</summary>
internal static class PlaybookFile
{
    /// <summary>The model, or null after writing why the file cannot be used (with the line and column of the problem).</summary>
    public static ProcessModel? Read(string path, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"The file '{path}' does not exist. Check the path (relative paths start at {Directory.GetCurrentDirectory()}).");
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            return BpmnReader.Read(stream);
        }
        catch (BpmnReadException ex)
        {
            var where = ex.Line > 0 ? $", line {ex.Line}, column {ex.Column}" : "";
            error.WriteLine($"{path}{where}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"The file '{path}' cannot be read: {ex.Message}");
        }

        return null;
    }
}
