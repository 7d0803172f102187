using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Clients;
using Onboarding.Domain.Data;
using Onboarding.Domain.People;
using Onboarding.Web.Hosting;

namespace Onboarding.Tests.Support;

/// <summary>
/// Identity and the domain services wired as Web/Hosting wires them, on a <see cref="TestDatabase"/>
/// and its fake clock. Each scope stands for one request or Blazor circuit.
/// </summary>
public static class TestServices
{
    public static IServiceCollection AddOnboardingForTests(this IServiceCollection services, TestDatabase database)
    {
        services.AddLogging();
        services.AddSingleton(database.Factory);
        services.AddScoped(_ => database.Factory.CreateDbContext());
        services.AddSingleton<TimeProvider>(database.Clock);
        services.AddSingleton<ClientDirectory>();
        services.AddSingleton<AuditTrail>();
        services.AddScoped<OnboardingSeeder>();
        services.AddScoped<StaffDirectory>();
        services.AddIdentityCore<AppUser>(AuthSetup.IdentityRules)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<OnboardingDbContext>();
        return services;
    }

    /// <summary>A provider with the roles seeded (no demo data).</summary>
    public static async Task<ServiceProvider> BuildAsync(TestDatabase database)
    {
        var provider = new ServiceCollection().AddOnboardingForTests(database).BuildServiceProvider(validateScopes: true);
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OnboardingSeeder>().SeedAsync(demoData: false, TestContext.Current.CancellationToken);
        return provider;
    }

    /// <summary>Creates a staff user directly through Identity (not audited), for arranging a test.</summary>
    public static async Task<AppUser> AddUserAsync(this IServiceProvider provider, string email, params string[] roles)
    {
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = email.Split('@')[0], EmailConfirmed = true };
        Check(await users.CreateAsync(user, "Initial!Pass2026"));
        Check(await users.AddToRolesAsync(user, roles));
        return user;
    }

    private static void Check(IdentityResult result) =>
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Description)));
}
