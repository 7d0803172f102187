using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.EntityFrameworkCore;

namespace Onboarding.Benchmarks;

/// <summary>
/// 10,000 instances each waiting on a one-hour timer; the clock jumps two hours and the
/// scheduler fires them all. Afterwards every instance must show exactly one firing and no timer
/// may be left. Target: under 20 s.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class TimerStormBenchmarks
{
    public const int Timers = 10_000;

    private static readonly string Process = BenchEngine.Bpmn("""
        <bpmn:startEvent id="start" />
        <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        <bpmn:userTask id="after" name="After the timer" onboarding:role="AccountManager" />
        <bpmn:endEvent id="end" />
        <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
        <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="after" />
        <bpmn:sequenceFlow id="f3" sourceRef="after" targetRef="end" />
        """);

    private BenchEngine engine = default!;

    [IterationSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [IterationCleanup]
    public void Cleanup() => CheckAndDisposeAsync().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<int> FireTenThousandDueTimers()
    {
        var fired = 0;
        for (var pass = await engine.Scheduler.RunDueAsync(); pass.TimersFired > 0; pass = await engine.Scheduler.RunDueAsync())
        {
            fired += pass.TimersFired;
        }
        return fired;
    }

    private async Task SetupAsync()
    {
        engine = new BenchEngine();
        await engine.InitializeAsync("timer", Process);
        for (var i = 0; i < Timers; i++) await engine.Runtime.StartAsync(new("timer", $"onb-{i}", "Bench onboarding", "bench"));
        engine.Clock.Advance(TimeSpan.FromHours(2));
    }

    private async Task CheckAndDisposeAsync()
    {
        await using (var db = await engine.Factory.CreateDbContextAsync())
        {
            var perInstance = await db.JournalEntries.Where(j => j.Kind == "TimerFired").GroupBy(j => j.InstanceId).Select(g => g.Count()).ToListAsync();
            var left = await db.WorkflowTimers.CountAsync();
            if (perInstance.Count != Timers || perInstance.Any(n => n != 1) || left != 0)
            {
                throw new InvalidOperationException($"Expected {Timers} timers fired once each and none left; {perInstance.Count} instances fired, {perInstance.Count(n => n > 1)} more than once, {left} left.");
            }
        }
        await engine.DisposeAsync();
    }
}
