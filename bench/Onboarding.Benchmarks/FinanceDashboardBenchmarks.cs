using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Onboarding.Domain.Billing;
using Onboarding.Domain.Data;
using Onboarding.Domain.People;
using Onboarding.Workflows.Billing;
using Onboarding.Workflows.Billing.Dashboard;
using Onboarding.Workflows.Playbooks;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Benchmarks;

/// <summary>
/// The finance dashboard over 20,000 invoices (2,000 onboardings × <see cref="FinanceRows.PerOnboarding"/>, see
/// <see cref="FinanceRows"/>) on a migrated temp-file SQLite database: the whole load (receivables and aging by currency, DSO,
/// overdue, deposits awaited, a page of the list, the filters' choices), the same filtered to one account manager and one
/// currency, the CSV of every invoice, and, for the record, the aging sums done in memory over a narrow projection instead
/// of with EF's <c>ef_sum</c> in SQL.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(BoardBenchmarkConfig))]
public class FinanceDashboardBenchmarks
{
    private const int Onboardings = 2_000;

    private readonly string path = Path.Combine(Path.GetTempPath(), $"onboarding-finance-bench-{Guid.NewGuid():N}.db");
    private readonly BillingActor finance = new("bench-finance", "Finance", [Roles.Finance]);
    private ServiceProvider services = default!;
    private IDbContextFactory<OnboardingDbContext> factory = default!;
    private FinanceDashboardQuery query = default!;
    private InvoiceCsv csv = default!;
    private DateOnly today;
    private string accountManager = "";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        factory = new OnboardingDbContextFactory(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={path}"));
        var collection = new ServiceCollection().AddLogging();
        collection.AddSingleton(factory);
        collection.AddSingleton<TimeProvider>(clock);
        collection.AddOnboardingWorkflows(new WorkflowOptions());
        services = collection.BuildServiceProvider();

        await DatabaseStartup.MigrateAsync(factory);
        await services.GetRequiredService<PlaybookSeeder>().SeedAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        today = DateOnly.FromDateTime(now);
        int invoices;
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.Clients.AddRange(ClientRows.Generate(Onboardings, 1, now.AddDays(-400)));
            await db.SaveChangesAsync();
            var staff = await BoardRows.AddStaffAsync(db, now);
            accountManager = staff[0];
            var clientIds = await db.Clients.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
            var versionId = await db.PlaybookVersions.Select(v => v.Id).SingleAsync();
            db.ChangeTracker.Clear();
            await BoardRows.AddOnboardingsAsync(db, clientIds, versionId, staff, now);
            var onboardings = await db.Onboardings.OrderBy(o => o.ClientId).Select(o => new { o.Id, o.ClientId }).ToListAsync();
            invoices = await FinanceRows.AddAsync(db, [.. onboardings.Select(o => (o.Id, o.ClientId))], today, now);
        }

        query = services.GetRequiredService<FinanceDashboardQuery>();
        csv = services.GetRequiredService<InvoiceCsv>();
        var check = await query.LoadAsync(new FinanceFilter(), finance);
        if (invoices != Onboardings * FinanceRows.PerOnboarding) throw new InvalidOperationException($"Seeded {invoices} invoices.");
        Console.WriteLine($"// Finance: {invoices:N0} invoices, {check.Invoices.TotalCount:N0} listed (drafts left out), {check.OverdueCount:N0} overdue, "
            + $"{check.Deposits.Count:N0} deposits awaited; " + string.Join("; ", check.Currencies.Select(c =>
                $"{c.Currency} {c.OpenCount:N0} open, {Domain.Common.Money.Format(c.Outstanding, c.Currency)}, DSO {c.DaysSalesOutstanding}")));
        var inMemory = await AgingInMemory();
        var inSql = check.Currencies.ToDictionary(c => c.Currency, c => c.Outstanding);
        if (inMemory.Count != inSql.Count || inMemory.Any(m => inSql[m.Key] != m.Value))
            throw new InvalidOperationException("The aging summed in memory differs from the one summed in SQL.");
        Console.WriteLine($"// Finance: the CSV of every invoice is {await CsvExport():N0} bytes");
        // Wall-clock figures depend on what else the machine runs; the CPU this process spends per load says much less.
        var process = System.Diagnostics.Process.GetCurrentProcess();
        foreach (var (name, run) in new (string, Func<Task>)[] { ("dashboard load", DashboardLoad), ("CSV export", CsvExport) })
        {
            await run();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            for (var i = 0; i < 5; i++) await run();
            process.Refresh();
            Console.WriteLine($"// Finance: {(process.TotalProcessorTime - cpuBefore).TotalMilliseconds / 5:F1} ms of CPU per {name}");
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
    }

    [Benchmark(Baseline = true)]
    public Task<FinanceDashboard> DashboardLoad() => query.LoadAsync(new FinanceFilter(), finance);

    [Benchmark]
    public Task<FinanceDashboard> DashboardFiltered() =>
        query.LoadAsync(new FinanceFilter(AccountManagerId: accountManager, Currency: "USD", Sort: InvoiceSort.Balance), finance);

    [Benchmark]
    public async Task<long> CsvExport()
    {
        using var counter = new CountingStream();
        await csv.WriteAsync(counter, new FinanceFilter(), finance);
        return counter.Length;
    }

    /// <summary>The comparison: open invoices' currency, due day and amounts brought back (narrow), bucketed and summed here.</summary>
    [Benchmark]
    public async Task<Dictionary<string, decimal>> AgingInMemory()
    {
        await using var db = await factory.CreateDbContextAsync();
        var open = await db.Invoices.AsNoTracking()
            .Where(i => i.Status == InvoiceStatus.Issued || i.Status == InvoiceStatus.PartiallyPaid || i.Status == InvoiceStatus.Overdue)
            .Select(i => new { i.Currency, i.DueOn, i.Total, i.AmountPaid }).ToListAsync();
        var buckets = open.GroupBy(i => (i.Currency, Receivables.BucketOf(Receivables.DaysPastDue(i.DueOn!.Value, today))))
            .ToDictionary(g => g.Key, g => g.Sum(i => i.Total - i.AmountPaid));
        return buckets.GroupBy(b => b.Key.Currency).ToDictionary(g => g.Key, g => g.Sum(b => b.Value));
    }

    /// <summary>Counts what the CSV writes, so the benchmark measures the query and the formatting, not a disk.</summary>
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => length;
        public override long Position { get => length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            length += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
