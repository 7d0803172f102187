using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Onboarding.Domain.Data;

namespace Onboarding.Tests.Data;

/// <summary>Each provider's migrations are checked in and match the model (bitwarden-style: one set per provider).</summary>
public sealed class MigrationsTests
{
    // Never connects: building the model and generating SQL need no server.
    private const string DummySqlServer = "Server=(no-server);Database=Onboarding;Trusted_Connection=True;TrustServerCertificate=True";

    [Fact]
    public void HasPendingModelChanges_Sqlite_IsFalse()
    {
        using var db = Sqlite();

        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse("run: bash tools/add-migration.sh <Name>");
    }

    [Fact]
    public void HasPendingModelChanges_SqlServer_IsFalse()
    {
        using var db = SqlServer();

        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse("run: bash tools/add-migration.sh <Name>");
    }

    [Fact]
    public void GetMigrations_BothProviders_HaveTheSameNames()
    {
        using var sqlite = Sqlite();
        using var sqlServer = SqlServer();

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(id => id[(id.IndexOf('_') + 1)..]);
        Names(sqlServer).ShouldBe(Names(sqlite));
    }

    [Fact]
    public void GenerateScript_SqlServerIdempotent_CreatesClientsTableGuarded()
    {
        using var db = SqlServer();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        script.ShouldContain("CREATE TABLE [Clients]");
        script.ShouldContain("CREATE TABLE [ClientContacts]");
        script.ShouldContain("IF NOT EXISTS");
    }

    private static SqliteOnboardingDbContext Sqlite() =>
        new(new DbContextOptionsBuilder<SqliteOnboardingDbContext>().UseSqlite("Data Source=:memory:").Options);

    private static SqlServerOnboardingDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerOnboardingDbContext>().UseSqlServer(DummySqlServer).Options);
}
