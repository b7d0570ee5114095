using System.Globalization;
using System.Text;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Tests.TestSupport.Fixtures;

namespace DefactoPop.Tests.Core.Import;

public class LivingPopulationReaderTests
{
    public static TheoryData<int, int> LayoutVariantPairs()
    {
        var data = new TheoryData<int, int>();
        for (var l = 0; l < OfficialFileFixtures.Layouts.Count; l++)
        {
            for (var v = 0; v < OfficialFileFixtures.Variants.Count; v++)
                data.Add(l, v);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(LayoutVariantPairs))]
    public void ReadRows_EveryLayoutAndVariant_ReadsExpectedRows(int layoutIndex, int variantIndex)
    {
        var (level, cls, strata) = OfficialFileFixtures.Layouts[layoutIndex];
        var variant = OfficialFileFixtures.Variants[variantIndex];
        var fixture = OfficialFileFixtures.Build(level, cls, strata, variant);

        using var reader = LivingPopulationReader.Open(new MemoryStream(fixture.Bytes), fixture.FileName);
        var rows = reader.ReadRows().ToList();

        Assert.Empty(reader.Issues);
        Assert.NotNull(reader.Layout);
        Assert.Equal(level, reader.Layout.Level);
        Assert.Equal(cls, reader.Layout.Class);
        Assert.Equal(fixture.ExpectedHeader, reader.Layout.Columns);
        Assert.Equal(variant.Encoding == "utf-8" ? "utf-8" : "cp949", reader.Encoding);
        Assert.Equal(variant.Bom, reader.HasBom);
        RowAssert.Equal(fixture.Expected, rows);
        Assert.Equal(rows.Count, reader.RowsRead);
        Assert.Equal(0, reader.RowsRejected);
    }

    [Fact]
    public void ReadRows_MaskedCells_AreMaskedAndCounted()
    {
        var fixture = OfficialFileFixtures.Build(ZoneLevel.Oa, PopulationClass.Domestic, true, OfficialFileFixtures.Variants[0]);
        var stars = Encoding.GetEncoding(949).GetString(fixture.Bytes).Split(',').Count(c => c.Trim('"', '\r', '\n') == "*");
        Assert.True(stars > 0);

        using var reader = LivingPopulationReader.Open(new MemoryStream(fixture.Bytes), fixture.FileName);
        var rows = reader.ReadRows().ToList();

        Assert.Equal(stars, reader.MaskedCells);
        Assert.Equal(stars, rows.Sum(r => r.Strata!.Count(v => v.IsMasked)));
        Assert.All(rows.SelectMany(r => r.Strata!).Where(v => v.IsMasked), v => Assert.True(double.IsNaN(v.Value)));
    }

