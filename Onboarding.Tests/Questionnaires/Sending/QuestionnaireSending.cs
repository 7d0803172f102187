using Onboarding.Tests.Onboardings;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Questionnaires;
using Onboarding.Workflows.Questionnaires.Sending;

namespace Onboarding.Tests.Questionnaires.Sending;

/// <summary>Sends an onboarding's questionnaire as the account manager does from the Questionnaire tab.</summary>
internal static class QuestionnaireSending
{
    public static QuestionnaireSender Sender(this OnboardingWorld world) => world.Host.Get<QuestionnaireSender>();

    /// <summary>Ships the default questionnaire template (as the app does at start) and sends the welcome e-mail to the default recipient.</summary>
    public static async Task<SentQuestionnaire> SendQuestionnaireAsync(this OnboardingWorld world, StartedOnboarding started)
    {
        var ct = TestContext.Current.CancellationToken;
        await world.Host.Get<QuestionnaireTemplateSeeder>().SeedAsync(ct);
        var to = (await world.Sender().RecipientsAsync(started.Id, ct))[0];
        return await world.Sender().SendAsync(started.Id, to.ContactId, "am@test", ct: ct);
    }
}
