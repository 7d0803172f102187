using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Onboarding.Domain.Data;

/// <summary>
/// Per-connection SQLite settings: <c>synchronous=NORMAL</c>, which in WAL mode keeps the database
/// consistent after a crash and syncs at checkpoints instead of on every commit (a commit survives an
/// application crash; only a power cut can lose the last moments), and a busy timeout so that two
/// app instances writing at once wait for each other instead of failing.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
