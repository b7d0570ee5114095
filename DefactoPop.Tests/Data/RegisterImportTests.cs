using System.Text;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Tests.TestSupport;

namespace DefactoPop.Tests.Data;

public class RegisterImportTests
{
    private const string Header =
        "기간\t자치구\t동\t세대\t인구\t인구\t인구\t인구\t인구\t인구\t인구\t인구\t인구\t세대당인구\t65세이상고령자\n" +
        "기간\t자치구\t동\t세대\t합계\t합계\t합계\t한국인\t한국인\t한국인\t외국인\t외국인\t외국인\t세대당인구\t65세이상고령자\n" +
        "기간\t자치구\t동\t세대\t계\t남자\t여자\t계\t남자\t여자\t계\t남자\t여자\t세대당인구\t65세이상고령자\n";

    private static string Row(string gu, string dong, int all) =>
        $"2021.2/4\t{gu}\t{dong}\t1\t{all}\t{all / 2}\t{all - all / 2}\t{all}\t{all / 2}\t{all - all / 2}\t0\t0\t0\t2\t1\n";

    [Fact]
    public async Task Import_RegisterWithADongTheMappingLacks_LoadsTheRestAndReportsIt()
    {
        await using var store = await TestStore.CreateAsync();
        await StoreFixtures.SeedZonesAsync(store);
        var text = Header + Row("합계", "합계", 9000) + Row("종로구", "소계", 3000) + Row("종로구", "사직동", 3000)
            + Row("강남구", "소계", 6000) + Row("강남구", "역삼1동", 4000) + Row("구로구", "항동", 2000);
        var path = store.WriteFile("register_2021Q2.txt", Encoding.UTF8.GetBytes(text));

        var report = await store.Imports.ImportFileAsync(path);

        Assert.Equal(1, report.RejectedRows);
        Assert.Contains(report.Notes, n => n.Contains("구로구 항동 (11530)") && n.Contains("2,000 persons") && n.Contains("line 9"));
        var dongs = await store.Read.GetZonesAsync(ZoneLevel.Dong);
        var registered = await store.Read.GetRegisteredAsync(ZoneLevel.Dong);
        Assert.Equal(3000, registered[dongs.ToList().FindIndex(z => z.Code == "11110530")]);
        Assert.Equal(4000, registered[dongs.ToList().FindIndex(z => z.Code == "11680640")]);
        var unjoined = await store.Read.GetMetaAsync(MetaKeys.RegisterUnjoined);
        Assert.NotNull(unjoined);
        Assert.Equal(("register_2021Q2.txt", "2021.2/4", 5), (unjoined.File, unjoined.Period, unjoined.JoinedZones));
        var zone = Assert.Single(unjoined.Zones);
        Assert.Equal(("구로구 항동", "11530", 2000.0), (zone.Name, zone.Code, zone.Persons));
    }

    [Fact]
    public async Task Import_RegisterWhereMostDongsDoNotJoin_IsRefusedWhole()
    {
        await using var store = await TestStore.CreateAsync();
        await StoreFixtures.SeedZonesAsync(store);
        var before = await store.FingerprintAsync();
        var text = Header + Row("종로구", "사직동", 3000) + Row("종로구", "없는1동", 10) + Row("종로구", "없는2동", 10) + Row("구로구", "항동", 10);
        var path = store.WriteFile("register_bad.txt", Encoding.UTF8.GetBytes(text));

        var error = await Assert.ThrowsAsync<ImportFormatException>(() => store.Imports.ImportFileAsync(path));

        Assert.Contains(error.Issues, i => i.Reason.Contains("3 of 4 zones do not join"));
        Assert.Contains(error.Issues, i => i.Reason.Contains("구로구 항동"));
        Assert.Equal(before, await store.FingerprintAsync());
    }
}
