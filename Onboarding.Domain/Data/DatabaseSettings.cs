namespace Onboarding.Domain.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>Bound from configuration: <c>Database:Provider</c> and <c>ConnectionStrings:Onboarding</c>.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteConnection = "Data Source=onboarding.db";

    public static DatabaseSettings From(string? provider, string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return new(DatabaseProvider.Sqlite, string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnection : connectionString);
        }
        if (provider.Equals("SqlServer", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is SqlServer but ConnectionStrings:Onboarding is empty. Set it, e.g. " +
                    "\"Server=.;Database=Onboarding;Trusted_Connection=True;TrustServerCertificate=True\".");
            }
            return new(DatabaseProvider.SqlServer, connectionString);
        }
        throw new InvalidOperationException($"Database:Provider '{provider}' is not supported. Use Sqlite (the default) or SqlServer.");
    }
}
