using Microsoft.AspNetCore.Components.Authorization;

namespace Onboarding.Web.Shared;

/// <summary>The signed-in person's name, as written in the audit trail, their user id and roles.</summary>
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

    /// <summary>The role names the sign-in put in the cookie (see <c>Roles</c>).</summary>
    public async Task<IReadOnlyList<string>> RolesAsync()
    {
        var state = await authState.GetAuthenticationStateAsync();
        return [.. state.User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value)];
    }
}
