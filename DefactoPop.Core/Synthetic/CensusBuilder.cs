using DefactoPop.Core.CityInputs;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Observation;

namespace DefactoPop.Core.Synthetic;

/// <summary>
/// A census of usual residents (등록센서스 style) for a synthetic city, built apart from the truth model's presence:
/// the true usual residents (<see cref="UsualResidents"/>) taken back to the census reference date by a district and
/// age change, counted with a district coverage error and zone noise, rounded and small-cell suppressed.
/// Koreans only, 집계구 level. Deterministic from the seed.
/// </summary>
public static class CensusBuilder
{
    /// <summary>The census reference date used by the scenario (등록센서스 2015).</summary>
    public static readonly DateOnly DefaultReferenceDate = new(2015, 11, 1);

    /// <summary>Largest district population change (moves, births, deaths) between the census and the estimated period, ±.</summary>
    public const double DistrictChange = 0.03;

    /// <summary>Ageing between the census and the period: the change tilts from −this (0-9) to +this (70+), linear in the band.</summary>
    public const double AgeingTilt = 0.015;

    /// <summary>Seeded change of each district × band on top of the tilt, ±.</summary>
    public const double BandJitter = 0.005;

    /// <summary>Coverage error of the census by district: between −4% and −1% of the usual residents are missed.</summary>
    public const double CoverageMin = 0.01;
    public const double CoverageMax = 0.04;

    /// <summary>SD of the multiplicative log-normal noise per 집계구 (mean 1).</summary>
    public const double ZoneNoiseSd = 0.03;

    /// <summary>Statistics Korea suppresses cells below this many persons (written "*").</summary>
    public const int SuppressBelow = 5;

    // Rng stream ids, distinct from the observation model's.
    private const int ChangeStream = 60, CoverageStream = 61, ZoneStream = 62;

    public static UsualResidentCensus Build(SyntheticCity city, int seed, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(city);
        const int S = Strata.Count;
        var residents = UsualResidents.Of(city);
        var nd = city.Districts.Count;
        var change = new double[nd * Strata.BandCount];
        var coverage = new double[nd];
        for (var d = 0; d < nd; d++)
        {
            for (var b = 0; b < Strata.BandCount; b++)
                change[d * Strata.BandCount + b] = Change(seed, d, b);
            coverage[d] = Coverage(seed, d);
        }
        var records = new List<CensusRecord>(city.OaCount * S);
        for (var z = 0; z < city.OaCount; z++)
        {
            var d = UsualResidents.DistrictOf(city, z);
            var noise = ZoneNoise(seed, z);
            for (var s = 0; s < S; s++)
            {
                var band = s % Strata.BandCount;
                var expected = residents[z * S + s] / (1 + change[d * Strata.BandCount + band]) * (1 - coverage[d]) * noise;
                records.Add(new CensusRecord(city.Oas[z].Code, ZoneLevel.Oa, Strata.SexOf(s), (AgeBand)band, Suppress(Math.Round(expected))));
            }
        }
        return new UsualResidentCensus(referenceDate, records);
    }

    /// <summary>Relative change of a district × band from the census date to the estimated period.</summary>
    internal static double Change(int seed, int district, int band)
    {
        var rng = Rng.For(seed, ChangeStream, district);
        var level = DistrictChange * (2 * rng.NextDouble() - 1);
        var tilt = AgeingTilt * (2.0 * band / (Strata.BandCount - 1) - 1);
        var jitter = Rng.For(seed, ChangeStream, district, band + 1).NextDouble();
        return level + tilt + BandJitter * (2 * jitter - 1);
    }

    /// <summary>Share of a district's usual residents the census misses, in [<see cref="CoverageMin"/>, <see cref="CoverageMax"/>].</summary>
    internal static double Coverage(int seed, int district) =>
        CoverageMin + (CoverageMax - CoverageMin) * Rng.For(seed, CoverageStream, district).NextDouble();

    /// <summary>Log-normal factor of one 집계구, mean 1.</summary>
    internal static double ZoneNoise(int seed, int oa)
    {
        var rng = Rng.For(seed, ZoneStream, oa);
        return Math.Exp(ZoneNoiseSd * rng.Normal() - ZoneNoiseSd * ZoneNoiseSd / 2);
    }

    /// <summary>A rounded count, or null (suppressed) when it is below <see cref="SuppressBelow"/>.</summary>
    internal static long? Suppress(double rounded) => rounded < SuppressBelow ? null : (long)rounded;
}
