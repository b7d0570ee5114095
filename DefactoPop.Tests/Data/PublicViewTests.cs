using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport.Stores;
using DefactoPop.Web.Data.Stores;

namespace DefactoPop.Tests.Data;

/// <summary>The store's default (public) view shows what the release publishes; the internal view the raw estimates.</summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class PublicViewTests(Sqlite2017StoreFixture fixture)
{
    private static readonly HourSlot s_night = new(new DateOnly(2017, 10, 4), 4);

    [Fact]
    public async Task Level_PublicOaStrata_NothingAtOrBelowTheThresholdShownWhereTheRawViewHasSome()
    {
        var shownSmall = 0;
        var rawSmall = 0;
        foreach (var sex in Enum.GetValues<Sex>())
        {
            foreach (var band in Enum.GetValues<AgeBand>())
            {
                var query = new PopulationQuery(PopulationClass.Domestic, sex, band);
                var shown = await fixture.Store.Read.GetLevelAsync(s_night, ZoneLevel.Oa, query);
                var raw = await fixture.Store.InternalRead.GetLevelAsync(s_night, ZoneLevel.Oa, query);
                shownSmall += shown.Values.Where((v, i) => !shown.Masked[i] && v <= 3).Count();
                rawSmall += raw.Values.Count(v => v <= 3);
                Assert.All(Enumerable.Range(0, shown.Values.Length).Where(i => shown.Masked[i]), i => Assert.True(shown.Lower is null || double.IsNaN(shown.Lower[i])));
            }
        }
        Assert.Equal(0, shownSmall);
        Assert.True(rawSmall > 100, $"{rawSmall} small raw cells");
    }

    [Fact]
    public async Task Level_PublicOaForeigners_HiddenBecauseTheReleasePublishesThemByDongOnly()
    {
        var oa = await fixture.Store.Read.GetLevelAsync(s_night, ZoneLevel.Oa, new PopulationQuery(PopulationClass.LongTermForeign));
        var dong = await fixture.Store.Read.GetLevelAsync(s_night, ZoneLevel.Dong, new PopulationQuery(PopulationClass.LongTermForeign));

        Assert.All(oa.Masked, Assert.True);
        Assert.Contains(dong.Values, v => v > 3);
    }

    [Fact]
    public async Task Mask_StoreWithoutThePattern_BuiltOnFirstReadWithTheSameResult()
    {
        var query = new PopulationQuery(PopulationClass.Domestic, Sex.Female, AgeBand.A70Plus);
        var before = await fixture.Store.Read.GetLevelAsync(s_night, ZoneLevel.Oa, query);
        await using (var connection = await fixture.Store.Database.OpenAsync())
            MaskTable.Delete(connection, null, [s_night.Ordinal]);

        var after = await fixture.Store.Read.GetLevelAsync(s_night, ZoneLevel.Oa, query);

        Assert.Equal(before.Masked, after.Masked);
        Assert.Equal(before.Values, after.Values);
        await using (var connection = await fixture.Store.Database.OpenAsync())
            Assert.NotNull(MaskTable.Read(connection, null, s_night.Ordinal));
    }

    [Fact]
    public async Task DailyStats_PublicView_NoOaDaysAndNoDayWithAHiddenTotal()
    {
        var day = s_night.Date;
        var rawDongs = await fixture.Store.InternalRead.GetDailyStatsAsync(ZoneLevel.Dong, day, day);
        var dongs = await fixture.Store.Read.GetDailyStatsAsync(ZoneLevel.Dong, day, day);

        Assert.Empty(await fixture.Store.Read.GetDailyStatsAsync(ZoneLevel.Oa, day, day));
        Assert.NotEmpty(dongs);
        Assert.Subset(rawDongs.ToHashSet(), dongs.ToHashSet());
    }
}
