using DefactoPop.Core.Domain;
using DefactoPop.Core.Synthetic;

namespace DefactoPop.Tests.Core.Synthetic;

/// <summary>Determinism and movement on small (coarse) cities that build quickly.</summary>
public class SmallCityTests
{
    private static readonly CityOptions s_small = new() { OaTarget = 1_000 };
    private static readonly Lazy<SyntheticCity> s_city1 = new(() => SyntheticCityBuilder.Build(1, s_small));
    private static readonly Lazy<SyntheticCity> s_city2 = new(() => SyntheticCityBuilder.Build(2, s_small));
    private static readonly HourSlot s_weekday14 = new(new DateOnly(2017, 11, 15), 14);

    [Fact]
    public void Build_SmallOptions_GivesAboutTheTargetWithAllDongs()
    {
        var city = s_city1.Value;
        Assert.InRange(city.OaCount, 1_000, 1_010);
        Assert.Equal(424, city.Dongs.Count);
        Assert.All(Enumerable.Range(0, city.Dongs.Count), i => Assert.Contains(i, city.OaDong));
        Assert.Equal(10.13e6, city.RegisteredDomestic.Sum(v => (double)v) + city.RegisteredForeign.Sum(v => (double)v), 10.13e6 * 0.001);
    }

    [Fact]
    public void Build_SameSeed_IdenticalCity()
    {
        var a = s_city1.Value;
        var b = SyntheticCityBuilder.Build(1, s_small);
        Assert.Equal(a.Oas, b.Oas);
        Assert.Equal(a.Dongs, b.Dongs);
        Assert.Equal(a.OaDong, b.OaDong);
        Assert.Equal(a.OaLat, b.OaLat);
        Assert.Equal(a.OaLandUse, b.OaLandUse);
        Assert.Equal(a.OaLandUseShares, b.OaLandUseShares);
        Assert.Equal(a.RegisteredDomestic, b.RegisteredDomestic);
        Assert.Equal(a.RegisteredForeign, b.RegisteredForeign);
        Assert.Equal(a.Geometry.OrderBy(kv => kv.Key), b.Geometry.OrderBy(kv => kv.Key));
    }

    [Fact]
    public void Build_DifferentSeed_DifferentCity()
    {
        var a = s_city1.Value;
        var b = s_city2.Value;
        Assert.NotEqual(a.OaLat, b.OaLat);
        Assert.NotEqual(a.RegisteredDomestic, b.RegisteredDomestic);
        // District shapes follow the real centroids and areas, not the seed.
        Assert.Equal(a.Geometry["11680"], b.Geometry["11680"]);
    }

    [Fact]
    public void Generate_SameSeedAndHour_ByteIdentical()
    {
        var city = s_city1.Value;
        var a = new MovementModel(city).Generate(s_weekday14);
        var b = MovementModel.Generate(city, s_weekday14);
        Assert.Equal(a.Domestic, b.Domestic);
        Assert.Equal(a.LongTerm, b.LongTerm);
        Assert.Equal(a.ShortTerm, b.ShortTerm);
        Assert.Equal(s_weekday14, a.Slot);
    }

    [Fact]
    public void Generate_DifferentSeedOrHour_DifferentArrays()
    {
        var city = s_city1.Value;
        var other = s_city2.Value;
        var a = MovementModel.Generate(city, s_weekday14);
        Assert.NotEqual(a.Domestic, MovementModel.Generate(other, s_weekday14).Domestic);
        Assert.NotEqual(a.Domestic, MovementModel.Generate(city, s_weekday14.AddHours(24 * 7)).Domestic);
    }

    [Fact]
    public void GenerateInto_MatchesGenerate()
    {
        var model = MovementModel.For(s_city1.Value);
        var n = s_city1.Value.OaCount;
        float[] d = new float[n * 28], l = new float[n * 2], s = new float[n * 2];
        model.GenerateInto(s_weekday14, d, l, s);
        var t = model.Generate(s_weekday14);
        Assert.Equal(t.Domestic, d);
        Assert.Equal(t.LongTerm, l);
        Assert.Equal(t.ShortTerm, s);
    }

