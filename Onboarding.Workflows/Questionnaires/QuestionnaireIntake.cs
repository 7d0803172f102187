using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;

namespace Onboarding.Workflows.Questionnaires;

/// <summary>
/// Fills the onboarding from a submitted questionnaire's answers: contacts, goals, platforms (seeding the access
/// tracker) and brand files. Called once the client submits.
/// </summary>
public sealed class QuestionnaireIntake(IDbContextFactory<OnboardingDbContext> databases)
{
    // FOUNDATION PLACEHOLDER: the questionnaire-intake part of issue 7 replaces this body.
    public Task ApplyAsync(Guid questionnaireId, string by, CancellationToken ct = default)
    {
        _ = databases;
        return Task.CompletedTask;
    }
}
