using DefactoPop.Web.Data.Stores;
using DefactoPop.Web.Data.Stores.Postgres;
using Npgsql;

namespace DefactoPop.Tests.TestSupport;

/// <summary>
/// The PostgreSQL server the tests use: DEFACTOPOP_TEST_PG (a superuser connection string, set by .ci/run), else a
/// throwaway cluster this test run starts from the installed server binaries (stopped when the run ends). Each test
/// store is a database of its own, dropped on dispose. Without either, PostgreSQL tests are skipped with <see cref="Unavailable"/>.
/// </summary>
public static class PostgresTestServer
{
    public const string EnvironmentVariable = "DEFACTOPOP_TEST_PG";

    private static readonly Lazy<string> s_admin = new(StartOrConnect, LazyThreadSafetyMode.ExecutionAndPublication);
    private static PgCluster? s_cluster;

    /// <summary>Why PostgreSQL tests cannot run here, or null when they can.</summary>
    public static string? Unavailable { get; } =
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } || PgCluster.FindBinaries() is not null
            ? null
            : $"no PostgreSQL: set {EnvironmentVariable} to a superuser connection string, or install the server (Debian's postgresql) so the tests start their own cluster.";

    /// <summary>The superuser's connection string to the maintenance database.</summary>
    public static string Admin => s_admin.Value;

    /// <summary>A new empty database; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(Admin))
        {
            await connection.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await cmd.ExecuteNonQueryAsync();
        }
        return StoreLocation.Postgres(new NpgsqlConnectionStringBuilder(Admin) { Database = name }.ConnectionString).Value;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Admin);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await cmd.ExecuteNonQueryAsync();
    }

    private static string StartOrConnect()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given)
            return StoreLocation.Postgres(given).Value;
        s_cluster = PgCluster.Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => s_cluster.Dispose();
        return s_cluster.ConnectionString();
    }
}

/// <summary>A fact that needs PostgreSQL; skipped, with the reason, where there is none.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresTestServer.Unavailable is { } reason)
            Skip = reason;
    }
}

/// <summary>
/// The PostgreSQL row of a theory over both providers: <c>[InlineData(StoreProvider.Sqlite)] [PostgresData]</c>. The
/// row is skipped, with the reason, where there is no PostgreSQL; the SQLite row runs everywhere.
/// </summary>
public sealed class PostgresDataAttribute : Xunit.Sdk.DataAttribute
{
    private readonly object[] _rest;

    /// <param name="rest">Further arguments after the provider.</param>
    public PostgresDataAttribute(params object[] rest)
    {
        _rest = rest;
        if (PostgresTestServer.Unavailable is { } reason)
            Skip = reason;
    }

    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod) => [[StoreProvider.Postgres, .. _rest]];
}

/// <summary>A theory that needs PostgreSQL for every row; skipped, with the reason, where there is none.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (PostgresTestServer.Unavailable is { } reason)
            Skip = reason;
    }
}

/// <summary>A fact that starts PostgreSQL clusters of its own (initdb + pg_ctl); skipped, with the reason, without the server binaries.</summary>
public sealed class PostgresClustersFactAttribute : FactAttribute
{
    public PostgresClustersFactAttribute()
    {
        if (DefactoPop.Web.Data.Stores.Postgres.PgCluster.FindBinaries() is null)
            Skip = "no PostgreSQL server binaries (install Debian's postgresql, or set PG_BIN) to start the test's clusters.";
    }
}
