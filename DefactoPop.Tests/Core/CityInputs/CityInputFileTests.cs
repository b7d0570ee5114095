using System.Text;
using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Tests.Core.Operator;
using DefactoPop.Tests.TestSupport;

namespace DefactoPop.Tests.Core.CityInputs;

public class CityInputFileTests
{
    private const string LandUseHeader = "oa_code,residential_m2,office_m2,commercial_m2,school_m2,other_m2";
    private const string CensusHeader = "reference_date,zone_code,sex,age_band,persons";

    [Fact]
    public void LandUse_WriteThenRead_IsIdentical()
    {
        using var fixture = new DropFixture();
        var records = new[]
        {
            new LandUseRecord("1101053010001", 18250.5, 1200, 3400, 0, 560),
            new LandUseRecord("1123066010101", 0, 0.125, 1e6, 12000, 3.3),
        };
        var path = Path.Combine(fixture.Root, "land_use.csv");

        LandUseFile.Write(path, records);

        Assert.Equal(records, LandUseFile.Read(path));
    }

    [Fact]
    public void Census_WriteThenRead_KeepsSuppressedCellsUnknown()
    {
        using var fixture = new DropFixture();
        var census = new UsualResidentCensus(new DateOnly(2015, 11, 1),
        [
            new CensusRecord("1101053010001", ZoneLevel.Oa, Sex.Male, AgeBand.A30To34, 41),
            new CensusRecord("1101053010001", ZoneLevel.Oa, Sex.Male, AgeBand.A70Plus, null),
            new CensusRecord("11110515", ZoneLevel.Dong, Sex.Female, AgeBand.A0To9, 0),
        ]);
        var path = Path.Combine(fixture.Root, "census.csv");

        CensusFile.Write(path, census);
        var read = CensusFile.Read(path);

        Assert.Equal(census.ReferenceDate, read.ReferenceDate);
        Assert.Equal(census.Records, read.Records);
        Assert.Contains(",M,70+,*\n", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentedExamples_Parse()
    {
        var blocks = OperatorDocExampleTests.ExtractBlocks(OperatorDocExampleTests.DocPath("city-inputs.md")).ToDictionary(b => b.Path, b => b.Text);

        var land = LandUseFile.Parse(Encoding.UTF8.GetBytes(blocks["city/land_use.csv"]), "land_use.csv");
        var census = CensusFile.Parse(Encoding.UTF8.GetBytes(blocks["city/census.csv"]), "census.csv");

        Assert.Equal(3, land.Count);
        Assert.Equal(42100, land[1].OfficeM2);
        Assert.Equal(new DateOnly(2015, 11, 1), census.ReferenceDate);
        Assert.Equal(4, census.Records.Count);
        Assert.True(census.Records[2].Suppressed);
        Assert.Null(census.Records[2].Persons);
        Assert.Equal(ZoneLevel.Dong, census.Records[3].Level);
    }

    [Theory]
    [InlineData("1101053010001,-5,0,0,0,0", 2, 2, "outside 0")]
    [InlineData("110105301000,1,0,0,0,0", 2, 1, "not a 13-digit 집계구 code")]
    [InlineData("1101053010001,1,0,abc,0,0", 2, 4, "not a number: 'abc'")]
    [InlineData("1101053010001,1,0,0,0,0\n1101053010001,2,0,0,0,0", 3, 1, "already on line 2")]
    [InlineData("1101053010001,1,0,0,0", 2, 0, "row has 5 fields but the header has 6")]
    public void LandUse_BadRow_IsRefusedAtLineAndColumn(string rows, long line, int column, string fragment) =>
        ImportAssert.RowsRefused((b, f) => LandUseFile.Parse(b, f), "land_use.csv", LandUseHeader, rows, line, column, fragment);

    [Fact]
    public void LandUse_UnknownColumn_IsRefusedOnTheHeader() =>
        ImportAssert.Refused(() => LandUseFile.Parse(Encoding.UTF8.GetBytes(LandUseHeader + ",parks_m2\n"), "land_use.csv"), "land_use.csv", 1, 7, "unknown column 'parks_m2'");

    [Theory]
    [InlineData("2015-11-01,1101053010001,M,30-34,0*", 2, 5, "not a count: '0*'")]
    [InlineData("2015-11-01,1101053010001,M,30-34,", 2, 5, "empty count")]
    [InlineData("2015-11-01,1101053010001,M,30-34,4.5", 2, 5, "non-integer count 4.5")]
    [InlineData("2015-11-01,1101053010001,X,30-34,4", 2, 3, "sex must be M or F")]
    [InlineData("2015-11-01,1101053010001,M,30-39,4", 2, 4, "is not an age band")]
    [InlineData("2015-11-01,2101053010001,M,30-34,4", 2, 2, "neither a 13-digit 집계구 nor an 8-digit 행정동 code")]
    [InlineData("2015-11-01,11110515,M,30-34,4\n2016-11-01,11110515,F,30-34,4", 3, 1, "same reference_date")]
    [InlineData("2015-11-01,11110515,M,30-34,4\n2015-11-01,11110515,M,30-34,*", 3, 2, "already on line 2")]
    public void Census_BadRow_IsRefusedAtLineAndColumn(string rows, long line, int column, string fragment) =>
        ImportAssert.RowsRefused((b, f) => CensusFile.Parse(b, f), "census.csv", CensusHeader, rows, line, column, fragment);

    [Fact]
    public void Census_HeaderOnly_IsRefused() =>
        ImportAssert.Refused(() => CensusFile.Parse(Encoding.UTF8.GetBytes(CensusHeader + "\n"), "census.csv"), "census.csv", 1, 0, "no rows");
}
