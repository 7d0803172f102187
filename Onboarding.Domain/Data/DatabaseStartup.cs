using Microsoft.EntityFrameworkCore;

namespace Onboarding.Domain.Data;

/// <summary>Brings the database to the latest migration of its provider. Never EnsureCreated.</summary>
public static class DatabaseStartup
{
    public static async Task MigrateAsync(IDbContextFactory<OnboardingDbContext> factory, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging: readers never block the writer, and commits are cheap. Kept in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
