using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Model;

namespace Onboarding.Web.Playbooks.Cli;

/// <summary>Reads a BPMN file from disk with the engine's reader (untrusted input: no DTDs, size and depth limits).</summary>
internal static class PlaybookFile
{
    /// <summary>The model, or null after writing why the file cannot be used (with the line and column of the problem).</summary>
    public static ProcessModel? Read(string path, TextWriter error)
    {
        var candidates = Candidates(path);
        var found = candidates.FirstOrDefault(File.Exists);
        if (found is null)
        {
            error.WriteLine($"The file '{path}' does not exist (looked for {string.Join(" and ", candidates)}). Check the path.");
            return null;
        }

        try
        {
            using var stream = File.OpenRead(found);
            return BpmnReader.Read(stream);
        }
        catch (BpmnReadException ex)
        {
            // The reader's message usually names the line already; say it once.
            var where = ex.Line is { } line && !ex.Message.Contains($"line {line}", StringComparison.OrdinalIgnoreCase)
                ? $", line {line}" + (ex.Column is { } column ? $", column {column}" : "")
                : "";
            error.WriteLine($"{path}{where}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"The file '{path}' cannot be read: {ex.Message}");
        }

        return null;
    }

    /// <summary>
    /// A relative path is taken from the current directory, then from the shell's (<c>PWD</c>): <c>dotnet run</c>
    /// starts a web project in its own folder, not in the folder the command was typed in.
    /// </summary>
    private static List<string> Candidates(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return [path];
        }

        List<string> folders = [Directory.GetCurrentDirectory()];
        if (Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } shell && Directory.Exists(shell))
        {
            folders.Add(shell);
        }

        return [.. folders.Distinct(StringComparer.Ordinal).Select(folder => Path.GetFullPath(Path.Combine(folder, path)))];
    }
}
