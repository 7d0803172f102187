using Microsoft.AspNetCore.Components;
using Onboarding.Domain.Onboardings;

namespace Onboarding.Web.Onboardings;

/// <summary>
/// A part of the onboarding page that loads its own data and reloads, without a page reload, whenever a save
/// touches this onboarding or its workflow (another user, the scheduler, an automation, or this page).
/// </summary>
public abstract class OnboardingSection : ComponentBase, IDisposable
{
    private IDisposable? watch;
    private Guid watchedId;

    [Inject] private OnboardingChanges Changes { get; set; } = default!;

    [Parameter, EditorRequired] public Guid OnboardingId { get; set; }

    /// <summary>The onboarding's workflow instance; work item and engine changes are raised under its id.</summary>
    [Parameter, EditorRequired] public Guid InstanceId { get; set; }

    protected bool Loading { get; private set; } = true;

    protected abstract Task LoadAsync();

    /// <summary>Loads when first shown or shown for another onboarding; later changes arrive through the watch, not through the parent re-rendering.</summary>
    protected override async Task OnParametersSetAsync()
    {
        if (watch is not null && watchedId == OnboardingId) return;
        watch?.Dispose();
        watchedId = OnboardingId;
        watch = Changes.Watch([OnboardingId, InstanceId], () => _ = InvokeAsync(ReloadAsync));
        Loading = true;
        await LoadAsync();
        Loading = false;
    }

    private async Task ReloadAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    public void Dispose()
    {
        watch?.Dispose();
        GC.SuppressFinalize(this);
    }
}
