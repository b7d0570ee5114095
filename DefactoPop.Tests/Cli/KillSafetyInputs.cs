using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Publication;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.TestCities;
using DefactoPop.Web.Cli;
using DefactoPop.Web.Data.Stores;

namespace DefactoPop.Tests.Cli;

/// <summary>
/// Inputs the project writes itself for the kill tests, built once: a store holding a made-up catalogue (every
/// 행정동 of <see cref="BenchCity"/> and its first <see cref="ImportOas"/> 집계구) with a folder of one 집계구 day file per
/// day, and a scenario folder (drops and city) of a small synthetic city. Each verb is run once to completion on a copy
/// as the reference: its fingerprint (and, for the import, its duration: the kill points are fractions of it).
/// </summary>
public sealed class KillSafetyInputs : IAsyncLifetime
{
    public const int ImportOas = 1200;
    public const int EstimateOas = 240;
    public static readonly DateOnly[] ImportDays = [new(2017, 12, 18), new(2017, 12, 19), new(2017, 12, 20), new(2017, 12, 21)];
    public static readonly DateOnly[] EstimateDays = [new(2017, 10, 10), new(2017, 10, 11), new(2017, 10, 12)];

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "defactopop-kill-" + Guid.NewGuid().ToString("N"));

    /// <summary>The catalogue-only store every import run starts from (copied).</summary>
    public string ImportBase => Path.Combine(Root, "import-base.db");

    public string ImportFiles => Path.Combine(Root, "files");

    public ScenarioFolders Scenario => new(Path.Combine(Root, "scenario"));

    public string ImportFingerprint { get; private set; } = "";
    public TimeSpan ImportDuration { get; private set; }
    public string EstimateFingerprint { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ImportFiles);
        await WriteImportBaseAsync();
        var (_, oas) = BenchCity.Build();
        var layout = FileLayout.For(ZoneLevel.Oa, PopulationClass.Domestic);
        for (var d = 0; d < ImportDays.Length; d++)
        {
            LivingPopulationWriter.WriteFile(Path.Combine(ImportFiles, OfficialFileNames.For(layout, ImportDays[d])), layout,
                BenchCity.DayRows(oas.Take(ImportOas).ToList(), ImportDays[d], d), LivingPopulationWriterOptions.Official);
        }
        WriteScenario();

        var import = NewStore("import-reference", copyBase: true);
        var run = await ChildVerb.RunAsync(ImportArgs(import));
        Assert.True(run.ExitCode == 0, run.Output);
        (ImportFingerprint, ImportDuration) = (StoreConsistency.Fingerprint(import), run.Elapsed);
        var estimate = NewStore("estimate-reference", copyBase: false);
        run = await ChildVerb.RunAsync(EstimateArgs(estimate));
        Assert.True(run.ExitCode == 0, run.Output);
        EstimateFingerprint = StoreConsistency.Fingerprint(estimate);
    }

    /// <summary>A store path in a folder of its own: a copy of the import base, or none yet (estimate makes it).</summary>
    public string NewStore(string name, bool copyBase)
    {
        var dir = Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
        var path = Path.Combine(dir, "store.db");
        if (copyBase)
            File.Copy(ImportBase, path);
        return path;
    }

    public string[] ImportArgs(string db) => ["import", ImportFiles, "--db", db];

    public string[] EstimateArgs(string db) => ["estimate", "--drops", Scenario.Drops, "--city", Scenario.City, "--db", db];

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Root))
            Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }

    private async Task WriteImportBaseAsync()
    {
        await using var store = await TestStore.CreateAsync();
        var (dongs, oas) = BenchCity.Build();
        await using (var db = await store.Database.Contexts.CreateDbContextAsync())
            await ZoneCatalogWriter.UpsertAsync(db, [.. dongs, .. oas.Take(ImportOas)]);
        await using (var connection = await store.Database.OpenAsync())
        await using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await cmd.ExecuteNonQueryAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Copy(store.DbPath, ImportBase);
    }

    private void WriteScenario()
    {
        var city = TestCityFactory.Create(new TestCityOptions { OaCount = EstimateOas, Columns = 20 });
        const int seed = 5;
        var plan = NetworkPlan.Generate(city.City, seed);
        var validFrom = new DateOnly(2017, 1, 1);
        var observation = new ObservationOptions();
        ScenarioEmitter.WriteReference(Scenario, plan, city.City, observation, seed, validFrom);
        ScenarioEmitter.WriteCity(Scenario, city.City, seed);
        var cellPlan = OperatorEmitter.CellPlanOf(plan, validFrom);
        foreach (var day in EstimateDays)
            ScenarioEmitter.WriteDay(Scenario, city.City, plan, cellPlan, city.Truth, observation, seed, day);
    }
}
