using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;

namespace Onboarding.Domain.Audit;

/// <summary>Reads the audit trail of one subject, newest first.</summary>
public sealed class AuditTrail(IDbContextFactory<OnboardingDbContext> dbFactory)
{
    public async Task<IReadOnlyList<AuditEntry>> ForSubjectAsync(
        string subjectType, string subjectId, int take = 200, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.SubjectType == subjectType && a.SubjectId == subjectId)
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Take(take)
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<AuditEntry>> ForSubjectTypeAsync(
        string subjectType, int take = 200, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AuditEntries.AsNoTracking()
            .Where(a => a.SubjectType == subjectType)
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Take(take)
            .ToListAsync(ct);
    }
}
