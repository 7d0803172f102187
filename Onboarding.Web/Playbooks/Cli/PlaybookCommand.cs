using Onboarding.Workflows.Automations;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Web.Playbooks.Cli;

/// <summary>
/// <c>dotnet run --project Onboarding.Web -- playbook validate|simulate FILE.bpmn ...</c>: checks or simulates a
/// playbook file without starting the web host. Prints messages a person can act on, never a stack trace.
/// </summary>
public static class PlaybookCommand
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Stuck = 2;
    public const int UsageError = 64;

    /// <summary>
    /// Runs the command in <paramref name="args"/> (starting with <c>playbook</c>) and returns the exit code.
    /// <paramref name="automations"/> are the automation names a service task may use; null takes the ones the
    /// app registers.
    /// </summary>
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, IReadOnlySet<string>? automations = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var arguments = PlaybookArgumentParser.Parse(args);
            var known = automations ?? RegisteredAutomations();
            var exitCode = arguments.Verb switch
            {
                PlaybookVerb.Validate => ValidateCommand.Run(arguments, known, output, error),
                PlaybookVerb.Simulate => SimulateCommand.Run(arguments, known, output, error),
            };
            return Task.FromResult(exitCode);
        }
        catch (UsageException ex)
        {
            error.WriteLine(ex.Message);
            error.WriteLine();
            error.WriteLine(PlaybookArgumentParser.Usage);
            return Task.FromResult(UsageError);
        }
#pragma warning disable CA1031 // The last line of defence of a command line tool: a message, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error.WriteLine($"The playbook command failed: {ex.Message}");
            return Task.FromResult(Failed);
        }
    }

    /// <summary>The names of the automations the app registers, from the same service registrations the app uses.</summary>
    public static IReadOnlySet<string> RegisteredAutomations()
    {
        var services = new ServiceCollection();
        services.AddOnboardingWorkflows(new WorkflowOptions());
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<AutomationRegistry>().Names;
    }
}
