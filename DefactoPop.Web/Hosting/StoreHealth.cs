using DefactoPop.Core.Publication.Release;
using DefactoPop.Web.Data.Releases;
using DefactoPop.Web.Data.Stores;
using Microsoft.Data.Sqlite;

namespace DefactoPop.Web.Hosting;

/// <summary>The body of GET /healthz.</summary>
public sealed record HealthReport(string Status, DatabaseHealth Database, LastReleaseHealth? LastRelease);

public sealed record DatabaseHealth(bool Reachable, string Provider);

/// <summary>The newest published day and the hours since it was published.</summary>
public sealed record LastReleaseHealth(DateOnly Date, double AgeHours);

/// <summary>
/// A cheap check of the store (the file is there and answers one read-only query on the migration history, no pooled
/// connection kept) and of the newest release (a folder listing and one manifest).
/// </summary>
public sealed class StoreHealth(StoreDatabase database, ReleaseLog releases, TimeProvider time, ILogger<StoreHealth> logger)
{
    public const string Provider = "sqlite";

    public async Task<HealthReport> CheckAsync(CancellationToken ct = default)
    {
        var reachable = await DatabaseAnswersAsync(ct);
        return new HealthReport(reachable ? "ok" : "unavailable", new DatabaseHealth(reachable, database.IsPostgres ? "postgres" : Provider), LastRelease());
    }

    private async Task<bool> DatabaseAnswersAsync(CancellationToken ct)
    {
        if (database.IsPostgres)
            return await PostgresAnswersAsync(ct);
        var path = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        if (!File.Exists(path))
        {
            logger.LogWarning("Health: the store {Path} is missing.", path);
            return false;
        }
        try
        {
            var cs = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 5 };
            await using var connection = new SqliteConnection(cs.ToString());
            await connection.OpenAsync(ct);
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory LIMIT 1";
            return await cmd.ExecuteScalarAsync(ct) is string;
        }
        catch (SqliteException e)
        {
            logger.LogWarning(e, "Health: the store {Path} does not answer.", path);
            return false;
        }
    }

    private async Task<bool> PostgresAnswersAsync(CancellationToken ct)
    {
        try
        {
            var cs = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { Timeout = 5, Pooling = false };
            await using var connection = new Npgsql.NpgsqlConnection(cs.ConnectionString);
            await connection.OpenAsync(ct);
            await using var cmd = new Npgsql.NpgsqlCommand("SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" LIMIT 1", connection);
            return await cmd.ExecuteScalarAsync(ct) is string;
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
        {
            logger.LogWarning(e, "Health: the store {Store} does not answer.", database.Describe());
            return false;
        }
    }

    private LastReleaseHealth? LastRelease()
    {
        try
        {
            var days = releases.Folders.Days();
            if (days.Count == 0 || ReleaseManifest.TryRead(releases.Folders.Day(days[^1])) is not { } manifest)
                return null;
            var age = time.GetUtcNow() - manifest.PublishedAt;
            return new LastReleaseHealth(manifest.DataDate, Math.Round(age.TotalHours, 2));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidDataException)
        {
            logger.LogWarning(e, "Health: the newest release manifest cannot be read.");
            return null;
        }
    }
}
