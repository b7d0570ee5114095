using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport.Stores;

namespace DefactoPop.Tests.Data;

/// <summary>The simulated store (with the default cell outages) marks imputed OAs, and the marker rolls up to 행정동, 자치구 and city.</summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class Sqlite2017ImputedTests(Sqlite2017StoreFixture fixture)
{
    private static readonly DateOnly s_day = new(2017, 10, 4);

    [Fact]
    public async Task Imputed_Oa_RollsUpToItsDongDistrictAndCity()
    {
        var read = fixture.Store.Read;
        var (slot, oa) = await FirstImputedOaAsync(read);
        var dong = oa.ParentCode!;
        var gu = (await read.GetZonesAsync(ZoneLevel.Dong)).Single(z => z.Code == dong).ParentCode!;
        foreach (var (level, code) in ((ZoneLevel, string)[])[(ZoneLevel.Dong, dong), (ZoneLevel.Gu, gu), (ZoneLevel.City, ZoneCodes.City)])
        {
            var zones = await read.GetZonesAsync(level);
            var snap = await read.GetLevelAsync(slot, level, PopulationQuery.All);
            Assert.NotNull(snap.Imputed);
            Assert.True(snap.Imputed[zones.ToList().FindIndex(z => z.Code == code)], $"{level} {code} at {slot}");
        }
        var series = await read.GetSeriesAsync(oa.Code, new HourSlot(s_day, 0), new HourSlot(s_day, 23), PopulationQuery.All);
        Assert.True(series[slot.Hour].Imputed);
    }

    [Fact]
    public async Task Imputed_OnlyInOutageHours_NotEverywhere()
    {
        var read = fixture.Store.Read;
        var share = new List<double>();
        for (var h = 0; h < 24; h++)
        {
            var snap = await read.GetLevelAsync(new HourSlot(s_day, h), ZoneLevel.Oa, PopulationQuery.All);
            share.Add(snap.Imputed?.Count(i => i) / (double)snap.Values.Length ?? 0);
        }
        Assert.Contains(share, s => s > 0);
        Assert.All(share, s => Assert.True(s < 0.5, $"{s:P0} of OAs imputed in one hour"));
    }

    internal static async Task<(HourSlot Slot, Zone Oa)> FirstImputedOaAsync(IPopulationReadStore read)
    {
        var zones = await read.GetZonesAsync(ZoneLevel.Oa);
        for (var h = 0; h < 24; h++)
        {
            var slot = new HourSlot(s_day, h);
            var snap = await read.GetLevelAsync(slot, ZoneLevel.Oa, PopulationQuery.All);
            if (snap.Imputed is { } flags && Array.IndexOf(flags, true) is var i and >= 0)
                return (slot, zones[i]);
        }
        throw new InvalidOperationException($"No OA was imputed on {s_day}: the simulated day should have cell outages.");
    }
}
