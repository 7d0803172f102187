using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Onboarding.Workflows.ClientLinks;

namespace Onboarding.Workflows.Questionnaires.Answering;

public static class AnsweringServices
{
    /// <summary>The client's questionnaire answering and the client links' rate limits. Needs an <see cref="IUploadStore"/> and the engine's services.</summary>
    public static IServiceCollection AddQuestionnaireAnswering(this IServiceCollection services, ClientLinkRateLimits? limits = null)
    {
        // The client links' limits as configured (the engine's services register the defaults).
        services.Replace(ServiceDescriptor.Singleton(limits ?? new ClientLinkRateLimits()));
        services.AddSingleton<QuestionnaireAnswering>();
        return services;
    }
}
