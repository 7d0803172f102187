using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Onboarding.Domain.People;

namespace Onboarding.Web.Account;

internal static class AccountEndpoints
{
    /// <summary>Sign-out is a form post (antiforgery-checked), never a link.</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/Account/Logout", async (
            [FromServices] SignInManager<AppUser> signInManager,
            [FromServices] ILoggerFactory loggers,
            HttpContext context) =>
        {
            loggers.CreateLogger("Onboarding.Account").LogInformation("{User} signed out", context.User.Identity?.Name);
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login");
        });
    }
}
