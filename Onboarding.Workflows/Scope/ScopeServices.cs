using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Workflows.Scope.Sow;
using Onboarding.Workflows.Scope.ChangeRequests;

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
        services.AddChangeRequests();
        return services;
    }

    /// <summary>Change requests: raising and editing, client approval, billing, the log.</summary>
    private static void AddChangeRequests(this IServiceCollection services)
    {
        services.AddSingleton<ChangeRequestEditor>();
        services.AddSingleton<ChangeRequestSender>();
        services.AddSingleton<ChangeRequestForms>();
        services.AddSingleton<ChangeRequestFollowUp>();
        services.AddSingleton<ChangeRequestApproval>();
        services.AddSingleton<ClientChangeRequestDesk>();
        services.AddSingleton<ChangeRequestBilling>();
        services.AddSingleton<ChangeRequestLogQuery>();
        services.AddSingleton<ChangeRequestQueries>();
    }
}
