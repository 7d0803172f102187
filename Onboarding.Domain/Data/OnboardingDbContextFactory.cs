using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Onboarding.Domain.Onboardings;

namespace Onboarding.Domain.Data;

/// <summary>
/// Creates short-lived contexts of the configured provider's subclass, typed as the base
/// <see cref="OnboardingDbContext"/>, so that each provider keeps its own migrations.
/// </summary>
public sealed class OnboardingDbContextFactory : IDbContextFactory<OnboardingDbContext>
{
    private readonly Func<OnboardingDbContext> create;

    public OnboardingDbContextFactory(DatabaseSettings settings) : this(settings, changes: null)
    {
    }

    /// <param name="changes">Told after each committed save which onboardings it touched; null when nobody watches (tools, some tests).</param>
    /// <param name="sqliteStrategy">
    /// SQLite runs without an execution strategy. Tests pass a retrying one, so that a transaction begun outside
    /// <see cref="DatabaseTransactions.InTransactionAsync"/> fails on SQLite as it would on SQL Server (which retries on failure).
    /// </param>
    public OnboardingDbContextFactory(DatabaseSettings settings, OnboardingChanges? changes, Func<ExecutionStrategyDependencies, IExecutionStrategy>? sqliteStrategy = null)
    {
        IInterceptor[] interceptors = changes is null ? [] : [new OnboardingChangeInterceptor(changes)];
        Settings = settings;
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteOnboardingDbContext>()
                    .UseSqlite(settings.ConnectionString, o => { if (sqliteStrategy is not null) o.ExecutionStrategy(sqliteStrategy); }).AddInterceptors(new SqlitePragmas()).AddInterceptors(interceptors).Options;
                create = () => new SqliteOnboardingDbContext(sqlite);
                break;
            case DatabaseProvider.SqlServer:
                var sqlServer = new DbContextOptionsBuilder<SqlServerOnboardingDbContext>()
                    .UseSqlServer(settings.ConnectionString, o => o.EnableRetryOnFailure()).AddInterceptors(interceptors).Options;
                create = () => new SqlServerOnboardingDbContext(sqlServer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown database provider.");
        }
    }

    public DatabaseSettings Settings { get; }

    public OnboardingDbContext CreateDbContext() => create();
}
