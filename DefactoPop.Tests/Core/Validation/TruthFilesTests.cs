using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Synthetic;
using DefactoPop.Core.Validation;
using DefactoPop.Tests.TestSupport.TestCities;

namespace DefactoPop.Tests.Core.Validation;

public sealed class TruthFilesTests : IDisposable
{
    private static readonly DateOnly Day = new(2017, 10, 11);
    private readonly string _root = Path.Combine(Path.GetTempPath(), "truth-" + Guid.NewGuid().ToString("N"));
    private readonly TestCity _city = TestCityFactory.Create(new TestCityOptions { OaCount = 60, Columns = 10 });

    private string[] Codes => [.. _city.City.Oas.Select(o => o.Code)];

    public void Dispose()
    {
        if (Directory.Exists(_root))
            Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void ReadDay_WrittenDay_MatchesTheModelToTwoDecimals()
    {
        TruthWriter.WriteDay(_root, Day, Codes, _city.Truth);

        var hours = TruthFiles.ReadDay(_root, Day, Codes);

        Assert.Equal(24, hours.Length);
        foreach (var h in new[] { 4, 14 })
        {
            var expected = _city.Truth(new HourSlot(Day, h));
            Assert.Equal(expected.Domestic.Length, hours[h].Domestic.Length);
            for (var i = 0; i < expected.Domestic.Length; i++)
                Assert.Equal(expected.Domestic[i], hours[h].Domestic[i], 0.006);
            for (var i = 0; i < expected.LongTerm.Length; i++)
            {
                Assert.Equal(expected.LongTerm[i], hours[h].LongTerm[i], 0.006);
                Assert.Equal(expected.ShortTerm[i], hours[h].ShortTerm[i], 0.006);
            }
        }
    }

    [Fact]
    public void ReadDay_FileEditedAfterSealing_IsRefused()
    {
        var path = TruthWriter.WriteDay(_root, Day, Codes, _city.Truth);
        File.WriteAllBytes(path, GzipText.Bytes(GzipText.Read(path).Replace(",1", ",2", StringComparison.Ordinal)));

        var ex = Assert.Throws<ImportFormatException>(() => TruthFiles.ReadDay(_root, Day, Codes));

        Assert.Contains("checksum", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDay_NoSeal_IsRefused()
    {
        TruthWriter.WriteDay(_root, Day, Codes, _city.Truth);
        File.Delete(Path.Combine(_root, TruthFiles.SealFile));

        var ex = Assert.Throws<ImportFormatException>(() => TruthFiles.ReadDay(_root, Day, Codes));

        Assert.Contains(TruthFiles.SealFile, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDay_UnknownZone_NamesFileLineAndColumn()
    {
        TruthWriter.WriteDay(_root, Day, Codes, _city.Truth);

        var ex = Assert.Throws<ImportFormatException>(() => TruthFiles.ReadDay(_root, Day, Codes[1..]));

        var issue = ex.Issues[0];
        Assert.Equal((TruthFiles.DayFile(Day), 2L, 2), (issue.File, issue.Line, issue.Column));
        Assert.Contains(Codes[0], issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDay_DayNeverWritten_SaysSo()
    {
        TruthWriter.WriteDay(_root, Day, Codes, _city.Truth);

        var ex = Assert.Throws<ImportFormatException>(() => TruthFiles.ReadDay(_root, Day.AddDays(1), Codes));

        Assert.Contains("no sealed truth", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteDay_SecondDay_KeepsTheFirstInTheSeal()
    {
        TruthWriter.WriteDay(_root, Day, Codes, _city.Truth);
        TruthWriter.WriteDay(_root, Day.AddDays(1), Codes, _city.Truth);

        var seal = TruthSeal.Read(_root);

        Assert.Equal([TruthFiles.DayFile(Day), TruthFiles.DayFile(Day.AddDays(1))], seal.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(24, TruthFiles.ReadDay(_root, Day, Codes).Length);
    }

    [Fact]
    public void Source_TwoDays_ServesEachHourFromItsDay()
    {
        TruthWriter.WriteDay(_root, Day, Codes, _city.Truth);
        TruthWriter.WriteDay(_root, Day.AddDays(1), Codes, _city.Truth);
        var source = TruthFiles.Source(_root, Codes);

        var a = source(new HourSlot(Day.AddDays(1), 9));
        var b = source(new HourSlot(Day, 9));

        Assert.Equal(new HourSlot(Day.AddDays(1), 9), a.Slot);
        Assert.Equal(_city.Truth(new HourSlot(Day, 9)).Domestic[5], b.Domestic[5], 0.006);
    }
}
