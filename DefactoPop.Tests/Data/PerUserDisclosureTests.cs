using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport.Stores;
using DefactoPop.Web.Data.Stores;

namespace DefactoPop.Tests.Data;

/// <summary>
/// The internal mode is per reader: with <see cref="DisclosureSettings.PerUser"/> (the web host), the read store gives
/// raw figures only inside a flow <see cref="DisclosureAccess"/> allows, and the public view everywhere else, including
/// where nobody said who is reading.
/// </summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class PerUserDisclosureTests(Sqlite2017StoreFixture fixture)
{
    private static readonly HourSlot s_slot = new(new DateOnly(2017, 10, 4), 4);
    private static readonly PopulationQuery s_query = new(PopulationClass.Domestic, Sex.Female, AgeBand.A70Plus);

    [Fact]
    public async Task ReadStore_InternalModePerUser_RawOnlyWhereAllowed()
    {
        var store = Store(perUser: true);
        var publicView = (await fixture.Store.Read.GetLevelAsync(s_slot, ZoneLevel.Oa, s_query)).Values;
        var raw = (await fixture.Store.InternalRead.GetLevelAsync(s_slot, ZoneLevel.Oa, s_query)).Values;
        Assert.NotEqual(publicView, raw); // the fixture has cells the release hides

        var unset = await Task.Run(() => store.GetLevelAsync(s_slot, ZoneLevel.Oa, s_query));
        var viewer = await ReadAsAsync(store, rawAllowed: false);
        var analyst = await ReadAsAsync(store, rawAllowed: true);

        Assert.Equal(publicView, unset.Values);
        Assert.Equal(publicView, viewer.Values);
        Assert.Equal(raw, analyst.Values);
        Assert.Contains(viewer.Masked, m => m);
        Assert.DoesNotContain(analyst.Masked, m => m);
    }

    [Fact]
    public async Task ReadStore_InternalModeForTheVerbs_RawWithoutAReader()
    {
        var store = Store(perUser: false);
        var raw = (await fixture.Store.InternalRead.GetLevelAsync(s_slot, ZoneLevel.Oa, s_query)).Values;

        var unset = await Task.Run(() => store.GetLevelAsync(s_slot, ZoneLevel.Oa, s_query));

        Assert.Equal(raw, unset.Values);
    }

    private PopulationReadStore Store(bool perUser) => new(fixture.Store.Database, fixture.Store.Catalogs,
        new DisclosureView(fixture.Store.Database, fixture.Store.Catalogs,
            Microsoft.Extensions.Options.Options.Create(new DisclosureSettings { Mode = "internal", PerUser = perUser })));

    /// <summary>Reads in a flow of its own in which the reader's right is set (it does not leak into the test's flow).</summary>
    private static Task<LevelSnapshot> ReadAsAsync(PopulationReadStore store, bool rawAllowed) => Task.Run(async () =>
    {
        DisclosureAccess.Set(rawAllowed);
        return await store.GetLevelAsync(s_slot, ZoneLevel.Oa, s_query);
    });
}
