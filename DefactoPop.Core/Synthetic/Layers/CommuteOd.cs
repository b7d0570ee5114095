using DefactoPop.Core.Domain;
using DefactoPop.Core.Siting;

namespace DefactoPop.Core.Synthetic.Layers;

/// <summary>
/// A commuter origin–destination product from the truth, in the shape of 수도권 생활이동: arrivals in each Seoul 행정동 per
/// hour from the cities of <see cref="CommuteOrigins"/>, by sex and 10-year age group, for one weekday and one weekend day.
/// <list type="number">
/// <item>Arrivals of a cell (dong × sex × age group) at hour h = the increase, if positive, of the non-residents from outside
/// Seoul present there (<see cref="TruthOrigins.Outside"/>) from h−1 to h (hour 0 compares with 23:00 of the day before).</item>
/// <item>They are rounded to whole movers and split over the origins by a gravity rule, origin weight
/// (<see cref="CommuteOrigins.Weights"/>) × exp(−distance / 12 km), relative to the origin's distance to Seoul's centre,
/// with systematic sampling so the cell total is kept exactly.</item>
/// <item>Mean time = 22 min access + 2.4 min per straight-line km, slower on a few corridors (×1.45), times a little noise;
/// whole minutes. Cells with 1–3 movers are masked (<see cref="CommuteFlow.Movers"/> null).</item>
/// </list>
/// Cost: the truth of 50 hours (two days and the hour before each) dominates — a few seconds on the full city.
/// </summary>
public static class CommuteOd
{
    public const double AccessMinutes = 22, MinutesPerKm = 2.4, SlowFactor = 1.45, DecayKm = 12;
    private const double SlowRadiusM = 3_000;

    /// <summary>Corridors much slower than their distance (origin code, Seoul centre): the bus workbench should find them.</summary>
    public static IReadOnlyList<(string Origin, string Centre)> SlowCorridors { get; } =
        [("41480", "광화문/시청"), ("41390", "여의도"), ("41360", "강남역"), ("41570", "여의도")];

    public static IReadOnlyList<CommuteFlow> Build(SyntheticCity city, Func<HourSlot, TruthHour> truth, DateOnly weekday, DateOnly weekendDay, int seed)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(truth);
        if (KoreanCalendar.DayTypeOf(weekday) != DayType.Weekday)
            throw new ArgumentException($"{weekday:yyyy-MM-dd} is not a weekday.", nameof(weekday));
        if (KoreanCalendar.DayTypeOf(weekendDay) == DayType.Weekday)
            throw new ArgumentException($"{weekendDay:yyyy-MM-dd} is not a weekend day or holiday.", nameof(weekendDay));

