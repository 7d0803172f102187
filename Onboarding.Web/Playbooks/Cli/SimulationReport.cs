using System.Globalization;
using Onboarding.Workflows.Model;
using Onboarding.Workflows.Simulation;

namespace Onboarding.Web.Playbooks.Cli;

/// <summary>Writes a simulated run for a person: each element visited, the end state, the no-ops and the incidents.</summary>
internal static class SimulationReport
{
    private const int MaxElementWidth = 80;

    public static void Write(string file, ProcessModel model, SimulationOptions options, SimulationResult result, TextWriter output)
    {
        output.WriteLine($"Simulating '{model.Name ?? model.Id}' ({Path.GetFileName(file)}) from {Day(result.StartedAtUtc)} {Time(result.StartedAtUtc)} UTC.");
        output.WriteLine("Work items are completed when due, messages arrive when awaited"
            + string.Concat(options.MessageDelays.Select(d => $", {d.Key} {d.Value} business days late")) + ".");
        output.WriteLine();
        WriteVisits(result.Visits, output);
        output.WriteLine();
        output.WriteLine(EndState(result));
        if (result.Stuck is { } stuck)
        {
            output.WriteLine($"  Why: {stuck.Reason}");
        }

        if (result.NoOps.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("No automation here: these ran as no-ops:");
            foreach (var noOp in result.NoOps.DistinctBy(n => n.NodeId))
            {
                var automation = noOp.Automation is null ? "" : $"  (automation '{noOp.Automation}')";
                output.WriteLine($"  {noOp.Label} ({noOp.NodeId}){automation}");
            }
        }

        if (result.Incidents.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Incidents:");
            foreach (var incident in result.Incidents)
            {
                output.WriteLine($"  {model.Node(incident.NodeId).Label} ({incident.NodeId}): {incident.Message}");
            }
        }
    }

    private static void WriteVisits(IReadOnlyList<SimulatedVisit> visits, TextWriter output)
    {
        // A playbook without onboarding:stage attributes (a file from another tool) gets no stage column.
        var stageWidth = visits.Select(v => v.Stage?.Length ?? 0).DefaultIfEmpty(0).Max();
        var elementWidth = Math.Min(MaxElementWidth, visits.Select(v => Element(v).Length).DefaultIfEmpty(0).Max());
        output.WriteLine(Row("when", "stage", "element", "what happened"));
        foreach (var visit in visits)
        {
            output.WriteLine(Row(visit.AtUtc.ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture), visit.Stage ?? "-", Element(visit), visit.What));
        }

        string Row(string when, string stage, string element, string what) =>
            $"  {when,-16}  {(stageWidth == 0 ? "" : stage.PadRight(Math.Max(5, stageWidth)) + "  ")}{element.PadRight(elementWidth)}  {what}";
    }

    private static string EndState(SimulationResult result)
    {
        var took = $"{Plural(result.BusinessDays, "business day")} ({Day(result.StartedAtUtc)} to {Day(result.EndedAtUtc)})";
        var visited = Plural(result.Visits.Count, "element") + " visited";
        return result.Outcome switch
        {
            SimulationOutcome.Completed => $"Completed after {took}, {visited}.",
            SimulationOutcome.Terminated => $"Terminated by '{result.FinalState.EndReason}' after {took}, {visited}.",
            SimulationOutcome.Stuck => $"Stuck at '{result.Stuck!.Label}' ({result.Stuck.NodeId}) after {took}, {visited}.",
            SimulationOutcome.StepLimitReached => $"Stopped after {result.Steps:N0} steps and {took}, {visited}.",
        };
    }

    private static string Element(SimulatedVisit visit) => $"{visit.Label} ({visit.NodeId})";

    private static string Day(DateTime utc) => utc.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Time(DateTime utc) => utc.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count:N0} {noun}s";
}
