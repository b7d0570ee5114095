using System.Globalization;
using System.Text;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Publication;
using DefactoPop.Tests.Core.Import;
using DefactoPop.Tests.TestSupport.Fixtures;

namespace DefactoPop.Tests.Core.Publication;

public class LivingPopulationWriterTests
{
    public static TheoryData<int, int> LayoutOptionPairs()
    {
        var data = new TheoryData<int, int>();
        for (var l = 0; l < OfficialFileFixtures.Layouts.Count; l++)
        {
            for (var o = 0; o < s_options.Length; o++)
                data.Add(l, o);
        }
        return data;
    }

    private static readonly LivingPopulationWriterOptions[] s_options =
    [
        LivingPopulationWriterOptions.Official,
        LivingPopulationWriterOptions.Utf8Bom,
        new(OutputEncoding.Utf8, Bom: false, Quote: true, NewLine: "\n"),
        new(OutputEncoding.Cp949, Bom: true, Quote: false, NewLine: "\n"),
    ];

    [Theory]
    [MemberData(nameof(LayoutOptionPairs))]
    public void WriteThenRead_EveryLayout_RoundTripsExactly(int layoutIndex, int optionIndex)
    {
        var (level, cls, strata) = OfficialFileFixtures.Layouts[layoutIndex];
        var expected = OfficialFileFixtures.Build(level, cls, strata, OfficialFileFixtures.Variants[0]).Expected;
        var layout = FileLayout.For(level, cls, strata);

        var bytes = Write(layout, expected, s_options[optionIndex]);
        using var reader = LivingPopulationReader.Open(new MemoryStream(bytes), OfficialFileNames.For(layout, new DateOnly(2017, 12, 20)));
        var back = reader.ReadRows().ToList();

        Assert.Empty(reader.Issues);
        Assert.Equal(layout, reader.Layout);
        Assert.Equal(s_options[optionIndex].Encoding == OutputEncoding.Utf8 ? "utf-8" : "cp949", reader.Encoding);
        RowAssert.Equal(expected, back);
    }

    [Fact]
    public void Write_DefaultOptions_LooksLikeOfficialOaFile()
    {
        var fixture = OfficialFileFixtures.Build(ZoneLevel.Oa, PopulationClass.Domestic, true, OfficialFileFixtures.Variants[0]);
        var bytes = Write(FileLayout.For(ZoneLevel.Oa, PopulationClass.Domestic), fixture.Expected, null);

        Assert.Equal(fixture.Bytes, bytes);
        Assert.NotEqual(0xEF, bytes[0]);
        var text = Encoding.GetEncoding(949).GetString(bytes);
        Assert.StartsWith("\"기준일ID\",\"시간대구분\",\"행정동코드\",\"집계구코드\",\"총생활인구수\",\"남자0세부터9세생활인구수\"", text);
        Assert.Contains("\r\n\"20171220\",\"00\",\"11110530\",\"1101053010001\",\"1000.2552\"", text);
        Assert.Contains("\"*\"", text);
    }

    [Fact]
    public void Write_Utf8Bom_IsUnquotedWithBom()
    {
        var fixture = OfficialFileFixtures.Build(ZoneLevel.Gu, PopulationClass.Domestic, false, OfficialFileFixtures.Variants[3]);
        var bytes = Write(FileLayout.For(ZoneLevel.Gu, PopulationClass.Domestic, false), fixture.Expected, LivingPopulationWriterOptions.Utf8Bom);
        Assert.Equal(fixture.Bytes, bytes);
        Assert.StartsWith("기준일ID,시간대구분,자치구코드,총생활인구수\r\n20171220,00,11110,1000.2552\r\n", Encoding.UTF8.GetString(bytes.AsSpan(3)));
    }

    [Fact]
    public void WriteThenRead_RandomValues_IdenticalAtFourDecimals()
    {
        var rnd = new Random(7);
        var layout = FileLayout.For(ZoneLevel.Oa, PopulationClass.Domestic);
        var rows = new List<PopulationRow>();
        for (var i = 0; i < 300; i++)
        {
            var strata = Enumerable.Range(0, 28)
                .Select(_ => rnd.NextDouble() < 0.1 ? PopValue.Masked : PopValue.Of(rnd.NextDouble() * Math.Pow(10, rnd.Next(0, 7))))
                .ToArray();
            rows.Add(new PopulationRow(new HourSlot(new DateOnly(2018, 1, 1 + i / 24 % 28), i % 24), ZoneLevel.Oa,
                (1101053010001L + i / 24).ToString(CultureInfo.InvariantCulture), PopulationClass.Domestic, PopValue.Of(rnd.NextDouble() * 1e6))
            {
                ParentCode = "11110530",
                Strata = strata,
            });
        }

        var first = Write(layout, rows, null);
        using var reader = LivingPopulationReader.Open(new MemoryStream(first), "LOCAL_PEOPLE_20180101.csv");
        var back = reader.ReadRows().ToList();

        Assert.Empty(reader.Issues);
        Assert.Equal(rows.Count, back.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(Math.Round(rows[i].Total.Value, 4, MidpointRounding.AwayFromZero), back[i].Total.Value);
            for (var s = 0; s < 28; s++)
            {
                var e = rows[i].Strata![s];
                Assert.Equal(e.IsMasked, back[i].Strata![s].IsMasked);
                if (e.HasValue)
                    Assert.Equal(Math.Round(e.Value, 4, MidpointRounding.AwayFromZero), back[i].Strata![s].Value);
            }
        }

        // Second generation is byte-identical: the rows read back re-write the same text.
        Assert.Equal(first, Write(layout, back, null));
    }

