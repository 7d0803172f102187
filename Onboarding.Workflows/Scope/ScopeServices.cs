using Microsoft.Extensions.DependencyInjection;

namespace Onboarding.Workflows.Scope;

public static class ScopeServices
{
    /// <summary>The scope guard: statements of work, change requests, check-ins and their e-mails.</summary>
    public static IServiceCollection AddScopeGuard(this IServiceCollection services)
    {
        services.AddSingleton<ScopeMail>();
        services.AddSingleton<CheckIns.ScopeCheckIns>();
        services.AddSingleton<CheckIns.ScopeCheckInQueries>();
        return services;
    }
}
