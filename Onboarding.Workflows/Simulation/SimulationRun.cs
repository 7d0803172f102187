using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;

namespace Onboarding.Workflows.Simulation;

/// <summary>One simulated run: the virtual clock, the instance state, and what has been seen so far.</summary>
internal sealed class SimulationRun(ProcessModel model, SimulationOptions options, IConditionEvaluator conditions)
{
    private readonly SimulationAgenda agenda = new(options);
    private readonly VisitLog visits = new(model);
    private readonly List<SimulatedNoOp> noOps = [];
    private readonly List<IncidentRaised> incidents = [];
    private readonly List<JournalLine> journal = [];
    private InstanceState state = new();
    private DateTime now = options.StartUtc;
    private int steps;

    public SimulationResult Run()
    {
        if (model.Unsupported.Count > 0)
        {
            return Finish(SimulationOutcome.Stuck, StuckDiagnosis.Unsupported(model.Unsupported[0]));
        }

        var rejected = Give(new StartInstance((System.Text.Json.Nodes.JsonObject)options.Variables.DeepClone()));
        if (rejected is not null)
        {
            return Finish(SimulationOutcome.Stuck, new SimulationStuck(model.Id, model.Name ?? model.Id, rejected));
        }

        while (state.Status == InstanceStatus.Running)
        {
            if (steps >= options.MaxSteps)
            {
                return Finish(SimulationOutcome.StepLimitReached, StuckDiagnosis.Loop(visits.NodesVisited, options.MaxSteps));
            }

            var next = agenda.Next(state, now);
            if (next is null)
            {
                return Finish(SimulationOutcome.Stuck, StuckDiagnosis.Of(model, state));
            }

            now = next.AtUtc > now ? next.AtUtc : now;
            Give(next.Stimulus);
        }

        return Finish(state.Status == InstanceStatus.Completed ? SimulationOutcome.Completed : SimulationOutcome.Terminated, null);
    }

    /// <summary>Applies one stimulus; returns the engine's reason when it rejected it.</summary>
    private string? Give(Stimulus stimulus)
    {
        StepResult result;
        try
        {
            result = WorkflowEngine.Step(model, state, stimulus, Environment());
        }
        catch (StimulusRejectedException ex)
        {
            agenda.Given(stimulus, null);
            return ex.Message;
        }

        steps++;
        agenda.Given(stimulus, result.Outcome);
        if (result.Outcome == StepOutcome.Ignored)
        {
            return null;
        }

        state = result.State;
        var effects = result.Effects;
        journal.AddRange(effects.Journal);
        visits.Add(effects.Journal);
        incidents.AddRange(effects.Incidents);
        agenda.Track(effects, now);
        foreach (var line in effects.Journal)
        {
            if (line.NodeId is { } id && NoOp(line, model.Node(id), effects) is { } noOp)
            {
                noOps.Add(noOp);
            }
        }

        return null;
    }

    /// <summary>An untyped task entered, or a service task's automation requested the first time: both do nothing here.</summary>
    private static SimulatedNoOp? NoOp(JournalLine line, FlowNode node, Effects effects) => line.Kind switch
    {
        JournalKind.Entered when node.Kind == NodeKind.Task => new(node.Id, node.Label, null),
        JournalKind.AutomationRequested when effects.Automations.Exists(a => a.TokenId == line.TokenId && a.Attempt == 1)
            => new(node.Id, node.Label, node.Automation),
        _ => null,
    };

    private StepEnvironment Environment() =>
        new(now, options.Calendar, conditions) { MaxTransitionsPerStep = Math.Max(1_000, options.MaxSteps) };

    private SimulationResult Finish(SimulationOutcome outcome, SimulationStuck? stuck) => new(
        outcome,
        state,
        options.StartUtc,
        now,
        BusinessDaysBetween(options.StartUtc, now),
        steps,
        visits.ToVisits(),
        noOps,
        incidents,
        journal,
        stuck);

    /// <summary>Whole business days from <paramref name="fromUtc"/> to <paramref name="toUtc"/>, in the firm's calendar.</summary>
    private int BusinessDaysBetween(DateTime fromUtc, DateTime toUtc)
    {
        var days = 0;
        for (var at = options.Calendar.AddBusinessDays(fromUtc, 1); at <= toUtc; at = options.Calendar.AddBusinessDays(at, 1))
        {
            days++;
        }

        return days;
    }
}