    [Fact]
    public void Write_WithDisclosure_MasksSmallCellsAndSecondary()
    {
        var strata = Enumerable.Range(0, 28).Select(i => PopValue.Of(30.0 + i)).ToArray();
        strata[2] = PopValue.Of(1.5);
        var row = new PopulationRow(new HourSlot(new DateOnly(2017, 12, 20), 3), ZoneLevel.Dong, "11110530", PopulationClass.Domestic, PopValue.Of(1200))
        {
            Strata = strata,
        };
        var layout = FileLayout.For(ZoneLevel.Dong, PopulationClass.Domestic);
        var options = LivingPopulationWriterOptions.Utf8Bom with { Disclosure = new DisclosureOptions() };

        using var reader = LivingPopulationReader.Open(new MemoryStream(Write(layout, [row], options)), "LOCAL_PEOPLE_DONG_201712.csv");
        var back = Assert.Single(reader.ReadRows());

        Assert.Equal([0, 2], Enumerable.Range(0, 28).Where(i => back.Strata![i].IsMasked));
        Assert.Equal(1200, back.Total.Value);
        Assert.Equal(2, reader.MaskedCells);
    }

    [Fact]
    public void Write_RowOfAnotherLayout_Throws()
    {
        var layout = FileLayout.For(ZoneLevel.Dong, PopulationClass.Domestic);
        using var writer = new LivingPopulationWriter(new MemoryStream(), layout);
        var slot = new HourSlot(new DateOnly(2017, 12, 20), 0);
        Assert.Throws<ArgumentException>(() => writer.Write(new PopulationRow(slot, ZoneLevel.Gu, "11110", PopulationClass.Domestic, PopValue.Of(1))));
        Assert.Throws<ArgumentException>(() => writer.Write(new PopulationRow(slot, ZoneLevel.Dong, "1111053", PopulationClass.Domestic, PopValue.Of(1)) { Strata = new PopValue[28] }));
        Assert.Throws<ArgumentException>(() => writer.Write(new PopulationRow(slot, ZoneLevel.Dong, "11110530", PopulationClass.Domestic, PopValue.Of(1))));
        Assert.Throws<ArgumentException>(() => writer.Write(new PopulationRow(slot, ZoneLevel.Dong, "11110530", PopulationClass.Domestic, PopValue.Of(-1)) { Strata = new PopValue[28] }));
        Assert.Throws<ArgumentException>(() => writer.Write(new PopulationRow(slot, ZoneLevel.Dong, "11110530", PopulationClass.Domestic, PopValue.Of(1e300)) { Strata = new PopValue[28] }));
        Assert.Equal(0, writer.RowsWritten);
    }

    [Fact]
    public void WriteFile_ForeignOfficialName_ReadsBackWithClassFromName()
    {
        var expected = OfficialFileFixtures.Build(ZoneLevel.Dong, PopulationClass.ShortTermForeign, false, OfficialFileFixtures.Variants[0]).Expected;
        var layout = FileLayout.For(ZoneLevel.Dong, PopulationClass.ShortTermForeign);
        var dir = Directory.CreateTempSubdirectory("defactopop-writer-");
        try
        {
            var path = Path.Combine(dir.FullName, OfficialFileNames.For(layout, new DateOnly(2017, 12, 1)));
            Assert.Equal(expected.Count, LivingPopulationWriter.WriteFile(path, layout, expected));
            using var reader = LivingPopulationReader.Open(path);
            Assert.Equal(PopulationClass.ShortTermForeign, reader.Layout!.Class);
            RowAssert.Equal(expected, reader.ReadRows().ToList());
        }
        finally
        {
            dir.Delete(true);
        }
    }

    private static byte[] Write(FileLayout layout, IEnumerable<PopulationRow> rows, LivingPopulationWriterOptions? options)
    {
        var ms = new MemoryStream();
        using (var writer = new LivingPopulationWriter(ms, layout, options, leaveOpen: true))
            writer.WriteAll(rows);
        return ms.ToArray();
    }
}
