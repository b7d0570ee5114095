using DefactoPop.Core.Operator;

namespace DefactoPop.Tests.Core.Operator;

public class DropRoundTripTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void WriteThenRead_AnyCompression_GivesIdenticalDrop(bool gzip, bool dense)
    {
        using var fixture = new DropFixture();
        var plan = DropFixture.Plan(12);
        var drop = DropFixture.Drop(plan, DropFixture.Day, seed: 7, dense);
        var folder = fixture.DayFolder(drop.Date);

        var written = DropWriter.Write(folder, drop, gzip);
        var result = DropReader.Read(folder, plan);

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        AssertSameDrop(drop, result.Drop!);
        Assert.Equal(written.Files, result.Manifest!.Files);
        Assert.Equal(gzip ? "domestic.csv.gz" : "domestic.csv", written.Files[0].Name);
    }

    [Fact]
    public void Write_OverAnExistingDay_ReplacesItAndRemovesTheOtherCompression()
    {
        using var fixture = new DropFixture();
        var plan = DropFixture.Plan(6);
        var folder = fixture.DayFolder(DropFixture.Day);
        DropWriter.Write(folder, DropFixture.Drop(plan, DropFixture.Day, seed: 1), gzip: false);
        var second = DropFixture.Drop(plan, DropFixture.Day, seed: 2);

        DropWriter.Write(folder, second, gzip: true);
        var result = DropReader.Read(folder, plan);

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        AssertSameDrop(second, result.Drop!);
        Assert.False(File.Exists(Path.Combine(folder, "domestic.csv")));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    [Fact]
    public void Read_OutageHours_AreFlaggedOnlyForTheDeclaredCell()
    {
        using var fixture = new DropFixture();
        var plan = DropFixture.Plan(4);
        var folder = fixture.DayFolder(DropFixture.Day);
        DropWriter.Write(folder, DropFixture.Drop(plan, DropFixture.Day, seed: 3));

        var drop = DropReader.Read(folder, plan).GetDropOrThrow();

        Assert.Equal([false, true, false, false], drop.Hours[3].Outage);
        Assert.Equal([false, true, false, false], drop.Hours[4].Outage);
        Assert.DoesNotContain(true, drop.Hours[5].Outage);
        Assert.DoesNotContain("R1", Enumerable.Range(0, drop.Cells.Count).Select(drop.Cells.IdOf));
    }

    [Fact]
    public void ListDays_DayFolders_AreSortedAndOthersIgnored()
    {
        using var fixture = new DropFixture();
        var drops = Path.Combine(fixture.Root, "drops");
        Directory.CreateDirectory(Path.Combine(drops, "2017-10-12"));
        Directory.CreateDirectory(Path.Combine(drops, "2017-10-02"));
        Directory.CreateDirectory(Path.Combine(drops, "scratch"));

        Assert.Equal([new DateOnly(2017, 10, 2), new DateOnly(2017, 10, 12)], DropReader.ListDays(drops));
    }

    internal static void AssertSameDrop(OperatorDrop expected, OperatorDrop actual)
    {
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.Operator, actual.Operator);
        Assert.Equal(expected.ProducedAt, actual.ProducedAt);
        Assert.Equal(Enumerable.Range(0, expected.Cells.Count).Select(expected.Cells.IdOf), Enumerable.Range(0, actual.Cells.Count).Select(actual.Cells.IdOf));
        Assert.Equal(expected.Outages, actual.Outages);
        for (var h = 0; h < 24; h++)
        {
            Assert.Equal(expected.Hours[h].Slot, actual.Hours[h].Slot);
            Assert.Equal(expected.Hours[h].Domestic, actual.Hours[h].Domestic);
            Assert.Equal(expected.Hours[h].LongTerm, actual.Hours[h].LongTerm);
            Assert.Equal(expected.Hours[h].ShortTerm, actual.Hours[h].ShortTerm);
            Assert.Equal(expected.Hours[h].Outage, actual.Hours[h].Outage);
        }
    }
}
