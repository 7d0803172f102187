using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace Onboarding.Tests.Web;

/// <summary>
/// Clients open a Blazor circuit without signing in (the questionnaire page), and inside a circuit the router checks only
/// a page's own attributes, not the app's signed-in fallback policy. So every interactively routed page must say who may
/// open it: [Authorize] (with a policy or not) or, for the client pages, [AllowAnonymous].
/// </summary>
public sealed class PageAuthorizationTests
{
    [Fact]
    public void EveryInteractivelyRoutedPage_SaysWhoMayOpenIt()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes<RouteAttribute>().Any())
            // Pages excluded from interactive routing are always served over HTTP, where the fallback policy applies.
            .Where(t => t.GetCustomAttribute<ExcludeFromInteractiveRoutingAttribute>() is null)
            .ToList();
        pages.Count.ShouldBeGreaterThan(10);

        var silent = pages.Where(t => t.GetCustomAttribute<AuthorizeAttribute>(inherit: true) is null
                                      && t.GetCustomAttribute<AllowAnonymousAttribute>(inherit: true) is null)
            .Select(t => t.FullName).ToList();

        silent.ShouldBeEmpty("Add @attribute [Authorize] (or a policy) to these pages: an anonymous client circuit could route to them.");
    }

    [Fact]
    public void OnlyTheClientPortal_IsOpenToAnonymousCircuits()
    {
        var anonymous = typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes<RouteAttribute>().Any())
            .Where(t => t.GetCustomAttribute<ExcludeFromInteractiveRoutingAttribute>() is null)
            .Where(t => t.GetCustomAttribute<AllowAnonymousAttribute>(inherit: true) is not null)
            .Select(t => t.Namespace).Distinct().ToList();

        anonymous.ShouldAllBe(ns => ns == "Onboarding.Web.ClientPortal" || ns!.StartsWith("Onboarding.Web.ClientPortal.", StringComparison.Ordinal) || ns == "Onboarding.Web.Components.Layout");
    }
}
