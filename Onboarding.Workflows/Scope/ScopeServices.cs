using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Workflows.Scope.Sow;

namespace Onboarding.Workflows.Scope;

public static class ScopeServices
{
    /// <summary>The scope guard: statements of work, change requests, check-ins and their e-mails.</summary>
    public static IServiceCollection AddScopeGuard(this IServiceCollection services)
    {
        services.AddSingleton<ScopeMail>();
        services.AddSingleton(sp => ScopeOptions.From(sp.GetService<IConfiguration>()));
        services.AddSingleton<SowDrafts>();
        services.AddSingleton<SowSending>();
        services.AddSingleton<SowFollowUp>();
        services.AddSingleton<SowQueries>();
        services.AddSingleton<ClientScope>();
        services.AddSingleton<CheckIns.ScopeCheckIns>();
        services.AddSingleton<CheckIns.ScopeCheckInQueries>();
        return services;
    }
}
