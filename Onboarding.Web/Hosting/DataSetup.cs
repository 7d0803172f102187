using Microsoft.EntityFrameworkCore;
using Onboarding.Domain.Audit;
using Onboarding.Domain.Clients;
using Onboarding.Domain.Data;
using Onboarding.Domain.Onboardings;
using Onboarding.Domain.People;

namespace Onboarding.Web.Hosting;

public static class DataSetup
{
    /// <summary>Database from <c>Database:Provider</c> + <c>ConnectionStrings:Onboarding</c> (SQLite by default) and the domain services.</summary>
    public static IServiceCollection AddOnboardingData(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DatabaseSettings.From(configuration["Database:Provider"], configuration.GetConnectionString("Onboarding"));
        services.AddSingleton(settings);
        services.AddSingleton<OnboardingChanges>();
        services.AddSingleton<IDbContextFactory<OnboardingDbContext>>(sp => new OnboardingDbContextFactory(settings, sp.GetRequiredService<OnboardingChanges>()));
        // Identity's stores want a scoped context; everything else uses the factory (Blazor circuits live long).
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<OnboardingDbContext>>().CreateDbContext());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ClientDirectory>();
        services.AddSingleton<AuditTrail>();
        services.AddScoped<OnboardingSeeder>();
        // Scoped: it works through Identity's UserManager and the scoped context its stores use.
        services.AddScoped<StaffDirectory>();
        return services;
    }

    /// <summary>Migrates to the latest migration and seeds (demo users and clients in Development or when <c>Seed:DemoData</c> is true).</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Onboarding.Database");
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        logger.LogInformation("Migrating the {Provider} database", settings.Provider);
        await DatabaseStartup.MigrateAsync(app.Services.GetRequiredService<IDbContextFactory<OnboardingDbContext>>());

        var demoData = app.WantsDemoData();
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OnboardingSeeder>().SeedAsync(demoData);
        logger.LogInformation("Database ready (demo data: {DemoData})", demoData);
    }

    /// <summary>Demo users, clients and onboardings: in Development, or wherever <c>Seed:DemoData</c> is true.</summary>
    public static bool WantsDemoData(this WebApplication app) =>
        app.Configuration.GetValue<bool?>("Seed:DemoData") ?? app.Environment.IsDevelopment();
}
