using System.Globalization;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Tests.TestSupport;

namespace DefactoPop.Tests.Core.Import;

/// <summary>The one real raw file we have: district totals, 2024-01-01..06-05, UTF-8 BOM, 4 columns.</summary>
public class RealGuFileTests
{
    private const string Relative = "population/gu/LOCAL_PEOPLE_GU_UTF_2024-01-01_2024-06-05.csv";

    [SharedDataFact]
    public void ReadRows_RealGuFile_MatchesIndependentParse()
    {
        var path = SharedData.Real(Relative);

        // Independent reading: plain string.Split over the raw lines.
        var lines = File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        var independentSum = lines.Sum(f => decimal.Parse(f[3], CultureInfo.InvariantCulture));
        var independentAt = lines.Single(f => f[0] == "20240315" && f[1] == "14" && f[2] == "11680")[3];

        using var reader = LivingPopulationReader.Open(path);
        var rows = reader.ReadRows().ToList();

        Assert.Empty(reader.Issues);
        Assert.Equal(FileLayout.For(ZoneLevel.Gu, PopulationClass.Domestic, hasStrata: false), reader.Layout);
        Assert.Equal("utf-8", reader.Encoding);
        Assert.True(reader.HasBom);
        Assert.Equal(93_000, rows.Count);
        Assert.Equal(lines.Count, rows.Count);
        Assert.Equal(25, rows.Select(r => r.ZoneCode).Distinct().Count());
        Assert.Equal(new DateOnly(2024, 1, 1), rows.Min(r => r.Slot.Date));
        Assert.Equal(new DateOnly(2024, 6, 5), rows.Max(r => r.Slot.Date));
        Assert.DoesNotContain(rows, r => r.Slot.Date == new DateOnly(2024, 2, 19) || r.Slot.Date == new DateOnly(2024, 2, 20));
        Assert.Equal(0, reader.MaskedCells);
        Assert.All(rows, r => Assert.Null(r.Strata));

        var sum = rows.Sum(r => (decimal)r.Total.Value);
        Assert.Equal(independentSum, sum);
        var at = rows.Single(r => r.ZoneCode == "11680" && r.Slot == new HourSlot(new DateOnly(2024, 3, 15), 14));
        Assert.Equal(double.Parse(independentAt, CultureInfo.InvariantCulture), at.Total.Value);
    }
}
