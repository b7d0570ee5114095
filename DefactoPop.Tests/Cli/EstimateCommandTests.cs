using DefactoPop.Tests.Core.Operator;
using DefactoPop.Tests.Data;
using DefactoPop.Web.Cli;

namespace DefactoPop.Tests.Cli;

public sealed class EstimateCommandTests : IDisposable
{
    private readonly TinyDropCity _city = new();

    private string DbPath => Path.Combine(_city.Drops.Root, "store.db");

    public void Dispose() => _city.Dispose();

    private static Task<int> RunAsync(params string[] args) => CliApp.RunAsync(args, new StringWriter());

    [Fact]
    public async Task Estimate_GoodDrops_ExitsZeroAndFillsTheStore()
    {
        var error = new StringWriter();
        var code = await CliApp.RunAsync(["estimate", "--drops", _city.DropsRoot, "--city", _city.City, "--db", DbPath], error);

        Assert.True(code == 0, $"exit {code}: {error}");
        Assert.True(new FileInfo(DbPath).Length > 0);
        Assert.Equal(0, await RunAsync("summary", "--db", DbPath));
    }

    [Fact]
    public async Task Estimate_OneBadDay_ExitsTwoAfterLoadingTheOthers()
    {
        BadDropCase.All[0].Break(_city.Drops.DayFolder(DropFixture.Day));

        var code = await RunAsync("estimate", "--drops", _city.DropsRoot, "--city", _city.City, "--db", DbPath);

        Assert.Equal(2, code);
        Assert.Equal(0, await RunAsync("estimate", "--drops", _city.DropsRoot, "--city", _city.City, "--from", "2017-10-12", "--to", "2017-10-12", "--db", DbPath));
    }

    [Theory]
    [InlineData("--drops", "/nonexistent-drops")]
    [InlineData("--window", "0")]
    [InlineData("--day", "2017-10-11")]
    public async Task Estimate_BadOrUnknownOption_ExitsTwoAndCreatesNoStore(string option, string value)
    {
        string[] args = option == "--drops"
            ? ["estimate", option, value, "--city", _city.City, "--db", DbPath]
            : ["estimate", "--drops", _city.DropsRoot, "--city", _city.City, option, value, "--db", DbPath];

        Assert.Equal(2, await RunAsync(args));
        Assert.False(File.Exists(DbPath));
    }

    [Fact]
    public async Task Estimate_CityFolderWithoutZones_ExitsTwoNamingTheFile()
    {
        File.Delete(Path.Combine(_city.City, "zones.csv"));

        Assert.Equal(2, await RunAsync("estimate", "--drops", _city.DropsRoot, "--city", _city.City, "--db", DbPath));
    }
}
