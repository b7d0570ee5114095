using DefactoPop.Core.Domain;
using DefactoPop.Core.Synthetic;

namespace DefactoPop.Tests.TestSupport.TestCities;

/// <summary>A generated grid city and its truth: residents leave home by day (local trips, city-wide work/leisure trips), plus in-commuters and visitors.</summary>
public sealed class TestCity
{
    private readonly TestCityOptions _options;
    private readonly double[] _nightFactor;
    private readonly double[] _workDist;
    private readonly double[] _studyDist;
    private readonly double[] _leisureDist;
    private readonly double[] _localDist;
    private readonly double[] _hotelDist;

    internal TestCity(SyntheticCity city, TestCityOptions options, double[] nightFactor, double[] work, double[] study, double[] leisure, double[] local, double[] hotel)
    {
        City = city;
        _options = options;
        _nightFactor = nightFactor;
        _workDist = work;
        _studyDist = study;
        _leisureDist = leisure;
        _localDist = local;
        _hotelDist = hotel;
    }

    public SyntheticCity City { get; }

    public Func<HourSlot, TruthHour> Truth => Hour;

    private static readonly double[] s_work =
        [0.02, 0.02, 0.02, 0.02, 0.02, 0.03, 0.12, 0.40, 0.66, 0.72, 0.72, 0.70, 0.68, 0.72, 0.72, 0.72, 0.70, 0.62, 0.50, 0.38, 0.30, 0.22, 0.12, 0.05];

    private static readonly double[] s_leisure =
        [0.10, 0.06, 0.04, 0.02, 0.02, 0.02, 0.04, 0.08, 0.15, 0.30, 0.45, 0.60, 0.70, 0.70, 0.72, 0.75, 0.80, 0.85, 0.90, 0.85, 0.75, 0.55, 0.35, 0.20];

    // Mobility by band (share of residents away at peak) and share of those trips that stay in the home 행정동.
    private static readonly double[] s_mobility = [0.40, 0.62, 0.66, 0.62, 0.64, 0.62, 0.60, 0.60, 0.60, 0.58, 0.55, 0.48, 0.40, 0.22];
    private static readonly double[] s_local = [0.85, 0.70, 0.40, 0.15, 0.15, 0.20, 0.22, 0.22, 0.22, 0.25, 0.30, 0.40, 0.50, 0.70];

    public TruthHour Hour(HourSlot slot)
    {
        const int S = Strata.Count;
        var city = City;
        var n = city.OaCount;
        var weekend = slot.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var dayNoise = 1 + 0.02 * Gaussian(_options.Seed, slot.Date.DayNumber);
        var work = s_work[slot.Hour];
        var leisure = s_leisure[slot.Hour];
        var away = (weekend ? 0.55 * leisure : work) * dayNoise;
        var workMix = weekend ? 0.15 : work / (work + 0.3 * leisure + 1e-9);

        var domestic = new float[n * S];
        var dongs = city.Dongs.Count;
        var localPool = new double[dongs * S];
        var globalPool = new double[S];
        for (var j = 0; j < n; j++)
        {
            var d = city.OaDong[j];
            for (var s = 0; s < S; s++)
            {
                var band = s % Strata.BandCount;
                var present = city.RegisteredDomestic[j * S + s] * _nightFactor[j];
                var a = Math.Min(0.95, s_mobility[band] * away);
                var local = weekend ? Math.Max(0.5, s_local[band]) : s_local[band];
                domestic[j * S + s] = (float)(present * (1 - a));
                localPool[d * S + s] += present * a * local;
                globalPool[s] += present * a * (1 - local);
            }
        }
        var bandWork = new double[S];
        for (var s = 0; s < S; s++)
        {
            var band = s % Strata.BandCount;
            bandWork[s] = band is >= 1 and <= 4 ? 0.5 : 1.0;
        }
        var commute = _options.NightInbound ? work : Math.Max(0, work - 0.03) / 0.97;
        var inbound = weekend ? 0.3 * _options.InboundShare * commute / 0.72 : _options.InboundShare * commute / 0.72;
        var registeredTotal = city.RegisteredDomestic.Sum(v => (double)v);
        var inboundBand = new double[S];
        for (var s = 0; s < S; s++)
        {
            var band = s % Strata.BandCount;
            inboundBand[s] = band is >= 4 and <= 11 ? 1.0 / 16 : 0;
        }
        for (var j = 0; j < n; j++)
        {
            var d = city.OaDong[j];
            for (var s = 0; s < S; s++)
            {
                var dest = workMix * (bandWork[s] * _workDist[j] + (1 - bandWork[s]) * _studyDist[j]) + (1 - workMix) * _leisureDist[j];
                domestic[j * S + s] += (float)(globalPool[s] * dest
                    + localPool[d * S + s] * _localDist[j]
                    + inbound * registeredTotal * inboundBand[s] * (weekend ? _leisureDist[j] : _workDist[j]));
            }
        }

        var longTerm = new float[n * 2];
        double[] longPool = [0, 0];
        for (var j = 0; j < n; j++)
        {
            for (var c = 0; c < 2; c++)
            {
                var r = city.RegisteredForeign[j * 2 + c];
                var a = 0.6 * away;
                longTerm[j * 2 + c] = (float)(r * (1 - a));
                longPool[c] += r * a;
            }
        }
        var visitors = _options.ShortTermShare * registeredTotal;
        double[] chineseShare = [0.45, 0.55];
        var outing = 0.6 * leisure;
        var shortTerm = new float[n * 2];
        for (var j = 0; j < n; j++)
        {
            for (var c = 0; c < 2; c++)
            {
                longTerm[j * 2 + c] += (float)(longPool[c] * (weekend ? _leisureDist[j] : _workDist[j]));
                shortTerm[j * 2 + c] = (float)(visitors * chineseShare[c] * ((1 - outing) * _hotelDist[j] + outing * _leisureDist[j]));
            }
        }
        return new TruthHour { Slot = slot, Domestic = domestic, LongTerm = longTerm, ShortTerm = shortTerm };
    }

    internal static double Gaussian(int seed, int key)
    {
        var r = new Random(unchecked(seed * 1_000_003 + key * 7919 + 0x5EED));
        return Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
    }
}
