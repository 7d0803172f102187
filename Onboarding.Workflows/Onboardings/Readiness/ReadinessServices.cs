using Microsoft.Extensions.DependencyInjection;

namespace Onboarding.Workflows.Onboardings.Readiness;

public static class ReadinessServices
{
    /// <summary>The readiness records' services (goals, communication and reporting plans, brand guidelines) and their read model.</summary>
    public static IServiceCollection AddReadinessRecords(this IServiceCollection services)
    {
        services.AddSingleton<ReadinessRecorder>();
        services.AddSingleton<SuccessGoals>();
        services.AddSingleton<CommunicationPlans>();
        services.AddSingleton<ReportingPlans>();
        services.AddSingleton<BrandGuidelinesRecords>();
        services.AddSingleton<ReadinessQueries>();
        return services;
    }
}
