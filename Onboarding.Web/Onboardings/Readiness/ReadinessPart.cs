using Microsoft.AspNetCore.Components;
using MudBlazor;
using Onboarding.Web.Shared;
using Onboarding.Workflows.Onboardings.Gates;

namespace Onboarding.Web.Onboardings.Readiness;

/// <summary>
/// What every section of the readiness tab shares: the onboarding, the gate evidence its mark is drawn from,
/// acting as the signed-in person, confirming what removes a record, and telling the tab to reload.
/// </summary>
public abstract class ReadinessPart : ComponentBase
{
    [Inject] protected CurrentUser CurrentUser { get; set; } = default!;
    [Inject] protected IDialogService Dialogs { get; set; } = default!;
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] protected OnboardingEdits Edits { get; set; } = default!;

    [Parameter, EditorRequired] public Guid OnboardingId { get; set; }

    [Parameter, EditorRequired] public GateEvidence Evidence { get; set; } = GateEvidence.Nothing;

    /// <summary>After a save or a clear: the tab reloads what is true now.</summary>
    [Parameter] public EventCallback Changed { get; set; }

    protected Task<string> ByAsync() => CurrentUser.NameAsync();

    /// <summary>Asks before a destructive action, then runs it as the signed-in person; a refusal is shown as a message.</summary>
    protected async Task ConfirmAndRunAsync(string title, string message, string yes, Func<string, Task> action, string done)
    {
        if (await Dialogs.ShowMessageBoxAsync(title, message, yesText: yes, cancelText: "Cancel") != true) return;
        var by = await ByAsync();
        bool ok;
        using (Edits.Begin()) ok = await Snackbar.TryAsync(() => action(by));
        if (ok) Snackbar.Add(done, Severity.Success);
        await Changed.InvokeAsync();
    }

    /// <summary>Called by a form after its save succeeded.</summary>
    protected async Task SavedAsync(string done)
    {
        Snackbar.Add(done, Severity.Success);
        await Changed.InvokeAsync();
    }
}
