using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Clients;
using Onboarding.Domain.Data;

namespace Onboarding.Benchmarks;

/// <summary>
/// The client list's query (one page of 25, sorted) over 2,000 clients with 3 contacts each, on a
/// migrated temp-file SQLite database: unfiltered, and searched by a term that also scans contacts.
/// </summary>
[MemoryDiagnoser]
public class ClientListBenchmarks
{
    private const int ClientCount = 2_000;
    private const int ContactsPerClient = 3;

    private readonly string path = Path.Combine(Path.GetTempPath(), $"onboarding-bench-{Guid.NewGuid():N}.db");
    private ClientDirectory clients = default!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        IDbContextFactory<OnboardingDbContext> factory = new OnboardingDbContextFactory(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={path}"));
        await DatabaseStartup.MigrateAsync(factory);
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.Clients.AddRange(ClientRows.Generate(ClientCount, ContactsPerClient, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
            await db.SaveChangesAsync();
        }
        clients = new ClientDirectory(factory, TimeProvider.System);
        var check = await clients.ListAsync(new ClientListQuery());
        if (check.TotalCount != ClientCount) throw new InvalidOperationException($"Expected {ClientCount} clients, found {check.TotalCount}.");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
    }

    [Benchmark(Baseline = true)]
    public Task<ClientListPage> FirstPageByName() => clients.ListAsync(new ClientListQuery(PageSize: 25));

    [Benchmark]
    public Task<ClientListPage> MiddlePageByIndustry() =>
        clients.ListAsync(new ClientListQuery(Sort: ClientSort.Industry, Page: 40, PageSize: 25));

    /// <summary>Matches 100 of the 2,000 clients by company name ("... Group 0100" to "... Group 0199"): a full page and a real count.</summary>
    [Benchmark]
    public Task<ClientListPage> SearchCompanyName() => clients.ListAsync(new ClientListQuery(Search: "Group 01", PageSize: 25));

    /// <summary>Matches a contact's e-mail only: the search has to look through every client's contacts.</summary>
    [Benchmark]
    public Task<ClientListPage> SearchContactEmail() => clients.ListAsync(new ClientListQuery(Search: "person1234.", PageSize: 25));
}
