using System.IO.Compression;
using System.Text;
using DefactoPop.Core.Analytics;
using DefactoPop.Core.Domain;
using DefactoPop.Tests.TestSupport.Dashboard;
using DefactoPop.Web.Exports;
using DefactoPop.Web.Localisation;
using DefactoPop.Web.Queries;
using DefactoPop.Web.ViewModels;
using MiniExcelLibs;

namespace DefactoPop.Tests.Components.Services;

public sealed class ExportAndMetaTests
{
    private static readonly ExportTable s_table = new("rank", ["코드", "이름", "값"],
    [
        ["11110", "종로구, \"중심\"", 1234.5],
        ["11140", null, double.NaN],
    ]);

    [Fact]
    public void Csv_Table_HasBomQuotesAndInvariantNumbers()
    {
        var bytes = TableExport.ToCsv(s_table);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal("코드,이름,값\r\n11110,\"종로구, \"\"중심\"\"\",1234.5\r\n11140,,\r\n", text);
    }

    [Fact]
    public void Xlsx_Table_ReadsBackWithHeaders()
    {
        var bytes = TableExport.ToXlsx(s_table);

        using var ms = new MemoryStream(bytes);
        var rows = ms.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("11110", rows[0]["코드"]?.ToString());
        Assert.Equal(1234.5, Convert.ToDouble(rows[0]["값"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Validation_FullContract_IsParsed()
    {
        const string json = """{"days":14,"cityTotalMaxErrorPct":0.8,"wapePct":{"gu":1.9,"dong":4.2,"oa":11.5},"medianApeOaPct":9.7,"interval90CoveragePct":88.4,"spatialErrorRatioEmToVoronoi":0.62,"misspecifiedShare":{"c1ErrorPct":2.1,"c2ErrorPct":3.4,"c3ErrorPct":5.9}}""";

        var v = ValidationReport.Parse(json);

        Assert.Equal(new ValidationReport(14, 0.8, 1.9, 4.2, 11.5, 9.7, 88.4, 0.62, 2.1, 3.4, 5.9), v);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("[1,2]")]
    [InlineData("{not json")]
    public void Validation_AbsentOrInvalid_IsNull(string? json) => Assert.Null(ValidationReport.Parse(json));

    [Fact]
    public void Validation_Partial_KeepsWhatIsThere()
    {
        var v = ValidationReport.Parse("""{"wapePct":{"dong":3.5}}""");

        Assert.Equal(3.5, v!.WapeDongPct);
        Assert.Null(v.WapeGuPct);
        Assert.Null(v.Days);
    }

    [Fact]
    public async Task Geometry_DongLevel_HasVersionCompressedCopiesAnd424Features()
    {
        var raw = (await new TestPopulationStore().GetGeometryAsync(ZoneLevel.Dong))!;

        var file = GeometryCache.Build(raw);

        Assert.Equal(424, file.FeatureCount);
        Assert.Equal(16, file.Version.Length);
        Assert.Equal(file.Version, GeometryCache.Build([.. raw]).Version);
        using var gz = new GZipStream(new MemoryStream(file.Gzip), CompressionMode.Decompress);
        using var outMs = new MemoryStream();
        gz.CopyTo(outMs);
        Assert.Equal(raw, outMs.ToArray());
        Assert.True(file.Brotli.Length < raw.Length / 3);
    }

    [Fact]
    public void UiText_EveryKey_HasKoreanAndEnglish()
    {
        var t = new UiText();
        Assert.NotEmpty(UiText.Keys);
        Assert.All(UiText.Keys, k => Assert.False(string.IsNullOrWhiteSpace(t[k])));
        Assert.Equal("no.such.key", t["no.such.key"]);
        foreach (var m in MapMetrics.All)
            Assert.True(UiText.HasKey("metric." + m.Key()));
        foreach (var c in Enum.GetValues<PopulationClass>())
            Assert.True(UiText.HasKey("class." + c.Key()));
        foreach (var k in new[] { "weekday", "weekend", "chuseok", "seollal", "holiday" })
            Assert.True(UiText.HasKey("cal." + k));
    }

    [Fact]
    public void UiText_Numbers_FollowLanguage()
    {
        var saved = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            var t = new UiText();
            System.Globalization.CultureInfo.CurrentUICulture = new("ko");
            Assert.Equal("1,153.4만", t.Number(11_534_210));
            Assert.Equal("지도", t["nav.map"]);
            System.Globalization.CultureInfo.CurrentUICulture = new("en");
            Assert.Equal("11.53M", t.Number(11_534_210));
            Assert.Equal("Map", t["nav.map"]);
            Assert.Equal("9,876", t.Number(9876));
            Assert.Equal("–", t.Number(double.NaN));
            Assert.Equal("12.5%", t.Percent(0.125));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = saved;
        }
    }
}
