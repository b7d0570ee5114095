using DefactoPop.Core.Operator;

namespace DefactoPop.Tests.Core.Operator;

public class BadDropCorpusTests
{
    public static TheoryData<string> CaseNames() => [.. BadDropCase.All.Select(c => c.Name)];

    [Fact]
    public void Corpus_HasAtLeastFifteenCases() => Assert.True(BadDropCase.All.Count >= 15);

    [Fact]
    public void Read_UnbrokenBase_IsValid()
    {
        using var fixture = new DropFixture();
        var (folder, plan) = WriteBase(fixture);
        Assert.True(DropReader.Read(folder, plan).IsValid);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Read_BadDay_IsRefusedAtTheRightFileLineAndColumn(string name)
    {
        var bad = BadDropCase.All.Single(c => c.Name == name);
        using var fixture = new DropFixture();
        var (folder, plan) = WriteBase(fixture);
        bad.Break(folder);

        var result = DropReader.Read(folder, plan);

        Assert.False(result.IsValid);
        Assert.Null(result.Drop);
        var all = string.Join("\n", result.Issues);
        Assert.True(result.Issues.Count == 1, $"expected exactly one issue:\n{all}");
        var issue = result.Issues[0];
        Assert.True(issue.File == bad.File && issue.Line == bad.Line && issue.Column == bad.Column,
            $"expected {bad.File}:{bad.Line}:{bad.Column}, got {issue}");
        Assert.Contains(bad.Fragment, issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadDayNextToAGoodDay_OnlyTheBadDayIsRefused()
    {
        using var fixture = new DropFixture();
        var (badFolder, plan) = WriteBase(fixture);
        var next = DropFixture.Day.AddDays(1);
        var goodDrop = DropFixture.Drop(plan, next, seed: 5);
        DropWriter.Write(fixture.DayFolder(next), goodDrop);
        BadDropCase.All[0].Break(badFolder);

        var results = DropReader.ListDays(Path.Combine(fixture.Root, "drops")).Select(d => DropReader.Read(fixture.DayFolder(d), plan)).ToList();

        Assert.Equal([false, true], results.Select(r => r.IsValid));
        DropRoundTripTests.AssertSameDrop(goodDrop, results[1].Drop!);
    }

    [Fact]
    public void Issue_ToString_NamesFileLineColumnAndColumnName()
    {
        using var fixture = new DropFixture();
        var (folder, plan) = WriteBase(fixture);
        BadDropCase.All.Single(c => c.Name == "hour out of range").Break(folder);

        var text = DropReader.Read(folder, plan).Issues[0].ToString();

        Assert.Equal("domestic.csv:4:2 (hour): hour '24' is outside 0-23", text);
    }

    private static (string Folder, CellPlan Plan) WriteBase(DropFixture fixture)
    {
        var plan = DropFixture.Plan(3);
        var folder = fixture.DayFolder(DropFixture.Day);
        DropWriter.Write(folder, DropFixture.Drop(plan, DropFixture.Day, seed: 42), gzip: false);
        return (folder, plan);
    }
}
