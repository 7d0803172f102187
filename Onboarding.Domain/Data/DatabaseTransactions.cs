using Microsoft.EntityFrameworkCore;

namespace Onboarding.Domain.Data;

public static class DatabaseTransactions
{
    /// <summary>
    /// Runs <paramref name="work"/> on a fresh context in one transaction, committed when it returns (it saves its own
    /// changes). The transaction runs under the provider's execution strategy: SQL Server's retry on failure refuses a
    /// transaction begun outside it, and retries the whole unit on a transient error, so <paramref name="work"/> must keep no
    /// state between runs. On SQLite the transaction begins IMMEDIATE: writers queue for the lock instead of racing.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this IDbContextFactory<OnboardingDbContext> databases, Func<OnboardingDbContext, Task<T>> work, CancellationToken ct)
    {
        await using var outer = await databases.CreateDbContextAsync(ct);
        return await outer.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var db = await databases.CreateDbContextAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work(db);
            await transaction.CommitAsync(ct);
            return result;
        });
    }
}
