using System.Text.Json.Nodes;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;

namespace Onboarding.Tests.Workflows.Engine;

/// <summary>One instance driven through the engine step by step, like the runtime does: state in, state out.</summary>
internal sealed class TestInstance(ProcessModel model, StepEnvironment? environment = null)
{
    public ProcessModel Model { get; } = model;

    public StepEnvironment Environment { get; set; } = environment ?? TestEnvironment.At(TestEnvironment.Monday);

    public InstanceState State { get; private set; } = new();

    public StepResult Last { get; private set; } = null!;

    public Effects Effects => Last.Effects;

    public static TestInstance Started(ProcessModel model, JsonObject? variables = null, StepEnvironment? environment = null)
    {
        var instance = new TestInstance(model, environment);
        instance.Do(new StartInstance(variables ?? []));
        return instance;
    }

    public StepResult Do(Stimulus stimulus)
    {
        Last = WorkflowEngine.Step(Model, State, stimulus, Environment);
        State = Last.State;
        return Last;
    }

    /// <summary>Moves the clock.</summary>
    public void Advance(TimeSpan by) => Environment = Environment with { NowUtc = Environment.NowUtc + by };

    /// <summary>The one token resting on a node.</summary>
    public Token TokenAt(string nodeId) => State.Tokens.Single(t => t.NodeId == nodeId);

    public IReadOnlyList<string> ActiveNodes => InstanceQueries.ActiveNodeIds(Model, State);

    public StepResult Complete(string nodeId, JsonObject? output = null, string? by = "alex") =>
        Do(new CompleteWorkItem(TokenAt(nodeId).Id, by, output));

    public StepResult Succeed(string nodeId, JsonObject? output = null)
    {
        var token = TokenAt(nodeId);
        return Do(new AutomationSucceeded(token.Id, token.Attempt, output));
    }

    /// <summary>Fires the one armed timer of a timer event (or a service task's retry timer).</summary>
    public StepResult FireTimerOf(string nodeId) => Do(new FireTimer(TimerOf(nodeId).Key));

    public ArmedTimer TimerOf(string nodeId) => State.Timers.Single(t => t.NodeId == nodeId);
}
