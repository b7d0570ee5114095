using System.IO.Compression;
using System.Text;
using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.Core.Operator;
using DefactoPop.Tests.TestSupport;

namespace DefactoPop.Tests.Core.CityInputs;

public class CityFolderTests
{
    private const string RegisterHeader = "zone_code,group,sex,age_band,persons";
    private const string ZonesHeader = "oa_code,dong_code,gu_code,lat,lon,area_km2";

    private static Dictionary<string, string> Examples() =>
        OperatorDocExampleTests.ExtractBlocks(OperatorDocExampleTests.DocPath("city-inputs.md")).ToDictionary(b => b.Path, b => b.Text);

    [Fact]
    public void DocumentedExamples_RegisterAndZones_Parse()
    {
        var blocks = Examples();

        var register = RegisterFile.Parse(Encoding.UTF8.GetBytes(blocks["city/register.csv"]), "register.csv");
        var zones = ZonesFile.Parse(Encoding.UTF8.GetBytes(blocks["city/zones.csv"]), "zones.csv");

        Assert.Equal(5, register.Records.Count);
        Assert.Equal(new RegisterRecord("1101053010001", RegisterGroup.Korean, Sex.Female, AgeBand.A70Plus, 3), register.Records[2]);
        Assert.Equal(new RegisterRecord("1101053010001", RegisterGroup.Chinese, null, null, 12), register.Records[3]);
        Assert.Equal(87, register.Total(RegisterGroup.Korean));
        Assert.Equal(3, zones.Rows.Count);
        Assert.Equal(new ZoneRow("1123066010101", "11680640", "11680", 37.497942, 127.027621, 0.052), zones.Rows[2]);
    }

    [Fact]
    public void Register_WriteThenRead_IsIdentical()
    {
        using var fixture = new DropFixture();
        var register = new CityRegister(
        [
            new RegisterRecord("1101053010001", RegisterGroup.Korean, Sex.Male, AgeBand.A0To9, 120),
            new RegisterRecord("1101053010001", RegisterGroup.Other, null, null, 7),
        ]);
        var path = Path.Combine(fixture.Root, "register.csv");

        RegisterFile.Write(path, register);

        Assert.Equal(register.Records, RegisterFile.Read(path).Records);
    }

    [Fact]
    public void Zones_WriteThenRead_RoundsCoordinatesToSixDecimals()
    {
        using var fixture = new DropFixture();
        var path = Path.Combine(fixture.Root, "zones.csv");

        ZonesFile.Write(path, new ZoneTable([new ZoneRow("1101053010001", "11110515", "11110", 37.58451234, 126.9701449, 0.031)]));

        Assert.Equal(new ZoneRow("1101053010001", "11110515", "11110", 37.584512, 126.970145, 0.031), Assert.Single(ZonesFile.Read(path).Rows));
    }

    [Theory]
    [InlineData("1101053010001,K,M,30-34,-1", 2, 5, "negative count")]
    [InlineData("1101053010001,X,M,30-34,4", 2, 2, "group must be K, C or O")]
    [InlineData("1101053010001,K,,30-34,4", 2, 3, "sex must be M or F")]
    [InlineData("1101053010001,K,M,30-39,4", 2, 4, "is not an age band")]
    [InlineData("1101053010001,C,M,,4", 2, 3, "sex must be empty for foreigners")]
    [InlineData("1101053010001,O,,70+,4", 2, 4, "age_band must be empty for foreigners")]
    [InlineData("11110515,K,M,30-34,4", 2, 1, "not a 13-digit 집계구 code")]
    [InlineData("1101053010001,C,,,4\n1101053010001,C,,,5", 3, 1, "already on line 2")]
    public void Register_BadRow_IsRefusedAtLineAndColumn(string rows, long line, int column, string fragment) =>
        ImportAssert.RowsRefused((b, f) => RegisterFile.Parse(b, f), "register.csv", RegisterHeader, rows, line, column, fragment);

    [Theory]
    [InlineData("1101053010001,1111051,11110,37.5,126.9,0.03", 2, 2, "not an 8-digit MOIS 행정동 code")]
    [InlineData("1101053010001,11110515,1111,37.5,126.9,0.03", 2, 3, "not a 5-digit 자치구 code")]
    [InlineData("1101053010001,11110515,11680,37.5,126.9,0.03", 2, 3, "is not in 자치구 11680")]
    [InlineData("1101053010001,11110515,11110,36.5,126.9,0.03", 2, 4, "outside")]
    [InlineData("1101053010001,11110515,11110,37.5,127.9,0.03", 2, 5, "outside")]
    [InlineData("1101053010001,11110515,11110,37.5,126.9,0", 2, 6, "must be positive")]
    [InlineData("1101053010001,11110515,11110,37.5,126.9,0.03\n1101053010001,11110515,11110,37.5,126.9,0.03", 3, 1, "already on line 2")]
    public void Zones_BadRow_IsRefusedAtLineAndColumn(string rows, long line, int column, string fragment) =>
        ImportAssert.RowsRefused((b, f) => ZonesFile.Parse(b, f), "zones.csv", ZonesHeader, rows, line, column, fragment);

    [Fact]
    public void Read_FolderWithoutCensus_CensusIsNull()
    {
        using var fixture = new DropFixture();
        var blocks = Examples();
        File.WriteAllText(Path.Combine(fixture.Root, CityFolder.ZonesName), blocks["city/zones.csv"]);
        File.WriteAllText(Path.Combine(fixture.Root, CityFolder.LandUseName), blocks["city/land_use.csv"]);
        WriteGzip(Path.Combine(fixture.Root, CityFolder.RegisterName + ".gz"), blocks["city/register.csv"]);

        var city = CityFolder.Read(fixture.Root);

        Assert.Null(city.Census);
        Assert.Equal(3, city.Zones.Rows.Count);
        Assert.Equal(3, city.LandUse.Count);
        Assert.Equal(5, city.Register.Records.Count);
        File.WriteAllText(Path.Combine(fixture.Root, CityFolder.CensusName), blocks["city/census.csv"]);
        Assert.Equal(4, CityFolder.Read(fixture.Root).Census!.Records.Count);
    }

    [Fact]
    public void Read_FolderWithoutRegister_Throws()
    {
        using var fixture = new DropFixture();
        var blocks = Examples();
        File.WriteAllText(Path.Combine(fixture.Root, CityFolder.ZonesName), blocks["city/zones.csv"]);
        File.WriteAllText(Path.Combine(fixture.Root, CityFolder.LandUseName), blocks["city/land_use.csv"]);

        var e = Assert.Throws<FileNotFoundException>(() => CityFolder.Read(fixture.Root));

        Assert.Contains("register.csv", e.Message, StringComparison.Ordinal);
    }

    private static void WriteGzip(string path, string text)
    {
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.Fastest);
        gz.Write(Encoding.UTF8.GetBytes(text));
    }
}
