using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Onboarding.Domain.Data;

namespace Onboarding.Web.Hosting;

/// <summary>Healthy when the database answers a query and has no pending migrations.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<OnboardingDbContext> dbFactory) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database does not answer.");
            }
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy($"{db.Database.ProviderName} is reachable and migrated.")
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database check failed.", ex);
        }
    }
}
