using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Model;
using Onboarding.Workflows.Validation;

namespace Onboarding.Web.Playbooks.Cli;

/// <summary><c>playbook validate FILE</c>: every finding, one a line, and a summary.</summary>
internal static class ValidateCommand
{
    public static int Run(PlaybookArguments arguments, IReadOnlySet<string> automations, TextWriter output, TextWriter error)
    {
        var model = PlaybookFile.Read(arguments.File, error);
        if (model is null)
        {
            return PlaybookCommand.Failed;
        }

        var findings = Validate(model, automations);
        FindingsReport.Write(arguments.File, findings, output);
        return FindingsReport.HasErrors(findings) ? PlaybookCommand.Failed : PlaybookCommand.Ok;
    }

    /// <summary>The publish checks, with the known messages and the given automations; stages are not checked (a file has no stage list).</summary>
    public static IReadOnlyList<ValidationFinding> Validate(ProcessModel model, IReadOnlySet<string> automations) =>
        ProcessValidator.Validate(model, new ValidationContext(automations, KnownMessages.All, null));
}
