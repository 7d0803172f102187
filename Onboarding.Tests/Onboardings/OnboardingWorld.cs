using Microsoft.Extensions.DependencyInjection;
using Onboarding.Domain.Clients;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.People;
using Onboarding.Tests.Clients;
using Onboarding.Tests.Support;
using Onboarding.Tests.Workflows.Runtime;
using Onboarding.Workflows.Onboardings;
using Onboarding.Workflows.Playbooks;
using Onboarding.Workflows.Runtime;

namespace Onboarding.Tests.Onboardings;

/// <summary>
/// A fresh database with the roles, the default playbook published, three staff users (account manager, ops lead,
/// finance) and one client, and the real workflow services over it: what a start needs, nothing started yet.
/// </summary>
internal sealed class OnboardingWorld : IAsyncDisposable
{
    private ServiceProvider identity = default!;

    private OnboardingWorld(TestDatabase database, WorkflowOptions? options)
    {
        Database = database;
        Host = options is null ? new WorkflowHost(database) : new WorkflowHost(database, options);
    }

    public TestDatabase Database { get; }
    public WorkflowHost Host { get; }
    public OnboardingStarter Starter => Host.Get<OnboardingStarter>();
    public OnboardingQueries Queries => Host.Get<OnboardingQueries>();
    public AppUser AccountManager { get; private set; } = default!;
    public AppUser OpsLead { get; private set; } = default!;
    public AppUser Finance { get; private set; } = default!;
    public int ClientId { get; private set; }
    public Guid PlaybookId { get; private set; }
    public static DateOnly Today => new(2026, 11, 24);

    /// <param name="options">The engine's options (holidays, time zone); the test defaults when null.</param>
    public static async Task<OnboardingWorld> CreateAsync(WorkflowOptions? options = null)
    {
        var world = new OnboardingWorld(await TestDatabase.CreateAsync(), options);
        var ct = TestContext.Current.CancellationToken;
        world.identity = await TestServices.BuildAsync(world.Database);
        world.AccountManager = await world.identity.AddUserAsync("am@test", Roles.AccountManager);
        world.OpsLead = await world.identity.AddUserAsync("ops@test", Roles.OpsLead);
        world.Finance = await world.identity.AddUserAsync("finance@test", Roles.Finance);
        world.ClientId = await world.identity.GetRequiredService<ClientDirectory>().CreateAsync(ClientDrafts.Valid(), "am@test", ct);
        await world.Host.Get<PlaybookSeeder>().SeedAsync(ct);
        world.PlaybookId = (await world.Host.Catalog.ListAsync(ct)).Single(p => p.Key == DefaultPlaybook.Key).Id;
        return world;
    }

    public ClientDirectory Clients => identity.GetRequiredService<ClientDirectory>();

    /// <summary>A valid request: the default playbook from today, the account manager, ops lead and finance on the team.</summary>
    public StartOnboarding Request(int? clientId = null) => new(clientId ?? ClientId, PlaybookId, Today, AccountManager.Id,
        [new TeamAssignment(OpsLead.Id, Roles.OpsLead), new TeamAssignment(Finance.Id, Roles.Finance)]);

    public Task<StartedOnboarding> StartAsync(StartOnboarding? request = null) =>
        Starter.StartAsync(request ?? Request(), "am@test", TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await identity.DisposeAsync();
        await Database.DisposeAsync();
    }
}
