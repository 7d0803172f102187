using System.Security.Claims;
using Onboarding.Workflows.Billing;

namespace Onboarding.Web.Shared;

public static class BillingActors
{
    /// <summary>The signed-in user as billing services check them: id, name for audit lines, roles.</summary>
    public static async Task<BillingActor> BillingActorAsync(this CurrentUser user) =>
        new(await user.IdAsync() ?? "", await user.NameAsync(), await user.RolesAsync());

    /// <summary>The same for an endpoint's request user.</summary>
    public static BillingActor Of(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "", user.Identity?.Name ?? "", [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)]);
}
