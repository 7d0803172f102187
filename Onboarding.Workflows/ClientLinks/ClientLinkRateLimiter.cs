using System.Collections.Concurrent;

namespace Onboarding.Workflows.ClientLinks;

/// <summary>
/// Counts the requests made with one client link in fixed windows (300 per 5 minutes by default) on the
/// <see cref="TimeProvider"/>. Every open, save, upload and submit counts; past the limit the link is refused until
/// the window ends. Keyed by the link's token, which names exactly one link (a tampered token is refused anyway).
/// </summary>
public sealed class ClientLinkRateLimiter(TimeProvider clock, ClientLinkRateLimits? limits = null)
{
    private readonly ClientLinkRateLimits limits = limits ?? new ClientLinkRateLimits();
    private readonly ConcurrentDictionary<string, Window> windows = new(StringComparer.Ordinal);
    private long calls;

    public ClientLinkRateLimits Limits => limits;

    /// <summary>True when the request may go ahead (and counts it); false when the link is over its limit.</summary>
    public bool TryAcquire(string? token)
    {
        var key = token ?? "";
        var now = clock.GetUtcNow().UtcDateTime;
        if (Interlocked.Increment(ref calls) % 1000 == 0) Sweep(now);
        while (true)
        {
            var window = windows.GetOrAdd(key, _ => new Window(now));
            lock (window)
            {
                if (window.Removed) continue;
                if (now - window.StartUtc >= limits.Window)
                {
                    window.StartUtc = now;
                    window.Count = 0;
                }
                if (window.Count >= limits.PermitLimit) return false;
                window.Count++;
                return true;
            }
        }
    }

    /// <summary>Throws <see cref="ClientLinkRefusedException"/> when the link is over its limit.</summary>
    public void Acquire(string? token)
    {
        if (!TryAcquire(token)) throw new ClientLinkRefusedException(ClientLinkRefusal.TooManyRequests);
    }

    private void Sweep(DateTime now)
    {
        foreach (var (key, window) in windows)
        {
            lock (window)
            {
                if (now - window.StartUtc < limits.Window) continue;
                window.Removed = true;
                windows.TryRemove(key, out _);
            }
        }
    }

    private sealed class Window(DateTime startUtc)
    {
        public DateTime StartUtc { get; set; } = startUtc;
        public int Count { get; set; }
        public bool Removed { get; set; }
    }
}

public sealed class ClientLinkRateLimits
{
    public int PermitLimit { get; set; } = 300;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(5);
}
