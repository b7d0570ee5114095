using DefactoPop.Core.Domain;
using DefactoPop.Core.Import.Layers;
using DefactoPop.Core.Siting;
using DefactoPop.Core.Synthetic;
using DefactoPop.Core.Synthetic.Layers;

namespace DefactoPop.Tests.Core.Siting;

public sealed class CommuteOdTests
{
    private static readonly DateOnly s_weekday = new(2017, 10, 17);
    private static readonly DateOnly s_sunday = new(2017, 10, 22);
    private static readonly Lazy<SyntheticCity> s_city = new(() => SyntheticCityBuilder.Build(1, new CityOptions { OaTarget = 1_000 }));
    private static readonly Lazy<IReadOnlyList<CommuteFlow>> s_flows = new(() => Build(5));

    private static IReadOnlyList<CommuteFlow> Build(int seed) =>
        CommuteOd.Build(s_city.Value, slot => MovementModel.Generate(s_city.Value, slot), s_weekday, s_sunday, seed);

    /// <summary>The truth's arrivals per (day, hour, dong, sex, age group), computed here independently of the product.</summary>
    private static Dictionary<(DayType, int, string, Sex, int), double> TruthArrivals()
    {
        var city = s_city.Value;
        var cells = new Dictionary<(DayType, int, string, Sex, int), double>();
        foreach (var date in (DateOnly[])[s_weekday, s_sunday])
        {
            var day = KoreanCalendar.DayTypeOf(date);
            var before = MovementModel.Generate(city, new HourSlot(date.AddDays(-1), 23)).Origins!.Outside;
            for (var h = 0; h < 24; h++)
            {
                var now = MovementModel.Generate(city, new HourSlot(date, h)).Origins!.Outside;
                var change = new Dictionary<(DayType, int, string, Sex, int), double>();
                for (var z = 0; z < city.OaCount; z++)
                {
                    for (var s = 0; s < Strata.Count; s++)
                    {
                        var band = Strata.BandOf(s);
                        var group = band == AgeBand.A0To9 ? 0 : band == AgeBand.A70Plus ? 70 : Strata.LowerAge(band) / 10 * 10;
                        var key = (day, h, city.Dongs[city.OaDong[z]].Code, Strata.SexOf(s), group);
                        change[key] = change.GetValueOrDefault(key) + now[z * Strata.Count + s] - before[z * Strata.Count + s];
                    }
                }
                foreach (var (key, v) in change.Where(c => c.Value > 0))
                    cells[key] = v;
                before = now;
            }
        }
        return cells;
    }

    [Fact]
    public void Build_CellTotals_MatchTheTruthsOutsideArrivals()
    {
        var truth = TruthArrivals();
        var product = s_flows.Value.GroupBy(f => (f.Day, f.ArrivalHour, f.Destination, f.Sex, f.AgeGroup))
            .ToDictionary(g => g.Key, g => (Known: g.Sum(f => f.Movers ?? 0), Masked: g.Count(f => f.Movers is null)));

        Assert.All(product, p => Assert.True(truth.ContainsKey(p.Key), $"{p.Key} has movers but no arrivals in the truth"));
        foreach (var (key, arrivals) in truth)
        {
            var total = Math.Round(arrivals, MidpointRounding.AwayFromZero);
            var (known, masked) = product.GetValueOrDefault(key);
            Assert.InRange(total, known + masked * CommuteFlow.MaskedLow, known + masked * CommuteFlow.MaskedHigh);
        }
        // The morning arrivals of a weekday are in the hundreds of thousands.
        var morning = truth.Where(t => t.Key.Item1 == DayType.Weekday && t.Key.Item2 is >= 6 and <= 9).Sum(t => t.Value);
        Assert.True(morning > 200_000, $"weekday 06–09 arrivals {morning:0}");
    }

