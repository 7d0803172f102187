using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Onboardings.Gates;

namespace Onboarding.Workflows.Onboardings.Readiness;

/// <summary>Reads an onboarding's readiness records in one short unit of work.</summary>
public sealed class ReadinessQueries(IDbContextFactory<OnboardingDbContext> databases)
{
    /// <summary>Null when the onboarding does not exist.</summary>
    public async Task<ReadinessView?> GetAsync(Guid onboardingId, CancellationToken ct = default)
    {
        await using var db = await databases.CreateDbContextAsync(ct);
        var onboarding = await db.Onboardings.AsNoTracking().Where(o => o.Id == onboardingId)
            .Select(o => new { o.ClientId, o.Client!.CompanyName, o.StartDate }).SingleOrDefaultAsync(ct);
        if (onboarding is null) return null;
        var contacts = await db.ClientContacts.AsNoTracking().Where(c => c.ClientId == onboarding.ClientId).OrderBy(c => c.Position).ThenBy(c => c.Id)
            .Select(c => new KeyContact(c.Id, c.Name, c.Role, c.JobTitle, c.Email, c.Phone)).ToListAsync(ct);
        return new ReadinessView(
            onboardingId,
            onboarding.ClientId,
            onboarding.CompanyName,
            onboarding.StartDate,
            await GateEvidenceReader.ReadAsync(db, onboardingId, ct),
            await db.SuccessGoals.AsNoTracking().Where(g => g.OnboardingId == onboardingId).OrderBy(g => g.Position).ThenBy(g => g.Id).ToListAsync(ct),
            contacts,
            await db.CommunicationPlans.AsNoTracking().SingleOrDefaultAsync(p => p.OnboardingId == onboardingId, ct),
            await db.ReportingPlans.AsNoTracking().SingleOrDefaultAsync(p => p.OnboardingId == onboardingId, ct),
            await db.BrandGuidelines.AsNoTracking().SingleOrDefaultAsync(g => g.OnboardingId == onboardingId, ct));
    }
}
