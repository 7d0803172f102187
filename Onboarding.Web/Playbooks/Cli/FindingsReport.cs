using Onboarding.Workflows.Validation;

namespace Onboarding.Web.Playbooks.Cli;

/// <summary>Writes validation findings as <c>error  element-id  message</c> lines and a summary line.</summary>
internal static class FindingsReport
{
    public static bool HasErrors(IReadOnlyList<ValidationFinding> findings) =>
        findings.Any(f => f.Severity == FindingSeverity.Error);

    public static void Write(string file, IReadOnlyList<ValidationFinding> findings, TextWriter output)
    {
        foreach (var finding in findings.OrderBy(f => f.Severity == FindingSeverity.Error ? 0 : 1))
        {
            var severity = finding.Severity == FindingSeverity.Error ? "error" : "warning";
            var element = string.IsNullOrEmpty(finding.ElementId) ? "(process)" : finding.ElementId;
            output.WriteLine($"{severity}  {element}  {finding.Message}");
        }

        output.WriteLine(Summary(Path.GetFileName(file), findings));
    }

    private static string Summary(string file, IReadOnlyList<ValidationFinding> findings)
    {
        var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        var warnings = findings.Count - errors;
        if (findings.Count == 0)
        {
            return $"{file}: valid, no findings.";
        }

        var counts = $"{Plural(errors, "error")}, {Plural(warnings, "warning")}";
        return errors > 0 ? $"{file}: {counts}. Fix the errors before publishing." : $"{file}: valid with {counts}.";
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
