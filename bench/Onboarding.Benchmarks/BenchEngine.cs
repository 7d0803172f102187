using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Onboarding.Domain.Data;
using Onboarding.Workflows.Playbooks;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Benchmarks;

/// <summary>The workflow runtime as the app wires it, on a migrated temp-file SQLite database and a fake clock.</summary>
public sealed class BenchEngine : IAsyncDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"onboarding-bench-{Guid.NewGuid():N}.db");
    private readonly ServiceProvider services;

    public BenchEngine()
    {
        Factory = new OnboardingDbContextFactory(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={path}"));
        var collection = new ServiceCollection().AddLogging();
        collection.AddSingleton(Factory);
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddOnboardingWorkflows(new WorkflowOptions());
        services = collection.BuildServiceProvider();
    }

    public IDbContextFactory<OnboardingDbContext> Factory { get; }
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    public WorkflowRuntime Runtime => services.GetRequiredService<WorkflowRuntime>();
    public WorkflowScheduler Scheduler => services.GetRequiredService<WorkflowScheduler>();

    public async Task InitializeAsync(string key, string xml)
    {
        await DatabaseStartup.MigrateAsync(Factory);
        var catalog = services.GetRequiredService<PlaybookCatalog>();
        var draft = await catalog.CreateAsync(new NewPlaybook(key, key, null, xml, []), "bench");
        await catalog.PublishAsync(draft, "bench");
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
    }

    public static string Bpmn(string body) => $"""
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:onboarding="https://schemas.onboarding.app/bpmn/1.0" id="d" targetNamespace="http://bench">
          <bpmn:process id="p" isExecutable="true">{body}</bpmn:process>
        </bpmn:definitions>
        """;
}
