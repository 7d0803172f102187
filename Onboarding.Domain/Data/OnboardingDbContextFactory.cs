using Microsoft.EntityFrameworkCore;

namespace Onboarding.Domain.Data;

/// <summary>
/// Creates short-lived contexts of the configured provider's subclass, typed as the base
/// <see cref="OnboardingDbContext"/>, so that each provider keeps its own migrations.
/// </summary>
public sealed class OnboardingDbContextFactory : IDbContextFactory<OnboardingDbContext>
{
    private readonly Func<OnboardingDbContext> create;

    public OnboardingDbContextFactory(DatabaseSettings settings)
    {
        Settings = settings;
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteOnboardingDbContext>()
                    .UseSqlite(settings.ConnectionString).AddInterceptors(new SqlitePragmas()).Options;
                create = () => new SqliteOnboardingDbContext(sqlite);
                break;
            case DatabaseProvider.SqlServer:
                var sqlServer = new DbContextOptionsBuilder<SqlServerOnboardingDbContext>()
                    .UseSqlServer(settings.ConnectionString, o => o.EnableRetryOnFailure()).Options;
                create = () => new SqlServerOnboardingDbContext(sqlServer);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown database provider.");
        }
    }

    public DatabaseSettings Settings { get; }

    public OnboardingDbContext CreateDbContext() => create();
}
