namespace Onboarding.Web.Onboardings;

/// <summary>
/// The saves this circuit (this person's browser tab) is making right now. A change notice raised while one is in
/// progress came from here; any other came from someone else, and the page says what changed.
/// </summary>
public sealed class OnboardingEdits
{
    private int inProgress;

    public bool InProgress => Volatile.Read(ref inProgress) > 0;

    /// <summary>Marks a save as this circuit's until the returned handle is disposed.</summary>
    public IDisposable Begin()
    {
        Interlocked.Increment(ref inProgress);
        return new Edit(this);
    }

    private sealed class Edit(OnboardingEdits owner) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) Interlocked.Decrement(ref owner.inProgress);
        }
    }
}