    [Theory]
    [InlineData("2017-11-15T14:00")]
    [InlineData("2017-10-02T07:00")]
    [InlineData("2017-12-23T03:00")]
    [InlineData("2017-12-20T20:00")]
    public void Totals_EqualSumsOfGenerate(string hour)
    {
        var city = s_city1.Value;
        var slot = HourSlot.Parse(hour);
        var t = MovementModel.Generate(city, slot);
        var oaTotal = new double[city.OaCount];
        var totals = MovementModel.For(city).Totals(slot, oaTotal);
        double dom = 0, male = 0;
        for (var z = 0; z < city.OaCount; z++)
        {
            double oa = 0;
            for (var s = 0; s < Strata.Count; s++)
            {
                oa += t.Domestic[z * Strata.Count + s];
                if (s < Strata.BandCount)
                    male += t.Domestic[z * Strata.Count + s];
            }
            dom += oa;
            oa += t.LongTerm[2 * z] + t.LongTerm[2 * z + 1] + t.ShortTerm[2 * z] + t.ShortTerm[2 * z + 1];
            Assert.Equal(oa, oaTotal[z], Math.Max(oa * 1e-5, 1e-3));
        }
        Assert.Equal(dom, totals.Domestic, dom * 1e-6);
        Assert.Equal(male, totals.DomesticMale, male * 1e-6);
        Assert.Equal(t.LongTerm.Sum(v => (double)v), totals.LongTerm, totals.LongTerm * 1e-6);
        Assert.Equal(t.ShortTerm.Sum(v => (double)v), totals.ShortTerm, totals.ShortTerm * 1e-6);
        Assert.Equal(Enumerable.Range(0, city.OaCount).Sum(z => (double)t.ShortTerm[2 * z]), totals.ShortTermChinese, totals.ShortTermChinese * 1e-6);
    }

    [Fact]
    public void Generate_ValuesAreFiniteAndNonNegative()
    {
        var city = s_city1.Value;
        foreach (var slot in new[] { s_weekday14, new HourSlot(new DateOnly(2017, 10, 2), 7), new HourSlot(new DateOnly(2017, 12, 23), 3) })
        {
            var t = MovementModel.Generate(city, slot);
            Assert.Equal(city.OaCount * Strata.Count, t.Domestic.Length);
            Assert.All(t.Domestic.Concat(t.LongTerm).Concat(t.ShortTerm), v => Assert.True(float.IsFinite(v) && v >= 0));
        }
    }

    [Fact]
    public void Generate_NightAtHomeDayAtWork()
    {
        var city = s_city1.Value;
        var night = MovementModel.Generate(city, new HourSlot(new DateOnly(2017, 11, 15), 3));
        var day = MovementModel.Generate(city, s_weekday14);
        double Sum(TruthHour t, LandUse use) => Enumerable.Range(0, city.OaCount).Where(z => city.OaLandUse[z] == use)
            .Sum(z => Enumerable.Range(0, Strata.Count).Sum(s => (double)t.Domestic[z * Strata.Count + s]));
        Assert.True(Sum(day, LandUse.Office) > 2 * Sum(night, LandUse.Office));
        Assert.True(Sum(day, LandUse.Residential) < Sum(night, LandUse.Residential));
        // At night the present population follows the register closely.
        var registered = Enumerable.Range(0, city.OaCount).Select(z => Enumerable.Range(0, Strata.Count).Sum(s => (double)city.RegisteredDomestic[z * Strata.Count + s])).ToArray();
        var present = Enumerable.Range(0, city.OaCount).Select(z => Enumerable.Range(0, Strata.Count).Sum(s => (double)night.Domestic[z * Strata.Count + s])).ToArray();
        Assert.True(Correlation(registered, present) > 0.9);
    }

    [Fact]
    public void Generate_OldPeopleStayNearerHomeThanAdults()
    {
        var city = s_city1.Value;
        var day = MovementModel.Generate(city, s_weekday14);
        double Displaced(int band) => Enumerable.Range(0, city.OaCount).Sum(z =>
            Math.Abs(day.Domestic[z * Strata.Count + band] - city.RegisteredDomestic[z * Strata.Count + band]))
            / Enumerable.Range(0, city.OaCount).Sum(z => (double)city.RegisteredDomestic[z * Strata.Count + band]);
        Assert.True(Displaced((int)AgeBand.A70Plus) < 0.5 * Displaced((int)AgeBand.A40To44));
    }

    [Fact]
    public void Calibration_DifferentSeeds_SameStatistics()
    {
        var a = CalibrationReport.Compute(s_city1.Value, SeoulFacts.QuarterStart, SeoulFacts.QuarterEnd);
        var b = CalibrationReport.Compute(s_city2.Value, SeoulFacts.QuarterStart, SeoulFacts.QuarterEnd);
        Assert.Equal(a.Mean, b.Mean, a.Mean * 0.002);
        Assert.Equal(a.Max, b.Max, a.Max * 0.005);
        Assert.Equal(a.Min, b.Min, a.Min * 0.005);
        Assert.Equal(a.MaxSlot, b.MaxSlot);
        Assert.Equal(a.MinSlot, b.MinSlot);
        foreach (var sig in new[] { "11680", "11710", "11650", "11545" })
            Assert.Equal(a.DistrictMean[sig], b.DistrictMean[sig], a.DistrictMean[sig] * 0.05);
        Assert.Equal(a.Myeongdong14h, b.Myeongdong14h, a.Myeongdong14h * 0.1);
    }

    private static double Correlation(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }
}
