using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Playbooks;

namespace Onboarding.Benchmarks;

/// <summary>
/// Start-and-complete of a three-task process persisted on SQLite: one start and three work item
/// completions, each its own transaction through the real runtime, 40 instances per operation run
/// by 1 or 4 concurrent workers (as several people and the scheduler work at once). The mean is per
/// instance: instances per second = 1 / mean. Target: at least 500 instances/s on this 2-core machine.
/// </summary>
[MemoryDiagnoser]
public class PersistedRunBenchmarks
{
    private static readonly string Process = BenchEngine.Bpmn("""
        <bpmn:startEvent id="start" />
        <bpmn:userTask id="t1" name="One" onboarding:role="AccountManager" onboarding:dueBusinessDays="2" />
        <bpmn:userTask id="t2" name="Two" onboarding:role="AccountManager" />
        <bpmn:userTask id="t3" name="Three" onboarding:role="AccountManager" />
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="t1" />
        <bpmn:sequenceFlow id="f2" sourceRef="t1" targetRef="t2" />
        <bpmn:sequenceFlow id="f3" sourceRef="t2" targetRef="t3" />
        <bpmn:sequenceFlow id="f4" sourceRef="t3" targetRef="end" />
        """);

    private const int InstancesPerOperation = 40;

    private BenchEngine engine = default!;
    private int next;

    [Params(1, 4)]
    public int Workers { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        engine = new BenchEngine();
        await engine.InitializeAsync("three", Process);
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await engine.DisposeAsync();

    [Benchmark(OperationsPerInvoke = InstancesPerOperation)]
    public Task StartAndCompleteThreeTasks() =>
        Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < InstancesPerOperation / Workers; i++) await RunOneAsync();
        })));

    private async Task RunOneAsync()
    {
        var id = await engine.Runtime.StartAsync(new("three", $"onb-{Interlocked.Increment(ref next)}", "Bench onboarding", "bench"));
        for (var i = 0; i < 3; i++)
        {
            Guid item;
            await using (var db = await engine.Factory.CreateDbContextAsync())
            {
                item = await db.WorkItems.Where(w => w.InstanceId == id && w.Status == WorkItemStatus.Open).Select(w => w.Id).SingleAsync();
            }
            await engine.Runtime.CompleteWorkItemAsync(item, "bench");
        }
    }
}
