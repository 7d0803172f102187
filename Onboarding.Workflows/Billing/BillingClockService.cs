using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Onboarding.Workflows.Billing;

/// <summary>The hosted loop that runs every <see cref="IBillingDuty"/> once a minute on the app's <see cref="TimeProvider"/>.</summary>
public sealed class BillingClockService(IEnumerable<IBillingDuty> duties, TimeProvider clock, ILogger<BillingClockService> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunPassAsync(duties, log, stoppingToken);
            try { await Task.Delay(Interval, clock, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }

    /// <summary>One pass: each duty on its own, so one failing does not stop the others.</summary>
    public static async Task RunPassAsync(IEnumerable<IBillingDuty> duties, ILogger log, CancellationToken ct)
    {
        foreach (var duty in duties)
        {
            try
            {
                var done = await duty.RunAsync(ct);
                if (done > 0) log.LogInformation("Billing: {Duty} did {Count}", duty.Name, done);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                log.LogError(e, "Billing: {Duty} failed; it runs again on the next pass", duty.Name);
            }
        }
    }
}
