using Microsoft.Extensions.DependencyInjection;
using Onboarding.Workflows.ClientLinks;

namespace Onboarding.Workflows.Questionnaires.Answering;

public static class AnsweringServices
{
    /// <summary>The client's questionnaire answering and its per-link rate limit. Needs an <see cref="IUploadStore"/>.</summary>
    public static IServiceCollection AddQuestionnaireAnswering(this IServiceCollection services, ClientLinkRateLimits? limits = null)
    {
        services.AddSingleton(limits ?? new ClientLinkRateLimits());
        services.AddSingleton(sp => new ClientLinkRateLimiter(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ClientLinkRateLimits>()));
        services.AddSingleton<ClientLinkGate>();
        services.AddSingleton<QuestionnaireAnswering>();
        return services;
    }
}
