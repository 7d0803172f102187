using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Onboarding.Workflows.Automations;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Tests.Playbooks;

/// <summary>
/// bUnit with MudBlazor's dialog provider and the real import reader, for the dialogs that create or replace a playbook
/// from a file or a template; <see cref="Created"/> records what they send.
/// </summary>
public abstract class PlaybookDialogContext : BunitContext
{
    protected PlaybookDialogContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(new PlaybookImport(new PlaybookChecks(new AutomationRegistry([]))));
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

    /// <summary>Chooses a file in the dialog's file picker.</summary>
    protected void Upload(string fileName, byte[] bytes) =>
        Provider.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(bytes, fileName));

    protected Task<IDialogReference> ShowAsync<TDialog>(string title, DialogParameters<TDialog> parameters) where TDialog : IComponent =>
        Provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<TDialog>(title, parameters));
}
