using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Operator;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.TestCities;
using DefactoPop.Web.Data.Simulation;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.Data;

/// <summary>The embedded default goes through the operator's files: each day is emitted as a drop, read back and estimated, and old drops are pruned.</summary>
public class SimulationDropsTests
{
    [Fact]
    public async Task Run_FourDaysKeepTwo_StoresEveryDayAndKeepsTheLatestDrops()
    {
        await using var store = await TestStore.CreateAsync(seoulDistricts: false);
        var city = TestWorld.Small.TestCity.City;
        var scenario = Path.Combine(store.Directory, "scenario");
        var request = new SimulationRequest(new DateOnly(2017, 10, 10), new DateOnly(2017, 10, 13), city.Seed)
        {
            City = city, ScenarioDir = scenario, KeepDrops = 2,
        };

        await store.Services.GetRequiredService<SimulationService>().RunAsync(request);

        Assert.Equal([new DateOnly(2017, 10, 12), new DateOnly(2017, 10, 13)], DropReader.ListDays(Path.Combine(scenario, "drops")));
        foreach (var day in request.Days())
        {
            var snap = await store.Read.GetLevelAsync(new HourSlot(day, 14), ZoneLevel.City, PopulationQuery.All);
            Assert.True(snap.Values[0] > 0, $"{day}: no city total");
            Assert.NotNull(snap.Upper);
        }
        // No sealed truth in the default: only simulate --out writes one.
        Assert.False(Directory.Exists(Path.Combine(scenario, "truth")));
    }

    [Fact]
    public async Task Run_SeriesOpensInTheChuseokBreak_CalibratesOnTheNextOrdinaryWeeknight()
    {
        await using var store = await TestStore.CreateAsync(seoulDistricts: false);
        var city = TestWorld.Small.TestCity.City;
        var scenario = Path.Combine(store.Directory, "scenario");
        var request = new SimulationRequest(new DateOnly(2017, 10, 1), new DateOnly(2017, 10, 2), city.Seed) { City = city, ScenarioDir = scenario };

        await store.Services.GetRequiredService<SimulationService>().RunAsync(request);

        // 10-01 (Sunday) and 10-02 (a temporary holiday) have no ordinary night before them: 10-10 is delivered first.
        Assert.Contains(new DateOnly(2017, 10, 10), DropReader.ListDays(Path.Combine(scenario, "drops")));
        foreach (var day in request.Days())
        {
            var snap = await store.Read.GetLevelAsync(new HourSlot(day, 14), ZoneLevel.City, PopulationQuery.All);
            Assert.True(snap.Values[0] > 0, $"{day}: no city total");
        }
        Assert.False((await store.Read.GetCoverageAsync()).Days > 2, "only the requested days are stored");
    }

    [Fact]
    public async Task Run_FirstDayStored_ReportedBeforeTheSitingLayersAreWritten()
    {
        // A visitor who arrived before any data reloads on the first DaysDone > 0; the layers come after that report.
        await using var store = await TestStore.CreateAsync(seoulDistricts: false);
        var city = TestWorld.Small.TestCity.City;
        var day = new DateOnly(2017, 12, 20);
        var simulation = store.Services.GetRequiredService<SimulationService>();
        long? placesAtFirstDay = null;
        simulation.ProgressChanged += p =>
        {
            if (p.DaysDone == 1 && placesAtFirstDay is null)
                placesAtFirstDay = Count(store.DbPath, "PlacePoint");
        };

        await simulation.RunAsync(new SimulationRequest(day, day, city.Seed) { City = city, ScenarioDir = Path.Combine(store.Directory, "scenario") });

        Assert.Equal(0L, placesAtFirstDay);
        Assert.True(Count(store.DbPath, "PlacePoint") > 0, "the layers were written after the report");
        Assert.True((await store.Read.GetLevelAsync(new HourSlot(day, 14), ZoneLevel.City, PopulationQuery.All)).Values[0] > 0);
    }

    [Fact]
    public async Task Run_ScenarioAlreadyStored_ReportsItCompleteAtOnceAndWritesNothing()
    {
        // A restart of the dashboard on a seeded store: no "0 / N days" banner, no forced reload, no work.
        await using var store = await TestStore.CreateAsync(seoulDistricts: false);
        var city = TestWorld.Small.TestCity.City;
        var day = new DateOnly(2017, 12, 20);
        var request = new SimulationRequest(day, day, city.Seed) { City = city, ScenarioDir = Path.Combine(store.Directory, "scenario") };
        var simulation = store.Services.GetRequiredService<SimulationService>();
        await simulation.RunAsync(request);
        var before = await store.FingerprintAsync();
        var reports = new List<SimulationProgress>();
        simulation.ProgressChanged += reports.Add;

        await simulation.RunAsync(request);

        Assert.Equal([new SimulationProgress(1, 1, "done")], reports);
        Assert.Equal(before, await store.FingerprintAsync());
    }

    private static long Count(string db, string table)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)cmd.ExecuteScalar()!;
    }
}
