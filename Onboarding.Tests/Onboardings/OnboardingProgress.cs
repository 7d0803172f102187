using Onboarding.Tests.Questionnaires.Sending;
using Onboarding.Workflows.Onboardings;

namespace Onboarding.Tests.Onboardings;

/// <summary>Moves a started onboarding along the default playbook, as its people would.</summary>
internal static class OnboardingProgress
{
    /// <summary>
    /// Completes open work items, and the ones they open, until none is open (the workflow waits for the client, a payment or a
    /// timer). The welcome e-mail step is done as the account manager does it: by sending the questionnaire (its gate then completes it).
    /// </summary>
    public static async Task CompleteOpenWorkAsync(this OnboardingWorld world, StartedOnboarding started, string by = "am@test")
    {
        for (var round = 0; round < 20; round++)
        {
            var open = await world.Host.OpenWorkItemsAsync(started.InstanceId);
            if (open.Count == 0) return;
            foreach (var item in open)
            {
                if (item.Gate == "questionnaire-sent") await world.SendQuestionnaireAsync(started);
                else await world.Host.Runtime.CompleteWorkItemAsync(item.Id, by, null, TestContext.Current.CancellationToken);
            }
        }
        throw new InvalidOperationException("Work items kept opening after 20 rounds.");
    }

    public static Task PayDepositAsync(this OnboardingWorld world, StartedOnboarding started) =>
        world.Host.Runtime.DeliverMessageAsync("DepositPaid", started.Id.ToString(), null, "finance@test", TestContext.Current.CancellationToken);
}
