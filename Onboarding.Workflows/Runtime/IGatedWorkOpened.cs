namespace Onboarding.Workflows.Runtime;

/// <summary>
/// Told after the scheduler committed timer steps that opened gated work items (the cadence opening a "Scope check-in"),
/// so that a gate already met when its item opens (a check-in recorded early) completes the item by itself, as it would
/// after a save. Must not throw: the timers have fired whatever it does.
/// </summary>
public interface IGatedWorkOpened
{
    Task OpenedAsync(IReadOnlyCollection<Guid> instanceIds, CancellationToken ct);
}
