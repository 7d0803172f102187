using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Domain.Questionnaires;

namespace Onboarding.Workflows.Questionnaires;

/// <summary>Ships the default questionnaire template (published, version 1) on first start; idempotent.</summary>
public sealed class QuestionnaireTemplateSeeder(IDbContextFactory<OnboardingDbContext> databases, TimeProvider clock)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        if (await db.QuestionnaireTemplates.AnyAsync(t => t.Key == DefaultQuestionnaireTemplate.Key, ct)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        db.QuestionnaireTemplates.Add(new QuestionnaireTemplate
        {
            Id = Guid.NewGuid(), Key = DefaultQuestionnaireTemplate.Key, Version = 1, Name = DefaultQuestionnaireTemplate.Name,
            Status = TemplateStatus.Published, Definition = DefaultQuestionnaireTemplate.Definition,
            CreatedAtUtc = now, CreatedBy = "System", UpdatedAtUtc = now, UpdatedBy = "System",
            PublishedAtUtc = now, PublishedBy = "System", ConcurrencyToken = Guid.NewGuid(),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node seeded it at the same moment (unique key and version); anything else fails the start.
            await using var again = await databases.CreateDbContextAsync(ct);
            if (!await again.QuestionnaireTemplates.AnyAsync(t => t.Key == DefaultQuestionnaireTemplate.Key, ct)) throw;
        }
    }
}
