namespace Onboarding.Workflows.Runtime;

/// <summary>Wakes the scheduler early when a step armed a timer or asked for an automation.</summary>
public sealed class WorkflowSignal
{
    private readonly SemaphoreSlim semaphore = new(0, 1);

    public void Wake()
    {
        try
        {
            semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up is enough.
        }
    }

    /// <summary>Waits until woken or until <paramref name="timeout"/> has passed on <paramref name="clock"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken ct)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var woken = semaphore.WaitAsync(done.Token);
        var elapsed = Task.Delay(timeout, clock, done.Token);
        await Task.WhenAny(woken, elapsed);
        await done.CancelAsync();
        // Observe the loser so that its cancellation is not reported as unobserved.
        try
        {
            await Task.WhenAll(woken, elapsed);
        }
        catch (OperationCanceledException)
        {
        }
        ct.ThrowIfCancellationRequested();
    }
}
