using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Onboarding.Workflows.Automations;
using Onboarding.Workflows.Conditions;
using Onboarding.Workflows.Engine;
using Onboarding.Workflows.Monitoring;
using Onboarding.Workflows.MyWork;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Onboardings.Access;
using Onboarding.Workflows.Onboardings.Board;
using Onboarding.Workflows.Onboardings.Gates;
using Onboarding.Workflows.Onboardings.Readiness;
using Onboarding.Workflows.Onboardings.Kickoff;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Workflows.Runtime;

public static class WorkflowServices
{
    /// <summary>
    /// The engine's runtime, catalog and monitor. Needs a <see cref="TimeProvider"/> and an
    /// <c>IDbContextFactory&lt;OnboardingDbContext&gt;</c>. The scheduler loop
    /// (<see cref="WorkflowSchedulerService"/>) is added by the host.
    /// </summary>
    public static IServiceCollection AddOnboardingWorkflows(this IServiceCollection services, WorkflowOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton<IBusinessCalendar>(options.CreateCalendar());
        services.AddSingleton<IConditionEvaluator, JintConditionEvaluator>();
        services.AddSingleton<StepEnvironmentFactory>();
        services.AddSingleton<ProcessModelCache>();
        services.AddSingleton<InstanceStepper>();
        services.AddSingleton<WorkflowSignal>();
        services.AddSingleton<IWorkItemGuard, GateGuard>();
        services.AddSingleton<WorkflowRuntime>();
        services.AddSingleton<GateAdvancer>();
        services.AddSingleton<IGatedWorkOpened, GatesOnOpenedWork>();
        services.AddSingleton<AutomationRunner>();
        services.AddSingleton<WorkflowScheduler>();
        services.AddSingleton<IAutomation, SetVariablesAutomation>();
        services.AddSingleton(sp => new AutomationRegistry(sp.GetServices<IAutomation>()));
        services.AddSingleton<PlaybookChecks>();
        services.AddSingleton<PlaybookImport>();
        services.AddSingleton<PlaybookCatalog>();
        services.AddSingleton<PlaybookSeeder>();
        services.AddSingleton<OnboardingStarter>();
        services.AddSingleton<KickoffPlanner>();
        services.AddSingleton<OnboardingQueries>();
        services.AddSingleton<AccessTracker>();
        services.AddSingleton<Onboardings.Work.OnboardingWorkQuery>();
        services.AddSingleton<Onboardings.Work.WorkItemActions>();
        services.AddSingleton<Onboardings.Timeline.ITimelineSource, Onboardings.Timeline.JournalTimelineSource>();
        services.AddSingleton<Onboardings.Timeline.ITimelineSource, Onboardings.Timeline.CommentTimelineSource>();
        services.AddSingleton<Onboardings.Timeline.ITimelineSource, Onboardings.Timeline.AuditTimelineSource>();
        services.AddSingleton<Onboardings.Timeline.ITimelineSource, Onboardings.Timeline.EmailTimelineSource>();
        services.AddSingleton<Onboardings.Timeline.OnboardingTimeline>();
        services.AddSingleton<MyWorkQuery>();
        services.AddReadinessRecords();
        services.AddSingleton<BoardQuery>();
        services.AddSingleton<DemoOnboardings>();
        services.AddSingleton<WorkflowMonitor>();
        services.AddSingleton<WorkflowFigureQuery>();
        services.AddSingleton<ClientLinks.ClientLinks>();
        services.TryAddSingleton(new ClientLinks.ClientLinkRateLimits());
        services.AddSingleton(sp => new ClientLinks.ClientLinkRateLimiter(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ClientLinks.ClientLinkRateLimits>()));
        services.AddSingleton<ClientLinks.ClientLinkGate>();
        services.AddSingleton<Mail.EmailComposer>();
        services.AddSingleton<Mail.EmailTemplateEditor>();
        services.AddSingleton<Mail.Outbox>();
        services.TryAddSingleton(new Mail.PublicUrls(null));
        services.AddSingleton<Questionnaires.QuestionnaireIntake>();
        services.AddSingleton<Questionnaires.QuestionnaireFollowUp>();
        services.AddSingleton<Questionnaires.QuestionnaireTemplateSeeder>();
        services.AddSingleton<Questionnaires.Templates.QuestionnaireTemplateCatalog>();
        services.AddSingleton<Questionnaires.Sending.QuestionnaireMail>();
        services.AddSingleton<Questionnaires.Sending.QuestionnaireSender>();
        services.AddSingleton<Questionnaires.Sending.QuestionnaireReminders>();
        services.AddSingleton<Questionnaires.Sending.QuestionnaireOverviews>();
        services.AddSingleton<IAutomation, Questionnaires.Sending.QuestionnaireReminderAutomation>();
        services.AddSingleton<IAutomation, Questionnaires.Sending.QuestionnaireOverdueAlertAutomation>();
        Scope.ScopeServices.AddScopeGuard(services);
        Billing.BillingServices.AddBilling(services);
        return services;
    }
}
