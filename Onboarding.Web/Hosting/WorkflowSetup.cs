using Onboarding.Workflows.Playbooks;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Web.Hosting;

public static class WorkflowSetup
{
    /// <summary>The workflow engine's services from the <c>Workflows</c> configuration section, and its scheduler loop.</summary>
    public static IServiceCollection AddOnboardingWorkflowEngine(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new WorkflowOptions();
        configuration.GetSection("Workflows").Bind(options);
        services.AddOnboardingWorkflows(options);
        if (configuration.GetValue("Workflows:RunScheduler", defaultValue: true))
        {
            services.AddHostedService<WorkflowSchedulerService>();
            services.AddHostedService<Onboarding.Workflows.Billing.BillingClockService>();
        }
        return services;
    }

    /// <summary>Ships the default playbook and questionnaire template on first start (published, version 1); with demo data, runs it for a few demo clients.</summary>
    public static async Task SeedPlaybooksAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<PlaybookSeeder>().SeedAsync();
        await app.Services.GetRequiredService<Onboarding.Workflows.Questionnaires.QuestionnaireTemplateSeeder>().SeedAsync();
        if (app.WantsDemoData())
        {
            await app.Services.GetRequiredService<DemoOnboardings>().SeedAsync();
        }
    }
}
