using System.Text.Json;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Siting;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Web.Data.Siting;
using DefactoPop.Web.Exports;
using DefactoPop.Web.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.Data;

/// <summary>
/// The workbenches on a store built from the real files only (district boundaries and figures, the real point layers):
/// official files carry no intervals, so selection frequencies are reported as unavailable; a preset whose layer is
/// missing says which.
/// </summary>
public sealed class SitingRealDataTests : IAsyncLifetime
{
    private TestStore? _store;

    public async Task InitializeAsync()
    {
        if (!SharedData.Exists)
            return;
        _store = await TestStore.CreateAsync();
        foreach (var file in (string[])[
            "boundaries/seoul_gu_2017.geojson",
            "population/gu/LOCAL_PEOPLE_GU_UTF_2024-01-01_2024-06-05.csv",
            "facilities/seoul_heat_shelters_2026.csv",
            "facilities/seoul_shade_canopies_2026.csv",
            "weather/seoul_summer_mean_temperature_aws.csv",
            "other/seoul_bus_stops_20250513.xlsx"])
            await _store.Imports.ImportFileAsync(SharedData.Real(file));
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
            await _store.DisposeAsync();
    }

    private SitingService Service => _store!.Services.GetRequiredService<SitingService>();

    [SharedDataFact]
    public async Task Retail_RealDistrictFiles_RanksDistrictsWithoutFrequencies()
    {
        var run = await Service.RunAsync(new SitingFilter { Preset = SitingPreset.Retail, Draws = 5 });

        Assert.Equal(ZoneLevel.Gu, run.Level);
        Assert.False(run.Result.HasIntervals);
        Assert.Equal(25, run.Result.Sites.Count);
        using var json = JsonDocument.Parse(SitingExport.Json(run.Result, run.From, run.To, "gu"));
        Assert.All(json.RootElement.GetProperty("sites").EnumerateArray(),
            s => Assert.Equal(JsonValueKind.Null, s.GetProperty("selectionFrequency").ValueKind));
    }

    [SharedDataFact]
    public async Task Senior_RealShelterList_UsesTheRealSeniorFacilitiesAsExisting()
    {
        var run = await Service.RunAsync(new SitingFilter { Preset = SitingPreset.Senior, Facility = SeniorFacility.WelfareCentre, Draws = 3, K = 2 });

        Assert.False(run.Result.HasIntervals);
        Assert.Equal(2, run.Result.Sites.Count(s => s.Chosen));
        Assert.Contains(run.Result.Places, p => p.Layer == "existing");
    }

    [SharedDataFact]
    public async Task Canopy_NoCrosswalksLoaded_SaysSo()
    {
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => Service.RunAsync(new SitingFilter { Preset = SitingPreset.Canopy, Draws = 2 }));

        Assert.Contains("횡단보도", e.Message, StringComparison.Ordinal);
    }
}
