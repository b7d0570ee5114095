using System.Globalization;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.Fixtures;
using DefactoPop.Web.Data.Stores;

namespace DefactoPop.Tests.Data;

/// <summary>The same files loaded into a SQLite store and a PostgreSQL store read back the same through the read-store contract.</summary>
public class ProviderParityTests
{
    private static readonly DateOnly s_date = DateOnly.ParseExact(OfficialFileFixtures.Date, "yyyyMMdd", CultureInfo.InvariantCulture);

    private static readonly PopulationQuery[] s_queries =
    [
        PopulationQuery.All,
        new(PopulationClass.Domestic),
        new(PopulationClass.Domestic, Sex.Female, AgeBand.A70Plus),
        new(PopulationClass.LongTermForeign),
        new(PopulationClass.ShortTermForeign, Nationality: Nationality.Chinese),
    ];

    private static async Task<TestStore> LoadedAsync(StoreProvider provider)
    {
        var store = await TestStore.CreateAsync(provider: provider);
        await StoreFixtures.SeedZonesAsync(store);
        foreach (var file in OfficialFileFixtures.All().Where(f => f.Level == ZoneLevel.Oa))
            await store.Imports.ImportFileAsync(store.WriteFile(file.FileName, file.Bytes));
        return store;
    }

    [PostgresFact]
    public async Task ReadStore_SameFilesOnBothProviders_AnswerEveryQueryTheSame()
    {
        await using var sqlite = await LoadedAsync(StoreProvider.Sqlite);
        await using var postgres = await LoadedAsync(StoreProvider.Postgres);

        foreach (var level in new[] { ZoneLevel.City, ZoneLevel.Gu, ZoneLevel.Dong, ZoneLevel.Oa })
        {
            var zones = await sqlite.Read.GetZonesAsync(level);
            Assert.Equal(zones, await postgres.Read.GetZonesAsync(level));
            for (var hour = 0; hour < 24; hour++)
            {
                foreach (var query in s_queries)
                {
                    var a = await sqlite.Read.GetLevelAsync(new HourSlot(s_date, hour), level, query);
                    var b = await postgres.Read.GetLevelAsync(new HourSlot(s_date, hour), level, query);
                    Assert.Equal(a.Values, b.Values);
                    Assert.Equal(a.Masked, b.Masked);
                }
            }
            foreach (var zone in zones)
            {
                Assert.Equal(
                    await sqlite.Read.GetSeriesAsync(zone.Code, new HourSlot(s_date, 0), new HourSlot(s_date, 23), PopulationQuery.All),
                    await postgres.Read.GetSeriesAsync(zone.Code, new HourSlot(s_date, 0), new HourSlot(s_date, 23), PopulationQuery.All));
                Assert.Equal(await sqlite.Read.GetStrataAsync(zone.Code, new HourSlot(s_date, 9)), await postgres.Read.GetStrataAsync(zone.Code, new HourSlot(s_date, 9)));
            }
            Assert.Equal(await sqlite.Read.GetDailyStatsAsync(level, s_date, s_date), await postgres.Read.GetDailyStatsAsync(level, s_date, s_date));
        }
        Assert.NotEmpty(await postgres.Read.GetDailyStatsAsync(ZoneLevel.Dong, s_date, s_date));
        Assert.Equal(await sqlite.Read.GetFinestLevelAsync(s_date), await postgres.Read.GetFinestLevelAsync(s_date));
        var (sa, sb) = (await sqlite.Read.GetSummaryAsync(), await postgres.Read.GetSummaryAsync());
        Assert.Equal((sa.Mean, sa.Max, sa.Min, sa.Days), (sb.Mean, sb.Max, sb.Min, sb.Days));
        Assert.Equal(sa.Districts, sb.Districts);
        var (ca, cb) = (await sqlite.Read.GetCoverageAsync(), await postgres.Read.GetCoverageAsync());
        Assert.Equal((ca.First, ca.Last, ca.Days, ca.Hours, ca.Source, ca.Method), (cb.First, cb.Last, cb.Days, cb.Hours, cb.Source, cb.Method));
        Assert.Equal(ca.MissingDays, cb.MissingDays);
    }

    [PostgresFact]
    public async Task Import_SameFileTwiceOnPostgres_LeavesTheSameBlocksAndOneFileRecord()
    {
        await using var store = await TestStore.CreateAsync(provider: StoreProvider.Postgres);
        await StoreFixtures.SeedZonesAsync(store);
        var file = OfficialFileFixtures.All().First(f => f.Level == ZoneLevel.Oa && f.Class == PopulationClass.Domestic);
        await store.Imports.ImportFileAsync(store.WriteFile(file.FileName, file.Bytes));
        var once = Blocks(await store.FingerprintAsync());

        await store.Imports.ImportFileAsync(store.WriteFile(file.FileName, file.Bytes));

        var twice = await store.FingerprintAsync();
        Assert.Equal(once, Blocks(twice));
        Assert.Contains("ImportedFile=1;", twice);
        Assert.Contains("PopBlock=", once);
        Assert.DoesNotContain("PopBlock=0;", once);
    }

    /// <summary>The fingerprint's row counts of the tables a re-import must leave as they were (not ImportedFile's time).</summary>
    private static string Blocks(string fingerprint) =>
        string.Join(";", fingerprint.Split(';').Where(p => p.StartsWith("PopBlock=", StringComparison.Ordinal) || p.StartsWith("DailyStat=", StringComparison.Ordinal)));

    [PostgresFact]
    public async Task Import_TwoMonthsOnPostgres_CreatesOneBlockPartitionPerMonth()
    {
        await using var store = await TestStore.CreateAsync(provider: StoreProvider.Postgres);
        var lines = new List<string> { "기준일ID,시간대구분,자치구코드,총생활인구수" };
        foreach (var date in new[] { "20171130", "20171201" })
        {
            for (var hour = 0; hour < 24; hour++)
                lines.Add($"{date},{hour:00},11110,{1000 + hour}.5");
        }
        await store.Imports.ImportFileAsync(store.WriteFile("LOCAL_PEOPLE_GU_2017.csv", System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines))));

        await using var connection = (Npgsql.NpgsqlConnection)await store.Database.OpenConnectionAsync();
        var partitions = Web.Data.Stores.Postgres.BlockPartitions.Existing(connection, null);
        Assert.Equal(["popblock_y2017m11", "popblock_y2017m12"], partitions.Order());
        await using var cmd = new Npgsql.NpgsqlCommand("SELECT count(*) FROM ONLY popblock", connection);
        Assert.Equal(0L, await cmd.ExecuteScalarAsync()); // the parent holds nothing itself
        cmd.CommandText = "SELECT count(*) FROM popblock_y2017m11";
        Assert.Equal(24L * 2, await cmd.ExecuteScalarAsync()); // 자치구 and city blocks of 24 hours
    }
}
