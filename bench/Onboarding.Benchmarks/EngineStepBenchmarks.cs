using System.Text;
using BenchmarkDotNet.Attributes;
using Onboarding.Workflows.Bpmn;
using Onboarding.Workflows.Calendar;
using Onboarding.Workflows.Conditions;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Model;

namespace Onboarding.Benchmarks;

/// <summary>
/// The pure step core on one thread: one step that carries a token through a chain of 1,000
/// no-op tasks (1,002 element transitions), and one through 100 parallel branches and their join.
/// Transitions per second = transitions per op / mean time. Target: at least 200,000/s.
/// </summary>
[MemoryDiagnoser]
public class EngineStepBenchmarks
{
    public const int ChainLength = 1_000;
    public const int Branches = 100;

    private ProcessModel chain = default!;
    private ProcessModel fan = default!;
    private StepEnvironment env = default!;

    [GlobalSetup]
    public void Setup()
    {
        chain = BpmnReader.Read(Chain(ChainLength));
        fan = BpmnReader.Read(Fan(Branches));
        env = new StepEnvironment(new DateTime(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc), BusinessCalendar.Default, new JintConditionEvaluator());
        if (Run(chain).State.Status != InstanceStatus.Completed || Run(fan).State.Status != InstanceStatus.Completed)
        {
            throw new InvalidOperationException("The benchmark processes must run to completion in one step.");
        }
    }

    /// <summary>1,002 transitions: start, 1,000 tasks, end.</summary>
    [Benchmark(Baseline = true)]
    public StepResult ChainOfTasks() => Run(chain);

    /// <summary>start, split, 100 tasks, join (100 arrivals), end: about 203 transitions.</summary>
    [Benchmark]
    public StepResult ParallelBranches() => Run(fan);

    private StepResult Run(ProcessModel model) => WorkflowEngine.Step(model, new InstanceState(), new StartInstance([]), env);

    internal static string Chain(int length)
    {
        var body = new StringBuilder("<bpmn:startEvent id=\"start\" />");
        for (var i = 0; i < length; i++) body.Append($"<bpmn:task id=\"t{i}\" />");
        body.Append("<bpmn:endEvent id=\"end\" />");
        body.Append("<bpmn:sequenceFlow id=\"f-start\" sourceRef=\"start\" targetRef=\"t0\" />");
        for (var i = 1; i < length; i++) body.Append($"<bpmn:sequenceFlow id=\"f{i}\" sourceRef=\"t{i - 1}\" targetRef=\"t{i}\" />");
        body.Append($"<bpmn:sequenceFlow id=\"f-end\" sourceRef=\"t{length - 1}\" targetRef=\"end\" />");
        return Definitions(body.ToString());
    }

    internal static string Fan(int branches)
    {
        var body = new StringBuilder("<bpmn:startEvent id=\"start\" /><bpmn:parallelGateway id=\"split\" /><bpmn:parallelGateway id=\"join\" /><bpmn:endEvent id=\"end\" />");
        body.Append("<bpmn:sequenceFlow id=\"f-start\" sourceRef=\"start\" targetRef=\"split\" /><bpmn:sequenceFlow id=\"f-end\" sourceRef=\"join\" targetRef=\"end\" />");
        for (var i = 0; i < branches; i++)
        {
            body.Append($"<bpmn:task id=\"t{i}\" /><bpmn:sequenceFlow id=\"a{i}\" sourceRef=\"split\" targetRef=\"t{i}\" /><bpmn:sequenceFlow id=\"b{i}\" sourceRef=\"t{i}\" targetRef=\"join\" />");
        }
        return Definitions(body.ToString());
    }

    private static string Definitions(string body) =>
        $"<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"d\" targetNamespace=\"http://bench\"><bpmn:process id=\"p\" isExecutable=\"true\">{body}</bpmn:process></bpmn:definitions>";
}
