using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Time.Testing;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;

namespace Onboarding.Tests.Support;

/// <summary>
/// A fresh, migrated SQLite database in a temp file per test: real SQL, real migrations, no shared state.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"onboarding-test-{Guid.NewGuid():N}.db");

    private TestDatabase()
    {
        Settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False");
        Factory = new OnboardingDbContextFactory(Settings, Changes, d => new LikeSqlServerStrategy(d));
    }

    public DatabaseSettings Settings { get; }

    /// <summary>Told after every committed save, as in the app.</summary>
    public OnboardingChanges Changes { get; } = new();
    public IDbContextFactory<OnboardingDbContext> Factory { get; }
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    public string ConnectionString => Settings.ConnectionString;

    public static async Task<TestDatabase> CreateAsync()
    {
        var db = new TestDatabase();
        await DatabaseStartup.MigrateAsync(db.Factory, TestContext.Current.CancellationToken);
        return db;
    }

    /// <summary>
    /// Behaves as SQL Server's retry on failure does towards transactions (one begun outside the strategy is refused), so
    /// every test on SQLite catches a unit of work that would fail on SQL Server; it never actually retries.
    /// </summary>
    private sealed class LikeSqlServerStrategy(ExecutionStrategyDependencies dependencies) : ExecutionStrategy(dependencies, maxRetryCount: 1, maxRetryDelay: TimeSpan.Zero)
    {
        protected override bool ShouldRetryOn(Exception exception) => false;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
        return ValueTask.CompletedTask;
    }
}
