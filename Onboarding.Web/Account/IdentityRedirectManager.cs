using Microsoft.AspNetCore.Components;

namespace Onboarding.Web.Account;

/// <summary>Redirects from the static sign-in pages, refusing open redirects to other hosts.</summary>
internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public void RedirectTo(string? uri)
    {
        uri ??= "";
        if (!Uri.IsWellFormedUriString(uri, UriKind.Relative) || uri.StartsWith("//", StringComparison.Ordinal))
        {
            uri = navigationManager.ToBaseRelativePath(uri);
        }
        navigationManager.NavigateTo(uri);
    }
}
