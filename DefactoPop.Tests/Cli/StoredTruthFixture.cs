using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Synthetic;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.TestCities;
using DefactoPop.Web.Data.Simulation;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.Cli;

/// <summary>
/// A small test city simulated by the product's <see cref="SimulationService"/> into a real SQLite store for two days,
/// and sealed truth folders of those days written by <see cref="TruthWriter"/>: the model's truth as simulate --out
/// writes it (RunDir/truth), an "echo" truth read back from the store's own 집계구 figures (so every error is rounding),
/// and the echo scaled by 1.1.
/// </summary>
public sealed class StoredTruthFixture : IAsyncLifetime
{
    public static DateOnly First { get; } = new(2017, 10, 10);
    public static DateOnly Second { get; } = new(2017, 10, 11);

    public TestStore Store { get; private set; } = null!;

    /// <summary>The folder simulate --out would write; the truth is in its "truth" sub-folder.</summary>
    public string RunDir => Path.Combine(Store.Directory, "run");
    public string TruthDir => Path.Combine(RunDir, "truth");
    public string EchoTruthDir => Path.Combine(Store.Directory, "echo");
    public string ScaledTruthDir => Path.Combine(Store.Directory, "scaled");

    public async Task InitializeAsync()
    {
        Store = await TestStore.CreateAsync(seoulDistricts: false);
        var city = TestCityFactory.Create(new TestCityOptions { OaCount = 240, Columns = 20 }).City;
        await Store.Services.GetRequiredService<SimulationService>().RunAsync(new SimulationRequest(First, Second, city.Seed) { City = city });
        string[] codes = [.. city.Oas.Select(o => o.Code)];
        Func<HourSlot, TruthHour> truth = slot => MovementModel.Generate(city, slot);
        string[] stored = [.. (await Store.Read.GetZonesAsync(ZoneLevel.Oa)).Select(z => z.Code)];
        foreach (var day in new[] { First, Second })
        {
            TruthWriter.WriteDay(Directory.CreateDirectory(TruthDir).FullName, day, codes, truth);
            var echo = await EchoAsync(day, stored.Length);
            TruthWriter.WriteDay(Directory.CreateDirectory(EchoTruthDir).FullName, day, stored, slot => echo[slot.Hour]);
            TruthWriter.WriteDay(Directory.CreateDirectory(ScaledTruthDir).FullName, day, stored, slot => Scaled(echo[slot.Hour], 3f));
        }
    }

    /// <summary>The store's 집계구 figures of a day as truth hours, zones in the store's order (by code).</summary>
    private async Task<TruthHour[]> EchoAsync(DateOnly day, int oas)
    {
        var hours = new TruthHour[24];
        for (var h = 0; h < 24; h++)
        {
            var slot = new HourSlot(day, h);
            var domestic = new float[oas * Strata.Count];
            for (var s = 0; s < Strata.Count; s++)
                Spread(await OaAsync(slot, new PopulationQuery(PopulationClass.Domestic, Strata.SexOf(s), Strata.BandOf(s))), domestic, s, Strata.Count);
            var longTerm = new float[oas * 2];
            var shortTerm = new float[oas * 2];
            foreach (var n in new[] { Nationality.Chinese, Nationality.Other })
            {
                Spread(await OaAsync(slot, new PopulationQuery(PopulationClass.LongTermForeign, Nationality: n)), longTerm, (int)n, 2);
                Spread(await OaAsync(slot, new PopulationQuery(PopulationClass.ShortTermForeign, Nationality: n)), shortTerm, (int)n, 2);
            }
            hours[h] = new TruthHour { Slot = slot, Domestic = domestic, LongTerm = longTerm, ShortTerm = shortTerm };
        }
        return hours;
    }

    private async Task<double[]> OaAsync(HourSlot slot, PopulationQuery query) =>
        (await Store.InternalRead.GetLevelAsync(slot, ZoneLevel.Oa, query)).Values;

    private static void Spread(double[] values, float[] target, int offset, int stride)
    {
        for (var j = 0; j < values.Length; j++)
            target[j * stride + offset] = double.IsNaN(values[j]) ? 0 : (float)values[j];
    }

    public async Task DisposeAsync() => await Store.DisposeAsync();

    private static TruthHour Scaled(TruthHour t, float factor) => new()
    {
        Slot = t.Slot,
        Domestic = Array.ConvertAll(t.Domestic, v => v * factor),
        LongTerm = Array.ConvertAll(t.LongTerm, v => v * factor),
        ShortTerm = Array.ConvertAll(t.ShortTerm, v => v * factor),
    };
}

[CollectionDefinition(Name)]
public sealed class StoredTruthCollection : ICollectionFixture<StoredTruthFixture>
{
    public const string Name = "Stored estimates and sealed truth";
}
