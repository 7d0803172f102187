using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;

namespace Onboarding.Workflows.Playbooks;

/// <summary>Ships the default playbook: created and published once, left alone afterwards (firms edit it).</summary>
public sealed class PlaybookSeeder(IDbContextFactory<OnboardingDbContext> databases, PlaybookCatalog catalog)
{
    public const string SystemActor = "system";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await using (var db = await databases.CreateDbContextAsync(ct))
        {
            if (await db.Playbooks.AnyAsync(p => p.Key == DefaultPlaybook.Key, ct)) return;
        }
        var draft = await catalog.CreateAsync(
            new NewPlaybook(DefaultPlaybook.Key, DefaultPlaybook.Name, "Seven stages from signed contract to a well-scoped engagement.", DefaultPlaybook.Xml, DefaultPlaybook.Stages),
            SystemActor, ct);
        await catalog.PublishAsync(draft, SystemActor, ct);
    }
}
