using System.Globalization;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Web.Data.Import;
using DefactoPop.Web.Data.Stores;
using DefactoPop.Web.Data.Stores.Postgres;
using DefactoPop.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DefactoPop.Tests.Data;

/// <summary>
/// Past one machine: two throwaway clusters on loopback, the coordinator holding October locally and November as a
/// foreign partition (postgres_fdw) on the other server. The same files loaded there and into a single server answer
/// the same queries the same, November's blocks live on the second server, and a query of one hour touches one server.
/// </summary>
public sealed class PostgresTwoServerTests
{
    private static readonly DateOnly s_october = new(2017, 10, 31);
    private static readonly DateOnly s_november = new(2017, 11, 1);

    [PostgresClustersFact]
    public async Task ForeignNovemberPartition_TwoMonthsLoaded_AnswersAsASingleServerAndKeepsEachHourOnOneServer()
    {
        using var coordinator = PgCluster.Start();
        using var shard = PgCluster.Start();
        await ExecuteAsync(coordinator.ConnectionString(), "CREATE DATABASE single", "CREATE DATABASE coord");
        await ExecuteAsync(shard.ConnectionString(), "CREATE DATABASE remote");
        var november = BlockPartitions.NameOf(s_november);
        var (from, to) = BlockPartitions.Range(s_november);
        await ExecuteAsync(shard.ConnectionString("remote"), $"CREATE TABLE {november} (key bigint PRIMARY KEY, data bytea NOT NULL)");

        await using var single = Services(coordinator.ConnectionString("single"));
        await using var sharded = Services(coordinator.ConnectionString("coord"));
        foreach (var services in new[] { single, sharded })
            await services.GetRequiredService<ImportService>().EnsureReadyAsync();
        await ExecuteAsync(coordinator.ConnectionString("coord"),
            "CREATE EXTENSION postgres_fdw",
            $"CREATE SERVER shard1 FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '127.0.0.1', port '{shard.Port}', dbname 'remote')",
            "CREATE USER MAPPING FOR CURRENT_USER SERVER shard1 OPTIONS (user 'postgres')",
            string.Create(CultureInfo.InvariantCulture, $"CREATE FOREIGN TABLE {november} PARTITION OF popblock FOR VALUES FROM ({from}) TO ({to}) SERVER shard1 OPTIONS (table_name '{november}')"));

        // Act: the same two files (자치구 totals, two days across the month's end; then a corrected first file) into both.
        var dir = Directory.CreateTempSubdirectory("defactopop-fdw-").FullName;
        try
        {
            foreach (var services in new[] { single, sharded })
            {
                var imports = services.GetRequiredService<ImportService>();
                await imports.ImportFileAsync(GuFile(dir, "LOCAL_PEOPLE_GU_2017.csv", 1000));
                await imports.ImportFileAsync(GuFile(dir, "LOCAL_PEOPLE_GU_2017.csv", 2000)); // a re-import replaces in both months
            }
        }
        finally
        {
            Directory.Delete(dir, true);
        }

        // Assert: the same answers.
        var a = single.GetRequiredService<IPopulationReadStore>();
        var b = sharded.GetRequiredService<IPopulationReadStore>();
        foreach (var date in new[] { s_october, s_november })
        {
            for (var hour = 0; hour < 24; hour++)
            {
                foreach (var level in new[] { ZoneLevel.City, ZoneLevel.Gu })
                {
                    var x = await a.GetLevelAsync(new HourSlot(date, hour), level, PopulationQuery.All);
                    var y = await b.GetLevelAsync(new HourSlot(date, hour), level, PopulationQuery.All);
                    Assert.Equal(x.Values, y.Values);
                    Assert.Contains(y.Values, v => !double.IsNaN(v));
                }
            }
        }
        Assert.Equal(await a.GetSeriesAsync("11110", new HourSlot(s_october, 0), new HourSlot(s_november, 23), PopulationQuery.All),
            await b.GetSeriesAsync("11110", new HourSlot(s_october, 0), new HourSlot(s_november, 23), PopulationQuery.All));
        Assert.Equal(await a.GetDailyStatsAsync(ZoneLevel.Gu, s_october, s_november), await b.GetDailyStatsAsync(ZoneLevel.Gu, s_october, s_november));
        var (sa, sb) = (await a.GetSummaryAsync(), await b.GetSummaryAsync());
        Assert.Equal((sa.Mean, sa.Max, sa.Min, sa.Days), (sb.Mean, sb.Max, sb.Min, sb.Days));

        // November's blocks are on the shard, October's on the coordinator, and one hour's query plans one partition.
        Assert.Equal(48L, await ScalarAsync(shard.ConnectionString("remote"), $"SELECT count(*) FROM {november}"));
        Assert.Equal(48L, await ScalarAsync(coordinator.ConnectionString("coord"), $"SELECT count(*) FROM {BlockPartitions.NameOf(new DateOnly(2017, 10, 1))}"));
        var plan = await PlanAsync(coordinator.ConnectionString("coord"), CellTable.BlockKey(new HourSlot(s_november, 9).Ordinal, ZoneLevel.Gu));
        Assert.Contains("Foreign Scan", plan);
        Assert.DoesNotContain("y2017m10", plan);
        plan = await PlanAsync(coordinator.ConnectionString("coord"), CellTable.BlockKey(new HourSlot(s_october, 9).Ordinal, ZoneLevel.Gu));
        Assert.DoesNotContain("Foreign Scan", plan);
    }

    private static ServiceProvider Services(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddDefactoPopData(new ConfigurationBuilder().Build(), connectionString);
        return services.BuildServiceProvider();
    }

    /// <summary>A 자치구 file of 종로구 (11110) and 중구 (11140), both days, every hour.</summary>
    private static string GuFile(string dir, string name, int @base)
    {
        var lines = new List<string> { "기준일ID,시간대구분,자치구코드,총생활인구수" };
        foreach (var date in new[] { s_october, s_november })
        {
            for (var hour = 0; hour < 24; hour++)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{date:yyyyMMdd},{hour:00},11110,{@base + hour * 10 + date.Day}.5"));
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{date:yyyyMMdd},{hour:00},11140,{@base / 2 + hour}.25"));
            }
        }
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, string.Join("\n", lines));
        return path;
    }

    private static async Task ExecuteAsync(string connectionString, params string[] statements)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await using var cmd = new NpgsqlCommand(sql, connection);
            await cmd.ExecuteNonQueryAsync();
        }
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, connection);
        return await cmd.ExecuteScalarAsync();
    }

    private static async Task<string> PlanAsync(string connectionString, long key)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var cmd = new NpgsqlCommand("EXPLAIN (COSTS OFF) SELECT data FROM popblock WHERE key = @k", connection);
        cmd.Parameters.AddWithValue("k", key);
        var lines = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            lines.Add(reader.GetString(0));
        return string.Join("\n", lines);
    }
}
