using Onboarding.Domain.Playbooks;
using Onboarding.Tests.Questionnaires.Sending;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Onboardings.Readiness;

namespace Onboarding.Tests.Onboardings.Readiness;

/// <summary>Drives a started onboarding of the default playbook through the engine, as the team would, and reaches the readiness services.</summary>
internal static class ReadinessWorld
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static SuccessGoals Goals(this OnboardingWorld world) => world.Host.Get<SuccessGoals>();
    public static CommunicationPlans CommunicationPlans(this OnboardingWorld world) => world.Host.Get<CommunicationPlans>();
    public static ReportingPlans ReportingPlans(this OnboardingWorld world) => world.Host.Get<ReportingPlans>();
    public static BrandGuidelinesRecords BrandGuidelines(this OnboardingWorld world) => world.Host.Get<BrandGuidelinesRecords>();
    public static ReadinessQueries Readiness(this OnboardingWorld world) => world.Host.Get<ReadinessQueries>();

    /// <summary>
    /// Completes open work items in order (the deposit is paid when the contract stage is done; the questionnaire comes back
    /// as soon as the welcome e-mail is sent) until the one titled <paramref name="title"/> is open, and returns it. Tech setup,
    /// a parallel branch, is left alone.
    /// </summary>
    public static async Task<WorkItem> DriveToAsync(this OnboardingWorld world, StartedOnboarding started, string title)
    {
        var depositPaid = false;
        for (var guard = 0; guard < 40; guard++)
        {
            var open = await world.Host.OpenWorkItemsAsync(started.InstanceId);
            if (open.FirstOrDefault(w => w.Title == title) is { } target) return target;
            var next = open.FirstOrDefault(w => w.Stage != "Tech setup");
            if (next is null && !depositPaid)
            {
                await world.Host.Runtime.DeliverMessageAsync(KnownMessages.DepositPaid, started.Id.ToString(), null, "finance@test", Ct);
                depositPaid = true;
                continue;
            }
            if (next is null) break;
            if (next.Title == "Send welcome email with questionnaire")
            {
                // Sending the questionnaire completes the step through its gate.
                await world.SendQuestionnaireAsync(started);
                await world.Host.Runtime.DeliverMessageAsync(KnownMessages.QuestionnaireSubmitted, started.Id.ToString(), null, "client", Ct);
                continue;
            }
            await world.Host.Runtime.CompleteWorkItemAsync(next.Id, "am@test", null, Ct);
        }
        throw new InvalidOperationException($"'{title}' never opened.");
    }

    public static Task CompleteAsync(this OnboardingWorld world, WorkItem item) =>
        world.Host.Runtime.CompleteWorkItemAsync(item.Id, "am@test", null, Ct);

    public static async Task<WorkItemStatus> StatusAsync(this OnboardingWorld world, WorkItem item) =>
        await world.Host.QueryAsync(db => Task.FromResult(db.WorkItems.Single(w => w.Id == item.Id).Status));
}
