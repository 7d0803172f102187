namespace Onboarding.Domain.Onboardings;

/// <summary>
/// In-process notice that onboardings changed, raised after a save commits (see
/// <see cref="OnboardingChangeInterceptor"/>). Each notice names the ids it touched: onboarding ids and
/// workflow instance ids. Open pages watch the ids they show and reload, so a page updates when another
/// user, the scheduler or an automation moves the same onboarding.
/// </summary>
public sealed class OnboardingChanges
{
    private readonly Lock gate = new();
    private readonly List<Watcher> watchers = [];

    /// <summary>Calls <paramref name="changed"/> after every commit that touches one of <paramref name="ids"/>, or any commit when <paramref name="ids"/> is empty.</summary>
    public IDisposable Watch(IReadOnlyCollection<Guid> ids, Action changed)
    {
        var watcher = new Watcher(this, ids.ToHashSet(), changed);
        lock (gate) watchers.Add(watcher);
        return watcher;
    }

    /// <summary>Tells the watchers of any of <paramref name="ids"/>. A watcher that throws does not stop the others.</summary>
    public void Raise(IReadOnlyCollection<Guid> ids)
    {
        if (ids.Count == 0) return;
        Watcher[] current;
        lock (gate) current = [.. watchers];
        foreach (var watcher in current)
        {
            if (watcher.Ids.Count > 0 && !ids.Any(watcher.Ids.Contains)) continue;
            try
            {
                watcher.Changed();
            }
            catch (Exception)
            {
                // A page that went away while being told; the others still hear of it.
            }
        }
    }

    private sealed record Watcher(OnboardingChanges Owner, HashSet<Guid> Ids, Action Changed) : IDisposable
    {
        public void Dispose()
        {
            lock (Owner.gate) Owner.watchers.Remove(this);
        }
    }
}
