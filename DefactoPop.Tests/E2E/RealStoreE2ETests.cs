using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.Stores;

namespace DefactoPop.Tests.E2E;

/// <summary>The dashboard suite on the real files of ../shared without a register: 자치구 figures only.</summary>
public sealed class RealStoreE2ETests(RealStoreFixture.WithoutRegister fixture) : DashboardStoreSuite(fixture), IClassFixture<RealStoreFixture.WithoutRegister>
{
    [SharedDataTheory, MemberData(nameof(Pages))]
    public Task Page_RealStore_OpensWithoutErrors(string path) => PageOpensCleanAsync(path);

    public static TheoryData<string, string> PagesInBothLanguages { get; } = new()
    {
        { "/", "ko" }, { "/", "en" }, { "/map", "ko" }, { "/map", "en" }, { "/compare", "ko" }, { "/compare", "en" },
        { "/swings", "ko" }, { "/swings", "en" }, { "/foreigners", "ko" }, { "/foreigners", "en" }, { "/method", "ko" }, { "/method", "en" },
    };

    [SharedDataTheory, MemberData(nameof(PagesInBothLanguages))]
    public Task Page_RealStore_NoAxeViolation(string path, string lang) => PageHasNoAxeViolationAsync(path, lang);

    [SharedDataFact]
    public Task Map_DistrictFiguresOnly_OpensOnDistricts() => MapOpensOnFinestLevelWithDataAsync();

    [SharedDataFact]
    public Task Overview_NoRegisterNoForeigners_DashNotZero() => OverviewNeverLoaded_DashWithReasonAsync();

    [SharedDataFact]
    public Task Foreigners_NeverLoaded_NoticeNotZeros() => ForeignersNeverLoaded_NoZerosAsync();

    [SharedDataFact]
    public Task Compare_DongsWithoutData_SaysSo() => CompareDongs_RowsOrNoDataNoticeAsync();
}

/// <summary>The same suite after the real 2021Q2 register is loaded; the register's unjoined dong (구로구 항동) is reported.</summary>
public sealed class RealStoreWithRegisterE2ETests(RealStoreFixture.WithRegister fixture) : DashboardStoreSuite(fixture), IClassFixture<RealStoreFixture.WithRegister>
{
    [SharedDataFact]
    public void Import_Register2021Q2_LoadsAndNamesHangDong()
    {
        Assert.Null(fixture.RegisterError);
        var report = Assert.IsType<Web.Data.Import.ImportReport>(fixture.RegisterReport);
        Assert.True(report.Rows > 400, $"{report.Rows} rows");
        Assert.Contains(report.Notes, n => n.Contains("항동", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public async Task Method_Register2021Q2_NamesHangDong()
    {
        var browser = await fixture.BrowserAsync();
        var probe = await browser.OpenAsync("/method");
        await probe.Page.WaitForSelectorAsync("#page-title", new() { Timeout = 30_000 });

        Assert.Contains("항동", await probe.Page.InnerTextAsync("body"), StringComparison.Ordinal);
    }

    [SharedDataTheory, MemberData(nameof(Pages))]
    public Task Page_RealStoreWithRegister_OpensWithoutErrors(string path) => PageOpensCleanAsync(path);

    [SharedDataFact]
    public Task Map_DistrictFiguresOnly_OpensOnDistricts() => MapOpensOnFinestLevelWithDataAsync();

    [SharedDataFact]
    public Task Overview_RegisterNoForeigners_DashNotZero() => OverviewNeverLoaded_DashWithReasonAsync();

    [SharedDataFact]
    public Task Foreigners_NeverLoaded_NoticeNotZeros() => ForeignersNeverLoaded_NoZerosAsync();

    [SharedDataFact]
    public Task Compare_DongsWithoutData_SaysSo() => CompareDongs_RowsOrNoDataNoticeAsync();
}

/// <summary>The same suite on the synthetic default: the simulated 2017 SQLite store, every level and class loaded.</summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class SyntheticStoreE2ETests(Sqlite2017StoreFixture fixture) : DashboardStoreSuite(fixture)
{
    [Theory, MemberData(nameof(Pages))]
    public Task Page_SyntheticStore_OpensWithoutErrors(string path) => PageOpensCleanAsync(path);

    [Fact]
    public Task Map_AllLevels_OpensOnDongs() => MapOpensOnFinestLevelWithDataAsync();

    [Fact]
    public Task Overview_EverythingLoaded_FiguresNotDashes() => OverviewNeverLoaded_DashWithReasonAsync();

    [Fact]
    public Task Foreigners_Loaded_NoZeros() => ForeignersNeverLoaded_NoZerosAsync();

    [Fact]
    public Task Compare_Dongs_Ranked() => CompareDongs_RowsOrNoDataNoticeAsync();
}
