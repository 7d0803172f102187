using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
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
    public OnboardingDbContextFactory(DatabaseSettings settings, OnboardingChanges? changes)
    {
        IInterceptor[] interceptors = changes is null ? [] : [new OnboardingChangeInterceptor(changes)];
        Settings = settings;
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteOnboardingDbContext>()
                    .UseSqlite(settings.ConnectionString).AddInterceptors(new SqlitePragmas()).AddInterceptors(interceptors).Options;
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
