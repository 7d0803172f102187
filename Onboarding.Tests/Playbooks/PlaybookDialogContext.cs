using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Playbooks;

/// <summary>bUnit with MudBlazor's dialog provider, for the dialogs that create a playbook; <see cref="Created"/> records what they send.</summary>
public abstract class PlaybookDialogContext : BunitContext
{
    /// <param name="services">More services the dialog needs (the provider is built before the constructor returns).</param>
    protected PlaybookDialogContext(Action<IServiceCollection>? services = null)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        services?.Invoke(Services);
        Render<MudPopoverProvider>();
        Provider = Render<MudDialogProvider>();
    }

    protected List<NewPlaybook> Created { get; } = [];

    protected IRenderedComponent<MudDialogProvider> Provider { get; }

    /// <summary>A create function that records the request and answers a new draft id.</summary>
    protected Task<Guid> Record(NewPlaybook request)
    {
        Created.Add(request);
        return Task.FromResult(Guid.NewGuid());
    }

    protected Task<IDialogReference> ShowAsync<TDialog>(string title, DialogParameters<TDialog> parameters) where TDialog : IComponent =>
        Provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<TDialog>(title, parameters));
}