    [Fact]
    public void ReadRows_EmptyCell_IsMaskedNotZero()
    {
        var header = string.Join(",", OfficialFileFixtures.Header(ZoneLevel.Dong, PopulationClass.LongTermForeign, false));
        var text = header + "\n20171220,5,11110530,12.5,,3.25\n";
        using var reader = LivingPopulationReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), "LONG_FOREIGNER_DONG_201712.csv");
        var row = Assert.Single(reader.ReadRows());
        Assert.True(row.Chinese!.Value.IsMasked);
        Assert.Equal(3.25, row.OtherForeign!.Value.Value);
        Assert.Equal(1, reader.MaskedCells);
    }

    [Fact]
    public void Open_PathOnDisk_UsesFileNameForIssuesAndClass()
    {
        var fixture = OfficialFileFixtures.Build(ZoneLevel.Gu, PopulationClass.ShortTermForeign, false, OfficialFileFixtures.Variants[1]);
        var dir = Directory.CreateTempSubdirectory("defactopop-reader-");
        try
        {
            var path = Path.Combine(dir.FullName, fixture.FileName);
            File.WriteAllBytes(path, fixture.Bytes);
            using var reader = LivingPopulationReader.Open(path);
            Assert.Equal(fixture.FileName, reader.FileName);
            Assert.Equal(PopulationClass.ShortTermForeign, reader.Layout!.Class);
            RowAssert.Equal(fixture.Expected, reader.ReadRows().ToList());
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Theory]
    [InlineData(PopulationClass.LongTermForeign)]
    [InlineData(PopulationClass.ShortTermForeign)]
    public void Open_ForeignFileWithoutHint_UsesExplicitClass(PopulationClass cls)
    {
        var fixture = OfficialFileFixtures.Build(ZoneLevel.Oa, PopulationClass.LongTermForeign, false, OfficialFileFixtures.Variants[3]);
        using var reader = LivingPopulationReader.Open(new MemoryStream(fixture.Bytes), "export.csv", new LivingPopulationReaderOptions(cls));
        var rows = reader.ReadRows().ToList();
        Assert.Empty(reader.Issues);
        Assert.All(rows, r => Assert.Equal(cls, r.Class));
        Assert.Equal(fixture.Expected.Count, rows.Count);
    }

    [Fact]
    public void Open_ForeignFileWithoutHintOrClass_RefusesWithClearMessage()
    {
        var fixture = OfficialFileFixtures.Build(ZoneLevel.Oa, PopulationClass.LongTermForeign, false, OfficialFileFixtures.Variants[3]);
        using var reader = LivingPopulationReader.Open(new MemoryStream(fixture.Bytes), "export.csv");
        Assert.Empty(reader.ReadRows());
        var issue = Assert.Single(reader.Issues);
        Assert.Contains("LONG_FOREIGNER", issue.Reason);
        Assert.Contains("ReaderOptions.Class", issue.Reason);
        Assert.Null(reader.Layout);
    }

    [Fact]
    public void Open_DomesticHeaderWithForeignClass_Refuses()
    {
        var fixture = OfficialFileFixtures.Build(ZoneLevel.Dong, PopulationClass.Domestic, true, OfficialFileFixtures.Variants[0]);
        using var reader = LivingPopulationReader.Open(new MemoryStream(fixture.Bytes), fixture.FileName, new LivingPopulationReaderOptions(PopulationClass.LongTermForeign));
        Assert.Empty(reader.ReadRows());
        Assert.Contains("class 'long' was requested", Assert.Single(reader.Issues).Reason);
    }

    [Fact]
    public void ReadRows_TinyReadsAcrossBufferBoundaries_SameRows()
    {
        var (bytes, expected) = LargeDongFile(rows: 12_000);
        Assert.True(bytes.Length > 2 << 20, "the file must exceed the 1 MB buffer and the 64 KB sniff window");

        using var reader = LivingPopulationReader.Open(new TrickleStream(bytes, 4093), "LOCAL_PEOPLE_DONG_201712.csv");
        var rows = reader.ReadRows().ToList();

        Assert.Empty(reader.Issues);
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i += 997)
            RowAssert.Equal(expected[i], rows[i]);
        RowAssert.Equal(expected[^1], rows[^1]);
    }

    [Fact]
    public void ReadRows_BlankLinesInside_SkippedAndLinesStayPhysical()
    {
        var header = string.Join(",", OfficialFileFixtures.Header(ZoneLevel.Gu, PopulationClass.Domestic, false));
        var text = header + "\r\n20240101,00,11110,10.5\r\n\r\n20240101,01,11110,11\r\n";
        using var reader = LivingPopulationReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), "x.csv");
        var rows = reader.ReadRows().ToList();
        Assert.Empty(reader.Issues);
        Assert.Equal([2L, 4L], rows.Select(r => r.Line));
    }

    [Fact]
    public void ReadRows_ManyBadRows_StopsAtIssueCap()
    {
        var header = string.Join(",", OfficialFileFixtures.Header(ZoneLevel.Gu, PopulationClass.Domestic, false));
        var sb = new StringBuilder(header).Append('\n');
        for (var i = 0; i < 300; i++)
            sb.Append("20240101,24,11110,1\n");
        using var reader = LivingPopulationReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(sb.ToString())), "x.csv");
        Assert.Empty(reader.ReadRows());
        Assert.Equal(100, reader.Issues.Count);
        Assert.True(reader.IssuesTruncated);
        Assert.Equal(101, reader.Issues[^1].Line);
    }

    [Fact]
    public void ReadRows_GoodRowsAroundABadOne_YieldsOnlyGoodOnes()
    {
        var header = string.Join(",", OfficialFileFixtures.Header(ZoneLevel.Gu, PopulationClass.Domestic, false));
        var text = header + "\n20240101,00,11110,1\n20240101,01,11110,x\n20240101,02,11110,3\n";
        using var reader = LivingPopulationReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), "x.csv");
        var rows = reader.ReadRows().ToList();
        Assert.Equal([0, 2], rows.Select(r => r.Slot.Hour));
        Assert.Equal(1, reader.RowsRejected);
        Assert.Equal(3, Assert.Single(reader.Issues).Line);
    }

    [Fact]
    public void ReadRows_ZoneCodes_AreInternedAcrossHours()
    {
        var fixture = OfficialFileFixtures.Build(ZoneLevel.Oa, PopulationClass.Domestic, true, OfficialFileFixtures.Variants[0]);
        using var reader = LivingPopulationReader.Open(new MemoryStream(fixture.Bytes), fixture.FileName);
        var rows = reader.ReadRows().Where(r => r.ZoneCode == "1101053010001").ToList();
        Assert.Equal(3, rows.Count);
        Assert.Same(rows[0].ZoneCode, rows[2].ZoneCode);
        Assert.Same(rows[0].ParentCode, rows[1].ParentCode);
    }

    [Fact]
    public void ReadRows_SecondEnumeration_Throws()
    {
        var fixture = OfficialFileFixtures.Build(ZoneLevel.Gu, PopulationClass.Domestic, false, OfficialFileFixtures.Variants[0]);
        using var reader = LivingPopulationReader.Open(new MemoryStream(fixture.Bytes), fixture.FileName);
        _ = reader.ReadRows().ToList();
        Assert.Throws<InvalidOperationException>(() => reader.ReadRows());
    }

    [Fact]
    public void CellParser_Decimals_MatchDoubleParseBitForBit()
    {
        var rnd = new Random(20171220);
        for (var i = 0; i < 20_000; i++)
        {
            var whole = rnd.NextInt64(0, 2_000_000_000);
            var decimals = rnd.Next(0, 5);
            var text = decimals == 0
                ? whole.ToString(CultureInfo.InvariantCulture)
                : whole.ToString(CultureInfo.InvariantCulture) + "." + rnd.Next(0, (int)Math.Pow(10, decimals)).ToString(new string('0', decimals), CultureInfo.InvariantCulture);
            Assert.Null(CellParser.TryParseValue(Encoding.ASCII.GetBytes(text), out var v));
            Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), v);
        }
        Assert.Null(CellParser.TryParseValue("1e3"u8, out var sci));
        Assert.Equal(1000, sci);
        Assert.Null(CellParser.TryParseValue("0.12345678901234567890"u8, out var longFraction));
        Assert.Equal(0.12345678901234567890, longFraction);
        Assert.NotNull(CellParser.TryParseValue("."u8, out _));
        Assert.NotNull(CellParser.TryParseValue("1.2.3"u8, out _));
    }

    private static (byte[] Bytes, List<PopulationRow> Expected) LargeDongFile(int rows)
    {
        var header = string.Join(",", OfficialFileFixtures.Header(ZoneLevel.Dong, PopulationClass.Domestic, true));
        var sb = new StringBuilder("\"").Append(header.Replace(",", "\",\"")).Append("\"\r\n");
        var expected = new List<PopulationRow>(rows);
        for (var i = 0; i < rows; i++)
        {
            var hour = i % 24;
            var day = 1 + i / 24 / 400;
            var zone = "111" + (10000 + i / 24 % 400).ToString(CultureInfo.InvariantCulture);
            var cells = OfficialFileFixtures.Cells(PopulationClass.Domestic, true, hour, i % 7);
            var date = new DateOnly(2017, 12, day);
            sb.Append('"').Append(string.Join("\",\"", [date.ToString("yyyyMMdd", CultureInfo.InvariantCulture), hour.ToString("00", CultureInfo.InvariantCulture), zone, .. cells])).Append("\"\r\n");
            expected.Add(new PopulationRow(new HourSlot(date, hour), ZoneLevel.Dong, zone, PopulationClass.Domestic, Parse(cells[0]))
            {
                Strata = [.. cells.Skip(1).Select(Parse)],
                Line = i + 2,
            });
        }
        return (OfficialFileFixtures.ToBytes(sb.ToString(), "cp949", bom: false), expected);
    }

    private static PopValue Parse(string cell) =>
        cell == "*" ? PopValue.Masked : PopValue.Of(double.Parse(cell, CultureInfo.InvariantCulture));

    /// <summary>A non-seekable stream that returns at most a few bytes per read.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), data.Length - _position);
            Array.Copy(data, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
