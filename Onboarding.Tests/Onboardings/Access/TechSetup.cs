using Onboarding.Tests.Questionnaires.Sending;
using Onboarding.Workflows.Messages;
using Onboarding.Workflows.Onboardings;

namespace Onboarding.Tests.Onboardings.Access;

/// <summary>Drives a started onboarding of the default playbook to its tech setup, through the real runtime.</summary>
internal static class TechSetup
{
    /// <summary>Completes every work item up to and including "Request access per platform": "Verify access granted" is then open.</summary>
    public static async Task DriveToVerifyAccessAsync(OnboardingWorld world, StartedOnboarding started)
    {
        var ct = TestContext.Current.CancellationToken;
        await CompleteStageAsync(world, started, "Contract & payment");
        await world.Host.Runtime.DeliverMessageAsync(KnownMessages.DepositPaid, started.Id.ToString(), null, "finance@test", ct);
        await CompleteStageAsync(world, started, "Internal kickoff");
        await world.SendQuestionnaireAsync(started); // completes "Send welcome email with questionnaire" through its gate
        await world.Host.Runtime.DeliverMessageAsync(KnownMessages.QuestionnaireSubmitted, started.Id.ToString(), null, "client", ct);
        await world.Host.CompleteAsync(started.InstanceId, "Request access per platform", "ops@test");
    }

    private static async Task CompleteStageAsync(OnboardingWorld world, StartedOnboarding started, string stage)
    {
        for (var guard = 0; guard < 20; guard++)
        {
            var open = (await world.Host.OpenWorkItemsAsync(started.InstanceId)).FirstOrDefault(w => w.Stage == stage);
            if (open is null) return;
            await world.Host.Runtime.CompleteWorkItemAsync(open.Id, "am@test", null, TestContext.Current.CancellationToken);
        }
        throw new InvalidOperationException($"The stage {stage} did not finish.");
    }
}
