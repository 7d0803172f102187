using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Common;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Playbooks;

namespace Onboarding.Workflows.Billing.Terms;

/// <summary>What billing needs of an onboarding: its client, start date and its playbook version's stages in order.</summary>
public sealed record BilledOnboarding(Guid Id, int ClientId, DateOnly StartDate, IReadOnlyList<string> Stages)
{
    public static async Task<BilledOnboarding> LoadAsync(OnboardingDbContext db, Guid onboardingId, CancellationToken ct)
    {
        var row = await db.Onboardings.AsNoTracking().Where(o => o.Id == onboardingId)
            .Select(o => new { o.ClientId, o.StartDate, Version = o.PlaybookVersion! }).SingleOrDefaultAsync(ct)
            ?? throw new DomainException("That onboarding no longer exists.");
        return new BilledOnboarding(onboardingId, row.ClientId, row.StartDate, [.. PlaybookCatalog.Stages(row.Version).Select(s => s.Name)]);
    }
}
