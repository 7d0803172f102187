using Onboarding.Workflows.Simulation;

namespace Onboarding.Web.Playbooks.Cli;

/// <summary><c>playbook simulate FILE</c>: validates, then runs one onboarding on a virtual clock and reports the path taken.</summary>
internal static class SimulateCommand
{
    /// <summary>The virtual time of day the onboarding starts at.</summary>
    private static readonly TimeOnly StartOfDay = new(9, 0);

    public static int Run(PlaybookArguments arguments, IReadOnlySet<string> automations, TextWriter output, TextWriter error)
    {
        var model = PlaybookFile.Read(arguments.File, error);
        if (model is null)
        {
            return PlaybookCommand.Failed;
        }

        var findings = ValidateCommand.Validate(model, automations);
        if (findings.Count > 0)
        {
            FindingsReport.Write(arguments.File, findings, output);
        }

        if (FindingsReport.HasErrors(findings))
        {
            output.WriteLine("Not simulated: fix the errors first.");
            return PlaybookCommand.Failed;
        }

        var start = (arguments.Start ?? DateOnly.FromDateTime(DateTime.UtcNow)).ToDateTime(StartOfDay, DateTimeKind.Utc);
        var options = new SimulationOptions
        {
            StartUtc = start,
            Variables = arguments.Variables,
            MessageDelays = arguments.LateMessages,
        };
        var result = PlaybookSimulator.Run(model, options);
        SimulationReport.Write(arguments.File, model, options, result, output);
        return result.Ended ? PlaybookCommand.Ok : PlaybookCommand.Stuck;
    }
}