    [Fact]
    public void Build_SmallCells_MaskedAndOthersWholeMovers()
    {
        var flows = s_flows.Value;

        Assert.Contains(flows, f => f.Movers is null);
        Assert.All(flows.Where(f => f.Movers is not null), f =>
        {
            Assert.True(f.Movers > CommuteFlow.MaskedHigh);
            Assert.Equal(Math.Round(f.Movers!.Value), f.Movers);
        });
        Assert.All(flows, f => Assert.NotNull(CommuteOrigins.ByCode(f.Origin)));
        Assert.Equal([DayType.Weekday, DayType.SundayOrHoliday], flows.Select(f => f.Day).Distinct().Order());
        // The truth's non-residents are of working age (20–64).
        Assert.Equal([20, 30, 40, 50, 60], flows.Select(f => f.AgeGroup).Distinct().Order());
    }

    [Fact]
    public void Build_SameSeed_SameProduct_OtherSeed_OtherSplit()
    {
        Assert.Equal(s_flows.Value, Build(5));
        Assert.NotEqual(s_flows.Value, Build(6));
    }

    [Fact]
    public void Build_WeekdayMorning_MeanTimeLikeGyeonggiToSeoulAndSlowCorridorsSlow()
    {
        var morning = s_flows.Value.Where(f => f.Day == DayType.Weekday && f.ArrivalHour is >= 6 and <= 9 && f.Movers is not null).ToList();
        var mean = morning.Sum(f => f.Movers!.Value * f.MeanMinutes) / morning.Sum(f => f.Movers!.Value);

        // Published: 경기→서울 65.4 min (2024), 72.1 min (2021).
        Assert.InRange(mean, 60, 80);
        // 파주→광화문 is a slow corridor: slower than its distance says, unlike 파주's trips elsewhere.
        var paju = CommuteOrigins.ByCode("41480")!;
        var gwanghwamun = SitingProjection.ToMetres(126.9775, 37.5685);
        var dongAt = DongCentroids();
        double Ratio(CommuteFlow f) => f.MeanMinutes / (CommuteOd.AccessMinutes + CommuteOd.MinutesPerKm * paju.At.DistanceTo(dongAt[f.Destination]) / 1000);
        var fromPaju = morning.Where(f => f.Origin == paju.Code).ToList();
        var slow = fromPaju.Where(f => dongAt[f.Destination].DistanceTo(gwanghwamun) < 2_000).Select(Ratio).ToList();
        var other = fromPaju.Where(f => dongAt[f.Destination].DistanceTo(gwanghwamun) > 4_000).Select(Ratio).ToList();
        Assert.NotEmpty(slow);
        Assert.InRange(slow.Average(), 1.3, 1.6);
        Assert.InRange(other.Average(), 0.9, 1.1);
    }

    private static Dictionary<string, SitePoint> DongCentroids()
    {
        var city = s_city.Value;
        return Enumerable.Range(0, city.OaCount).GroupBy(z => city.Dongs[city.OaDong[z]].Code).ToDictionary(g => g.Key, g =>
        {
            var points = g.Select(z => SitingProjection.ToMetres(city.OaLon[z], city.OaLat[z])).ToList();
            return new SitePoint(points.Average(p => p.X), points.Average(p => p.Y));
        });
    }

    [Fact]
    public void WriteThenRead_Product_SameFlows()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dp-commute-{Guid.NewGuid():N}.csv");
        try
        {
            CommuteOdFormat.Write(path, s_flows.Value, s_weekday, s_sunday);

            Assert.True(CommuteOdReader.Detect(path));
            var read = CommuteOdReader.Read(path);

            Assert.Equal(s_flows.Value, read.Flows);
            Assert.Equal(0, read.MaskedAgeRows);
            Assert.All(read.Rows, r => Assert.Equal("201710", r.Month));
            Assert.Contains(read.Rows, r => r.MoveType == "HW");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Build_TruthWithoutOrigins_Refused()
    {
        var city = s_city.Value;

        var refused = Assert.Throws<InvalidOperationException>(() => CommuteOd.Build(city, slot =>
        {
            var t = MovementModel.Generate(city, slot);
            return new TruthHour { Slot = slot, Domestic = t.Domestic, LongTerm = t.LongTerm, ShortTerm = t.ShortTerm };
        }, s_weekday, s_sunday, 1));

        Assert.Contains("Origins", refused.Message, StringComparison.Ordinal);
    }
}
