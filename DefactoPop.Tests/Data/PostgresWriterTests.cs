using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.Core.Operator;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.TestCities;
using DefactoPop.Web.Cli;
using DefactoPop.Web.Data.Simulation;
using DefactoPop.Web.Data.Stores;
using DefactoPop.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.Data;

/// <summary>
/// The writers beyond the importers on PostgreSQL: simulate (zones, register, estimates, siting layers, commuter OD)
/// and the estimate verb store in a PostgreSQL database what they store in a SQLite file.
/// </summary>
public sealed class PostgresWriterTests
{
    private static readonly DateOnly s_day = new(2017, 12, 20);
    private static readonly int[] s_hours = [0, 4, 9, 14, 21];

    private static readonly PopulationQuery[] s_queries =
    [
        PopulationQuery.All,
        new(PopulationClass.Domestic, Sex.Female, AgeBand.A70Plus),
        new(PopulationClass.LongTermForeign),
    ];

    private static async Task<TestStore> SimulatedAsync(StoreProvider provider)
    {
        var store = await TestStore.CreateAsync(seoulDistricts: false, provider: provider);
        var city = TestWorld.Small.TestCity.City;
        var request = new SimulationRequest(s_day, s_day, city.Seed) { City = city, ScenarioDir = Path.Combine(store.Directory, "scenario") };
        await store.Services.GetRequiredService<SimulationService>().RunAsync(request);
        return store;
    }

    [PostgresFact]
    public async Task Simulate_SameCityOnPostgres_StoresWhatSqliteStores()
    {
        // Arrange, act
        await using var sqlite = await SimulatedAsync(StoreProvider.Sqlite);
        await using var postgres = await SimulatedAsync(StoreProvider.Postgres);

        // Assert: estimates with intervals at every level, daily figures, the register and the siting tables.
        await AssertSameEstimatesAsync(sqlite.Read, postgres.Read);
        Assert.Equal(await CountsAsync(sqlite.Database), await CountsAsync(postgres.Database));
        Assert.NotEqual(0L, (await CountsAsync(postgres.Database))[2]);
    }

    [PostgresFact]
    public async Task Estimate_PostgresStore_StoresWhatSqliteStores()
    {
        // Arrange
        using var city = new TinyDropCity();
        var file = Path.Combine(city.Drops.Root, "store.db");
        var connection = await PostgresTestServer.CreateDatabaseAsync();
        try
        {
            // Act
            var error = new StringWriter();
            var toFile = await CliApp.RunAsync(["estimate", "--drops", city.DropsRoot, "--city", city.City, "--db", file], error);
            var toPostgres = await CliApp.RunAsync(["estimate", "--drops", city.DropsRoot, "--city", city.City, "--db", connection], error);

            // Assert
            Assert.True(toFile == 0 && toPostgres == 0, $"exit {toFile}/{toPostgres}: {error}");
            await using var a = Open(file);
            await using var b = Open(connection);
            await AssertSameEstimatesAsync(a.GetRequiredService<IPopulationReadStore>(), b.GetRequiredService<IPopulationReadStore>(), DropFixture.Day);
            Assert.Equal(await CountsAsync(a.GetRequiredService<StoreDatabase>()), await CountsAsync(b.GetRequiredService<StoreDatabase>()));
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(connection);
        }
    }

    private static ServiceProvider Open(string db)
    {
        var services = new ServiceCollection();
        services.AddDefactoPopData(new ConfigurationBuilder().Build(), db);
        return services.BuildServiceProvider();
    }

    private static async Task AssertSameEstimatesAsync(IPopulationReadStore a, IPopulationReadStore b, DateOnly? day = null)
    {
        var date = day ?? s_day;
        var stored = 0;
        foreach (var level in new[] { ZoneLevel.City, ZoneLevel.Gu, ZoneLevel.Dong, ZoneLevel.Oa })
        {
            Assert.Equal(await a.GetZonesAsync(level), await b.GetZonesAsync(level));
            foreach (var hour in s_hours)
            {
                foreach (var query in s_queries)
                {
                    var x = await a.GetLevelAsync(new HourSlot(date, hour), level, query);
                    var y = await b.GetLevelAsync(new HourSlot(date, hour), level, query);
                    Assert.Equal(x.Values, y.Values);
                    Assert.Equal(x.Masked, y.Masked);
                    Assert.Equal(x.Lower, y.Lower);
                    Assert.Equal(x.Upper, y.Upper);
                    stored += x.Values.Count(double.IsFinite);
                }
            }
            Assert.Equal(await a.GetDailyStatsAsync(level, date, date), await b.GetDailyStatsAsync(level, date, date));
        }
        Assert.True(stored > 0, "nothing was stored");
    }

    /// <summary>Rows of the register (and its persons), the commuter OD cells and the siting points.</summary>
    private static async Task<long[]> CountsAsync(StoreDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync();
        var result = new List<long>();
        foreach (var sql in new[]
        {
            "SELECT COUNT(*) FROM Registered", "SELECT CAST(ROUND(SUM(Persons)) AS BIGINT) FROM Registered",
            "SELECT COUNT(*) FROM CommuteFlow", "SELECT COUNT(*) FROM PlacePoint",
        })
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            result.Add(Convert.ToInt64(await cmd.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture));
        }
        return [.. result];
    }
}
