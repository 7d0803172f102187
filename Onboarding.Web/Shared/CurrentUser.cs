using Microsoft.AspNetCore.Components.Authorization;

namespace Onboarding.Web.Shared;

/// <summary>The signed-in person's name, as written in the audit trail, and their user id.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authState)
{
    public async Task<string> NameAsync()
    {
        var state = await authState.GetAuthenticationStateAsync();
        return state.User.Identity?.Name
            ?? throw new InvalidOperationException("No one is signed in; staff pages require sign-in.");
    }

    public async Task<string?> IdAsync()
    {
        var state = await authState.GetAuthenticationStateAsync();
        return state.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
    }
}
