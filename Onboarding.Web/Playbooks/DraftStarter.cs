using Microsoft.AspNetCore.Components;
using MudBlazor;
using Onboarding.Web.Shared;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Web.Playbooks;

/// <summary>Starts the next draft of a playbook from one of its versions and opens it in the designer (from the list or a version's page).</summary>
public sealed class DraftStarter(PlaybookCatalog catalog, CurrentUser currentUser, ISnackbar snackbar, NavigationManager navigation)
{
    /// <summary>False, with the catalog's reason shown, when it could not (e.g. another draft is open).</summary>
    public async Task<bool> StartFromAsync(Guid versionId, int versionNumber)
    {
        var by = await currentUser.NameAsync();
        Guid draftId = default;
        if (!await snackbar.TryAsync(async () => draftId = await catalog.NewDraftAsync(versionId, by))) return false;
        snackbar.Add($"Draft started from version {versionNumber}.", Severity.Success);
        navigation.NavigateTo($"/playbooks/versions/{draftId}");
        return true;
    }
}
