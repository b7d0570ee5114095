using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Web.Data.Stores;

namespace DefactoPop.Tests.Data;

/// <summary>Zones the generated official-layout fixtures refer to.</summary>
internal static class StoreFixtures
{
    public static async Task SeedZonesAsync(TestStore store)
    {
        Zone[] zones =
        [
            new("11110530", ZoneLevel.Dong, "사직동", "Sajik-dong", 1.2, "11110") { StatCode = "1101053" },
            new("11680640", ZoneLevel.Dong, "역삼1동", "Yeoksam 1-dong", 2.5, "11680") { StatCode = "1123064" },
            new("1101053010001", ZoneLevel.Oa, "1101053010001", null, 0.05, "11110530"),
            new("1123064010002", ZoneLevel.Oa, "1123064010002", null, 0.04, "11680640"),
        ];
        await using (var db = await store.Database.Contexts.CreateDbContextAsync())
            await ZoneCatalogWriter.UpsertAsync(db, zones);
        store.Catalogs.Invalidate();
    }
}
