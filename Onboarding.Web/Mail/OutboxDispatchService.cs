namespace Onboarding.Web.Mail;

/// <summary>The hosted loop: a dispatch pass every <see cref="MailOptions.PollInterval"/> (at once again while a full batch was handled).</summary>
public sealed class OutboxDispatchService(OutboxDispatcher dispatcher, MailOptions options, TimeProvider clock, IHostEnvironment environment, ILogger<OutboxDispatchService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrWhiteSpace(options.PublicBaseUrl) && !environment.IsDevelopment())
        {
            logger.LogWarning("Mail:PublicBaseUrl is not set: links in e-mails (the client's questionnaire link) use the app's listening address, which clients may not reach. Set it to the address clients open.");
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await dispatcher.DispatchDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The outbox dispatch pass failed; trying again in {Interval}", options.PollInterval);
            }
            if (handled >= options.BatchSize) continue;
            try
            {
                await Task.Delay(options.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
