using DefactoPop.Core.Import;
using DefactoPop.Core.Reference;
using DefactoPop.Tests.TestSupport;

namespace DefactoPop.Tests.Core.Reference;

public class OaDongTableReaderTests
{
    private const string Header = "\uFEFF집계구코드,행정동코드\n";

    private static IReadOnlyList<OaDongLink> Read(params (string Text, string File)[] parts) =>
        OaDongTableReader.Read(parts.Select(p => ((TextReader)new StringReader(p.Text), p.File)));

    [Fact]
    public void Read_SeveralParts_ConcatenatesAndDropsRepeatedPairs()
    {
        var links = Read(
            (Header + "1101053010001,11110530\n1101053010002,11110530\n", "p1.csv"),
            (Header + "1101053010002,11110530\n1102052010001,11140520", "p2.csv"));

        Assert.Equal(
            [new("1101053010001", "11110530"), new("1101053010002", "11110530"), new("1102052010001", "11140520")],
            links);
    }

    [Fact]
    public void Read_SameOaTwoDongs_FailsWithBothLocations()
    {
        var ex = Assert.Throws<ImportFormatException>(() => Read(
            (Header + "1101053010001,11110530\n", "p1.csv"),
            (Header + "1101054010001,11110540\n1101053010001,11110540\n", "p2.csv")));

        var issue = Assert.Single(ex.Issues);
        Assert.Equal(("p2.csv", 3L, 2), (issue.File, issue.Line, issue.Column));
        Assert.Contains("p1.csv:2", issue.Reason);
    }

    [Fact]
    public void Read_BadShapes_ReportLineAndColumn()
    {
        var ex = Assert.Throws<ImportFormatException>(() => Read(
            (Header + "1.10706E+12,11110530\n1101053010001,1111053\n1101053010001\n", "p.csv")));

        Assert.Equal(3, ex.Issues.Count);
        Assert.Contains("p.csv:2:1 (집계구코드)", ex.Message);
        Assert.Contains("p.csv:3:2 (행정동코드)", ex.Message);
        Assert.Contains("p.csv:4: 1 fields, header has 2", ex.Message);
    }

    [Fact]
    public void Read_WrongHeader_Fails()
    {
        var ex = Assert.Throws<ImportFormatException>(() => Read(("oa,dong\n1101053010001,11110530\n", "p.csv")));

        Assert.Contains("p.csv:1:", ex.Message);
        Assert.Contains("집계구코드", ex.Message);
    }

    [Fact]
    public void Read_FilesOnDisk_ReadsBomAndLf()
    {
        var dir = Directory.CreateTempSubdirectory("oa-dong-");
        try
        {
            var a = Path.Combine(dir.FullName, "a.csv");
            var b = Path.Combine(dir.FullName, "b.csv");
            File.WriteAllText(a, Header + "1101053010001,11110530\n", new System.Text.UTF8Encoding(true));
            File.WriteAllText(b, Header + "1101054010001,11110540\n", new System.Text.UTF8Encoding(true));

            var links = OaDongTableReader.Read(a, b);

            Assert.Equal(["1101053010001", "1101054010001"], links.Select(l => l.OaCode));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [SharedDataFact]
    public void Read_RealParts_Give19153OasIn424DongsMatchingTheMapping()
    {
        var links = RealCodes.OaDongLinks();
        var mapping = RealCodes.DongMapping();
        var statToMois = mapping.ToDictionary(m => m.StatCode7, m => m.MoisCode8);

        Assert.Equal(19_153, links.Count);
        Assert.Equal(424, links.Select(l => l.DongCode).Distinct().Count());
        Assert.All(links, l => Assert.Equal(l.DongCode, statToMois[l.OaCode[..7]]));
    }
}
