using Onboarding.Workflows.ClientLinks;
using System.Threading.RateLimiting;
using Onboarding.Workflows.Questionnaires;
using Onboarding.Workflows.Questionnaires.Answering;

namespace Onboarding.Web.ClientPortal;

/// <summary>The pages clients open without logging in (<c>/q/{token}</c>): upload store, answering, rate limits, headers.</summary>
public static class ClientPortalSetup
{
    public const string RateLimitPolicy = "client-link";

    /// <summary>Opening Blazor circuits without signing in: per address, so nobody can hold thousands of circuits open.</summary>
    public const string AnonymousCircuitPolicy = "anonymous-circuits";

    public static IServiceCollection AddClientPortal(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IUploadStore>(sp =>
        {
            var env = sp.GetRequiredService<IWebHostEnvironment>();
            var root = configuration["Storage:Uploads"] is { Length: > 0 } configured
                ? Path.Combine(env.ContentRootPath, configured)
                : Path.Combine(env.ContentRootPath, "App_Data", "uploads");
            return new FileSystemUploadStore(root, sp.GetRequiredService<TimeProvider>(), env.WebRootPath);
        });
        var limits = new ClientLinkRateLimits();
        configuration.GetSection("ClientLinks:RateLimit").Bind(limits);
        services.AddQuestionnaireAnswering(limits);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(ClientPortalHeaders.TooManyRequestsPage, ct);
            };
            options.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Request.RouteValues["token"]?.ToString() ?? http.Request.Path.Value ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 60, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            options.AddPolicy(AnonymousCircuitPolicy, http => http.User.Identity?.IsAuthenticated == true
                ? RateLimitPartition.GetNoLimiter("staff")
                : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 120, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    /// <summary>Before the Razor components are mapped: rate limiting and the privacy headers of the client pages.</summary>
    public static WebApplication UseClientPortal(this WebApplication app)
    {
        app.UseRateLimiter();
        app.Use((context, next) =>
        {
            if (IsClientPath(context.Request.Path)) ClientPortalHeaders.Apply(context.Response);
            return next(context);
        });
        return app;
    }

    /// <summary>The client pages: the questionnaire (<c>/q</c>), the scope approval (<c>/s</c>) and change-request approval (<c>/cr</c>).</summary>
    public static bool IsClientPath(PathString path) =>
        path.StartsWithSegments("/q") || path.StartsWithSegments("/s") || path.StartsWithSegments("/cr");
}

public static class ClientPortalCircuits
{
    /// <summary>
    /// Lets a client without an account open a Blazor circuit (the <c>_blazor</c> hub), which the app's
    /// signed-in fallback policy otherwise refuses (rate limited per address for anonymous callers). Pages stay protected by
    /// their own <c>[Authorize]</c> attributes, which the router checks inside a circuit too.
    /// </summary>
    public static RazorComponentsEndpointConventionBuilder AllowAnonymousCircuits(this RazorComponentsEndpointConventionBuilder builder)
    {
        builder.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder route && route.RoutePattern.RawText?.Contains("_blazor", StringComparison.Ordinal) == true)
            {
                endpoint.Metadata.Add(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute());
                endpoint.Metadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(ClientPortalSetup.AnonymousCircuitPolicy));
            }
        });
        return builder;
    }
}

public static class ClientPortalHeaders
{
    public static void Apply(HttpResponse response)
    {
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        response.Headers.CacheControl = "no-store";
    }

    public const string TooManyRequestsPage =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
        "<title>Too many requests</title></head><body style=\"font-family:sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem\">" +
        "<h1>Too many requests</h1><p>This link was used very often in a short time. Please wait a minute and reload the page.</p></body></html>";
}
