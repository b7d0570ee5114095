using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Web.Data.Estimation;
using DefactoPop.Web.Data.Stores;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.Data;

/// <summary>A store written before the block layout (one PopCell row per zone-hour) moves into blocks unchanged.</summary>
public class CellLayoutMigrationTests
{
    private const string PreviousMigration = "20261125023833_Initial";

    /// <summary>Estimates of three days at every level, with intervals, as the drops give them.</summary>
    private static async Task<TestStore> FilledStoreAsync(TinyDropCity city)
    {
        var store = await TestStore.CreateAsync();
        var days = await store.Services.GetRequiredService<DropEstimationService>().RunAsync(new EstimateRequest(city.DropsRoot, city.City));
        Assert.All(days, d => Assert.True(d.Stored));
        return store;
    }

    private static async Task<List<(long Key, byte[] Data)>> AllCellsAsync(TestStore store)
    {
        await using var connection = await store.Database.OpenAsync();
        var cells = new List<(long Key, byte[] Data)>();
        foreach (var day in TinyDropCity.Days)
            for (var h = 0; h < 24; h++)
                cells.AddRange(CellTable.ReadRange(connection, null, new HourSlot(day, h).Ordinal, CellKeys.AllIds));
        return cells;
    }

    /// <summary>Rewrites the store as the previous version left it: cells as PopCell rows, no PopBlock, history at the first migration.</summary>
    private static async Task DowngradeAsync(TestStore store, List<(long Key, byte[] Data)> cells)
    {
        await using var connection = new SqliteConnection(store.Database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = connection.BeginTransaction();
        await using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = $"""
                DROP TABLE PopBlock;
                DROP TABLE PopMask;
                DROP TABLE PlacePoint;
                DROP TABLE CommuteFlow;
                CREATE TABLE "PopCell" ("Key" INTEGER NOT NULL CONSTRAINT "PK_PopCell" PRIMARY KEY, "Data" BLOB NOT NULL);
                DELETE FROM __EFMigrationsHistory WHERE MigrationId > '{PreviousMigration}';
                """;
            await cmd.ExecuteNonQueryAsync();
        }
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO PopCell(Key, Data) VALUES ($k, $d)";
            var k = insert.Parameters.Add("$k", SqliteType.Integer);
            var d = insert.Parameters.Add("$d", SqliteType.Blob);
            foreach (var (key, data) in cells)
            {
                (k.Value, d.Value) = (key, data);
                await insert.ExecuteNonQueryAsync();
            }
        }
        await transaction.CommitAsync();
        SqliteConnection.ClearAllPools();
    }

    private static async Task<string> ViewsAsync(TestStore store)
    {
        var parts = new List<string>();
        foreach (var level in new[] { ZoneLevel.Oa, ZoneLevel.Dong, ZoneLevel.Gu, ZoneLevel.City })
        {
            var snapshot = await store.Read.GetLevelAsync(new HourSlot(TinyDropCity.Days[1], 14), level, PopulationQuery.All);
            parts.Add(string.Join(",", snapshot.Values.Select((v, i) => $"{v:R}[{snapshot.Lower?[i]:R};{snapshot.Upper?[i]:R}]")));
        }
        var zones = await store.Read.GetZonesAsync(ZoneLevel.Oa);
        var series = await store.Read.GetSeriesAsync(zones[0].Code, new HourSlot(TinyDropCity.Days[0], 0), new HourSlot(TinyDropCity.Days[2], 23), PopulationQuery.All);
        parts.Add(string.Join(",", series.Select(p => $"{p.Value:R}[{p.Lower:R};{p.Upper:R}]")));
        return string.Join("\n", parts);
    }

    private static async Task<bool> HasTableAsync(TestStore store, string name)
    {
        await using var connection = await store.Database.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = $n";
        cmd.Parameters.AddWithValue("$n", name);
        return await cmd.ExecuteScalarAsync() is not null;
    }

    [Fact]
    public async Task Migrate_StoreOfThePreviousLayout_KeepsEveryCellAndValue()
    {
        using var city = new TinyDropCity();
        await using var store = await FilledStoreAsync(city);
        var cells = await AllCellsAsync(store);
        var views = await ViewsAsync(store);
        await DowngradeAsync(store, cells);
        Assert.Equal(PreviousMigration, await store.Database.AppliedMigrationAsync());
        Assert.False(await HasTableAsync(store, "PopBlock"));

        await store.Database.MigrateAsync();

        Assert.Equal(StoreDatabase.LatestMigration, await store.Database.AppliedMigrationAsync());
        Assert.False(await HasTableAsync(store, "PopCell"));
        var after = await AllCellsAsync(store);
        Assert.Equal(cells.Count, after.Count);
        Assert.Equal(cells.Select(c => c.Key), after.Select(c => c.Key));
        Assert.All(cells.Zip(after), p => Assert.Equal(p.First.Data, p.Second.Data));
        Assert.Equal(views, await ViewsAsync(store));
    }

    [Fact]
    public async Task Migrate_InterruptedAfterTheFirstDay_ResumesAndLosesNothing()
    {
        using var city = new TinyDropCity();
        await using var store = await FilledStoreAsync(city);
        var cells = await AllCellsAsync(store);
        await DowngradeAsync(store, cells);
        // EF's step alone (PopBlock created), so the move below can be interrupted.
        await using (var db = await store.Database.Contexts.CreateDbContextAsync())
            await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.MigrateAsync(db.Database);

        using var stop = new CancellationTokenSource();
        await using (var connection = await store.Database.OpenAsync())
        {
            var log = new StopAfterFirstLine(stop);
            Assert.Throws<OperationCanceledException>(() => CellLayoutMigration.Run(connection, log, stop.Token));
            Assert.True(CellLayoutMigration.IsPending(connection));
        }
        var moved = await AllCellsAsync(store);
        Assert.NotEmpty(moved);
        Assert.True(moved.Count < cells.Count);

        await store.Database.MigrateAsync();

        Assert.False(await HasTableAsync(store, "PopCell"));
        Assert.Equal(cells.Select(c => (c.Key, Convert.ToHexString(c.Data))), (await AllCellsAsync(store)).Select(c => (c.Key, Convert.ToHexString(c.Data))));
    }

    private sealed class StopAfterFirstLine(CancellationTokenSource stop) : StringWriter
    {
        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            stop.Cancel();
        }
    }
}
