using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Onboarding.Workflows.Runtime;

/// <summary>The hosted loop: a scheduler pass whenever woken, and at least every poll interval.</summary>
public sealed class WorkflowSchedulerService(
    WorkflowScheduler scheduler,
    WorkflowSignal signal,
    WorkflowOptions options,
    TimeProvider clock,
    ILogger<WorkflowSchedulerService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        log.LogInformation("Workflow scheduler {Node} started", scheduler.NodeName);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var pass = await scheduler.RunDueAsync(stoppingToken);
                if (pass.TimersFired + pass.AutomationsRun > 0)
                {
                    log.LogInformation("Fired {Timers} timers and ran {Automations} automations", pass.TimersFired, pass.AutomationsRun);
                }
                await signal.WaitAsync(options.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                log.LogError(e, "The workflow scheduler pass failed; trying again shortly");
                await Task.Delay(options.PollInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
