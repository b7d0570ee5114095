using System.Globalization;
using System.Text;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Publication;
using DefactoPop.Tests.TestSupport;
using DefactoPop.Tests.TestSupport.Fixtures;
using DefactoPop.Tests.TestSupport.Stores;
using DefactoPop.Web.Cli;
using DefactoPop.Web.Data.Export;

namespace DefactoPop.Tests.Data;

/// <summary><c>export --intervals</c> appends each row's 90 % bounds; the default stays the official layout.</summary>
[Collection(Sqlite2017Collection.Name)]
public sealed class IntervalExportTests(Sqlite2017StoreFixture fixture) : IDisposable
{
    private static readonly DateOnly s_day = new(2017, 10, 4);
    private readonly string _dir = Directory.CreateTempSubdirectory("defactopop-export-").FullName;

    [Fact]
    public async Task ExportCommand_Intervals_AppendsBoundsAroundEveryTotal()
    {
        var path = Path.Combine(_dir, "dong.csv");
        var error = new StringWriter();

        var code = await CliApp.RunAsync(["export", "--db", fixture.Store.DbPath, "--level", "dong", "--from", "2017-10-04", "--to", "2017-10-04",
            "--encoding", "utf-8", "--threshold", "0", "--intervals", "--out", path], error);

        Assert.True(code == 0, error.ToString());
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var header = Cells(lines[0]);
        Assert.Equal([LivingPopulationWriter.LowerColumn, LivingPopulationWriter.UpperColumn, LivingPopulationWriter.ImputedColumn], header[^3..]);
        var total = Array.IndexOf(header, FileLayout.For(ZoneLevel.Dong, PopulationClass.Domestic, true).Columns[3]);
        Assert.Equal(3, total);
        Assert.True(lines.Length > 24);
        var imputed = 0;
        foreach (var line in lines.Skip(1))
        {
            var c = Cells(line);
            Assert.Equal(header.Length, c.Length);
            double V(int i) => double.Parse(c[i], CultureInfo.InvariantCulture);
            Assert.InRange(V(total), V(c.Length - 3), V(c.Length - 2));
            Assert.True(V(c.Length - 2) > V(c.Length - 3), line);
            Assert.Contains(c[^1], (string[])["", "Y"]);
            imputed += c[^1] == "Y" ? 1 : 0;
        }
        // The simulated day has cell outages: some 행정동-hours are marked, most are not.
        Assert.InRange(imputed, 1, (lines.Length - 1) / 2);
    }

    [Fact]
    public async Task Export_Default_KeepsTheOfficialLayout()
    {
        var plain = Path.Combine(_dir, "plain.csv");
        var withBounds = Path.Combine(_dir, "bounds.csv");
        var request = new ExportRequest(ZoneLevel.Dong, s_day, s_day, PopulationClass.Domestic, "utf-8", plain) { Threshold = null };

        await fixture.Store.Exports.ExportAsync(request);
        await fixture.Store.Exports.ExportAsync(request with { OutPath = withBounds, Intervals = true });

        var official = FileLayout.For(ZoneLevel.Dong, PopulationClass.Domestic, true).Columns;
        var a = File.ReadAllLines(plain);
        var b = File.ReadAllLines(withBounds);
        Assert.Equal(official, Cells(a[0]));
        Assert.Equal(a.Length, b.Length);
        // The bounds are appended: every official cell is unchanged.
        for (var i = 0; i < a.Length; i++)
            Assert.Equal(Cells(a[i]), Cells(b[i])[..^3]);
    }

    [Fact]
    public async Task ExportCommand_MisspelledIntervalsOption_IsAnError()
    {
        var path = Path.Combine(_dir, "typo.csv");
        var error = new StringWriter();

        var code = await CliApp.RunAsync(["export", "--db", fixture.Store.DbPath, "--from", "2017-10-04", "--to", "2017-10-04", "--interval", "--out", path], error);

        Assert.Equal(2, code);
        Assert.Contains("interval", error.ToString());
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Export_OfficialFile_LeavesTheBoundsEmpty()
    {
        var file = OfficialFileFixtures.All().First(f => f.Level == ZoneLevel.Gu && f.Class == PopulationClass.Domestic);
        await using var store = await TestStore.CreateAsync();
        await StoreFixtures.SeedZonesAsync(store);
        await store.Imports.ImportFileAsync(store.WriteFile(file.FileName, file.Bytes));
        var day = file.Expected[0].Slot.Date;
        var path = Path.Combine(_dir, "official.csv");

        await store.Exports.ExportAsync(new ExportRequest(ZoneLevel.Gu, day, day, PopulationClass.Domestic, "utf-8", path) { Intervals = true });

        var lines = File.ReadAllLines(path);
        Assert.True(lines.Length > 1);
        Assert.All(lines.Skip(1), l => Assert.Equal(["", "", ""], Cells(l)[^3..]));
    }

    private static string[] Cells(string line) => [.. line.Split(',').Select(c => c.Trim('"'))];

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
