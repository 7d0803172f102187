using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Data;

namespace Onboarding.Workflows.Runtime;

internal static class UnitOfWork
{
    /// <summary>
    /// A context whose connection stays open for the whole unit (its reads and the save), instead of
    /// being opened again for every query: a step does a few queries and one save.
    /// </summary>
    public static async Task<OnboardingDbContext> OpenUnitAsync(this IDbContextFactory<OnboardingDbContext> databases, CancellationToken ct)
    {
        var db = await databases.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        return db;
    }
}
