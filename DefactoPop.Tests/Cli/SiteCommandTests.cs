using System.Text.Json;
using DefactoPop.Core.Siting;
using DefactoPop.Tests.TestSupport.Stores;
using DefactoPop.Web.Cli;
using DefactoPop.Web.Data.Siting;
using DefactoPop.Web.Exports;
using DefactoPop.Web.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DefactoPop.Tests.Cli;

/// <summary>The <c>site</c> verb: refused settings, and its JSON contract from a run on the simulated store.</summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class SiteCommandTests(Sqlite2017StoreFixture fixture)
{
    private async Task<(int Code, string Error)> RunAsync(params string[] args)
    {
        var error = new StringWriter();
        var code = await CliApp.RunAsync([.. args, "--db", fixture.Store.DbPath], error);
        return (code, error.ToString());
    }

    [Theory]
    [InlineData("--preset", "nope")]
    [InlineData("--preset", "canopy", "--set", "heat=2")]
    [InlineData("--preset", "canopy", "--set", "colour=red")]
    [InlineData("--preset", "senior", "--k", "0")]
    [InlineData("--preset", "senior", "--set", "k=3")]
    public async Task Site_BadSetting_ExitsTwo(params string[] args)
    {
        var (code, _) = await RunAsync(["site", .. args]);

        Assert.Equal(2, code);
    }

    [Fact]
    public async Task Site_UnknownOption_ExitsTwo()
    {
        var (code, error) = await RunAsync("site", "--preset", "senior", "--colour", "red");

        Assert.Equal(2, code);
        Assert.Contains("colour", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SitingPreset.Senior)]
    [InlineData(SitingPreset.Canopy)]
    [InlineData(SitingPreset.Bus)]
    [InlineData(SitingPreset.Retail)]
    public async Task SiteJson_EveryPreset_CarriesTheContract(SitingPreset preset)
    {
        var service = fixture.Store.Services.GetRequiredService<SitingService>();

        var run = await service.RunAsync(new SitingFilter { Preset = preset, Draws = 6 });
        using var json = JsonDocument.Parse(SitingExport.Json(run.Result, run.From, run.To, "oa", 10));

        var sites = json.RootElement.GetProperty("sites").EnumerateArray().ToList();
        Assert.NotEmpty(sites);
        foreach (var s in sites)
        {
            foreach (var key in new[] { "id", "name", "lon", "lat", "score", "selectionFrequency", "rankInterval", "rationale" })
                Assert.True(s.TryGetProperty(key, out _), $"{preset}: {key} missing");
            Assert.InRange(s.GetProperty("lat").GetDouble(), 33, 39);
            var f = s.GetProperty("selectionFrequency").GetDouble();
            Assert.InRange(f, 0, 1);
            var interval = s.GetProperty("rankInterval").EnumerateArray().Select(x => x.GetInt32()).ToArray();
            Assert.True(interval[0] <= interval[1]);
        }
        Assert.True(json.RootElement.GetProperty("hasIntervals").GetBoolean());
    }
}
