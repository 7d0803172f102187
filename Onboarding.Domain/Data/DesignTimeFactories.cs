using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Onboarding.Domain.Data;

/// <summary>Used by <c>dotnet ef migrations add ... --context SqliteOnboardingDbContext</c>.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOnboardingDbContext>
{
    public SqliteOnboardingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOnboardingDbContext>().UseSqlite(DatabaseSettings.DefaultSqliteConnection).Options);
}

/// <summary>Used by <c>dotnet ef migrations add ... --context SqlServerOnboardingDbContext</c>; never connects.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerOnboardingDbContext>
{
    public SqlServerOnboardingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerOnboardingDbContext>()
            .UseSqlServer("Server=(design-time);Database=Onboarding;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
