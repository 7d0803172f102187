using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Clients;
using Onboarding.Domain.Data;
using Onboarding.Domain.People;
using Onboarding.Tests.Support;

namespace Onboarding.Tests.Data;

public sealed class DatabaseStartupTests
{
    [Fact]
    public async Task MigrateAsync_Twice_LeavesNothingPending()
    {
        await using var database = await TestDatabase.CreateAsync();
        var ct = TestContext.Current.CancellationToken;

        await DatabaseStartup.MigrateAsync(database.Factory, ct);

        await using var db = await database.Factory.CreateDbContextAsync(ct);
        (await db.Database.GetPendingMigrationsAsync(ct)).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync(ct)).ShouldBe(db.Database.GetMigrations());
    }

    [Fact]
    public async Task SeedAsync_TwiceWithDemoData_KeepsTheSameCounts()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var services = Services(database);
        var ct = TestContext.Current.CancellationToken;

        await SeedAsync(services, ct);
        var first = await CountAsync(database, ct);
        await SeedAsync(services, ct);
        var second = await CountAsync(database, ct);

        first.ShouldBe((Roles.All.Count, DemoUsers.All.Count, DemoUsers.All.Count, DemoClients.All.Count(), DemoClients.All.Sum(c => c.Contacts.Count)));
        second.ShouldBe(first);
    }

    private static async Task SeedAsync(ServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OnboardingSeeder>().SeedAsync(demoData: true, ct);
    }

    private static async Task<(int Roles, int Users, int UserRoles, int Clients, int Contacts)> CountAsync(TestDatabase database, CancellationToken ct)
    {
        await using var db = await database.Factory.CreateDbContextAsync(ct);
        return (await db.Roles.CountAsync(ct), await db.Users.CountAsync(ct), await db.UserRoles.CountAsync(ct),
            await db.Clients.CountAsync(ct), await db.ClientContacts.CountAsync(ct));
    }

    /// <summary>The seeder's real dependencies (Identity over EF stores) on the test database, without the web host.</summary>
    private static ServiceProvider Services(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(database.Factory);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<OnboardingDbContext>>().CreateDbContext());
        services.AddSingleton<TimeProvider>(database.Clock);
        services.AddSingleton<ClientDirectory>();
        services.AddSingleton<AuditTrail>();
        services.AddScoped<OnboardingSeeder>();
        services.AddIdentityCore<AppUser>(o => o.Password.RequiredLength = 10)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<OnboardingDbContext>();
        return services.BuildServiceProvider();
    }
}