        var shape = Shape.Of(city);
        var rng = new Random(CityGeometry.HashCode32(seed, 300));
        var flows = new List<CommuteFlow>();
        foreach (var date in (DateOnly[])[weekday, weekendDay])
        {
            var day = KoreanCalendar.DayTypeOf(date);
            var previous = Outside(truth, new HourSlot(date.AddDays(-1), 23));
            for (var h = 0; h < 24; h++)
            {
                var current = Outside(truth, new HourSlot(date, h));
                var arrivals = Arrivals(city, previous, current);
                Split(shape, arrivals, day, h, rng, flows);
                previous = current;
            }
        }
        return flows;
    }

    /// <summary>Lower age (0, 10 … 70) of the 10-year group of a published band.</summary>
    public static int AgeGroupOf(AgeBand band) => band switch
    {
        AgeBand.A0To9 => 0,
        AgeBand.A70Plus => 70,
        _ => 10 * (((int)band + 1) / 2),
    };

    /// <summary>
    /// Positive increase of the outside non-residents per cell, [dong * 16 + sex * 8 + age group], between two hours.
    /// </summary>
    public static double[] Arrivals(SyntheticCity city, float[] previous, float[] current)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var change = new double[city.Dongs.Count * 16];
        for (var z = 0; z < city.OaCount; z++)
        {
            var row = city.OaDong[z] * 16;
            for (var s = 0; s < Strata.Count; s++)
            {
                var cell = row + (int)Strata.SexOf(s) * 8 + AgeGroupOf(Strata.BandOf(s)) / 10;
                change[cell] += current[z * Strata.Count + s] - previous[z * Strata.Count + s];
            }
        }
        for (var i = 0; i < change.Length; i++)
            change[i] = Math.Max(0, change[i]);
        return change;
    }

    private static float[] Outside(Func<HourSlot, TruthHour> truth, HourSlot slot) =>
        truth(slot).Origins?.Outside ?? throw new InvalidOperationException($"The truth for {slot} does not say where people come from (Origins is null).");

    private static void Split(Shape shape, double[] arrivals, DayType day, int hour, Random rng, List<CommuteFlow> into)
    {
        var origins = CommuteOrigins.All;
        var movers = new int[origins.Count];
        for (var dong = 0; dong < shape.DongCodes.Length; dong++)
        {
            var share = shape.Share[dong];
            for (var cell = 0; cell < 16; cell++)
            {
                var total = (int)Math.Round(arrivals[dong * 16 + cell], MidpointRounding.AwayFromZero);
                if (total == 0)
                    continue;
                // Systematic sampling: one random start, then every whole mover along the cumulative shares.
                var u = rng.NextDouble();
                var cumulative = 0.0;
                var taken = 0;
                for (var o = 0; o < origins.Count; o++)
                {
                    cumulative += share[o] * total;
                    var upTo = o == origins.Count - 1 ? total : (int)Math.Floor(cumulative + u);
                    movers[o] = Math.Max(0, upTo - taken);
                    taken += movers[o];
                }
                for (var o = 0; o < origins.Count; o++)
                {
                    if (movers[o] == 0)
                        continue;
                    var minutes = Math.Round(shape.Minutes[dong][o] * Math.Exp(0.06 * rng.NextGaussian()));
                    double? count = movers[o] <= CommuteFlow.MaskedHigh ? null : movers[o];
                    into.Add(new CommuteFlow(origins[o].Code, shape.DongCodes[dong], day, hour, (Sex)(cell / 8), 10 * (cell % 8), count, minutes));
                }
            }
        }
    }

    /// <summary>Per destination dong: origin shares (gravity) and base travel minutes.</summary>
    private sealed record Shape(string[] DongCodes, double[][] Share, double[][] Minutes)
    {
        public static Shape Of(SyntheticCity city)
        {
            var nd = city.Dongs.Count;
            var (sx, sy, count) = (new double[nd], new double[nd], new int[nd]);
            for (var z = 0; z < city.OaCount; z++)
            {
                var p = SitingProjection.ToMetres(city.OaLon[z], city.OaLat[z]);
                var d = city.OaDong[z];
                (sx[d], sy[d], count[d]) = (sx[d] + p.X, sy[d] + p.Y, count[d] + 1);
            }
            var origins = CommuteOrigins.All;
            var centre = SitingProjection.ToMetres(126.9775, 37.5685);
            var slow = SlowCorridors.Select(c => (c.Origin, At: Centre(c.Centre))).ToArray();
            var share = new double[nd][];
            var minutes = new double[nd][];
            for (var d = 0; d < nd; d++)
            {
                var at = count[d] > 0 ? new SitePoint(sx[d] / count[d], sy[d] / count[d]) : centre;
                share[d] = new double[origins.Count];
                minutes[d] = new double[origins.Count];
                for (var o = 0; o < origins.Count; o++)
                {
                    var km = origins[o].At.DistanceTo(at) / 1000;
                    var toCentre = origins[o].At.DistanceTo(centre) / 1000;
                    share[d][o] = CommuteOrigins.Weights[o] * Math.Exp(-(km - toCentre) / DecayKm);
                    var factor = slow.Any(s => s.Origin == origins[o].Code && s.At.DistanceTo(at) < SlowRadiusM) ? SlowFactor : 1;
                    minutes[d][o] = (AccessMinutes + MinutesPerKm * km) * factor;
                }
                var sum = share[d].Sum();
                for (var o = 0; o < origins.Count; o++)
                    share[d][o] /= sum;
            }
            return new Shape([.. city.Dongs.Select(z => z.Code)], share, minutes);
        }

        private static SitePoint Centre(string name)
        {
            var c = SeoulFacts.Centres.First(c => c.NameKo == name);
            return SitingProjection.ToMetres(c.Lon, c.Lat);
        }
    }
}
