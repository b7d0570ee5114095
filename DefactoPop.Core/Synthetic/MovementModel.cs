using System.Runtime.CompilerServices;
using DefactoPop.Core.Domain;
using P = DefactoPop.Core.Synthetic.TruthParameters;

namespace DefactoPop.Core.Synthetic;

/// <summary>
/// The true hourly population of a synthetic city: an aggregate (not agent-based) movement model.
/// Truth[z,s,t] = residents at home + movers × attraction of each activity + non-residents × attraction,
/// with Seoul residents outside Seoul removed. Deterministic from the city seed and the hour.
/// </summary>
public sealed partial class MovementModel
{
    private const int S = Strata.Count;
    private static readonly ConditionalWeakTable<SyntheticCity, MovementModel> s_cache = [];

    private readonly SyntheticCity _city;
    private readonly int _n;
    private readonly int[] _district;
    private readonly float[] _resident;       // de facto night residents [z*28+s]
    private readonly double[] _residentCity;  // [s]
    private readonly double[] _residentDistrict; // [d*28+s]
    private readonly float[][] _attraction;   // [activity 0-3][z], each summing to 1
    private readonly float[] _local;          // [z], summing to 1 within each district
    private readonly double[] _inboundStrata; // [s], summing to 1
    private readonly float[] _longHome;       // [z*2+n]
    private readonly double[] _longCity;      // [n]
    private readonly float[] _longWork;       // [z]
    private readonly float[][] _shortNight;   // [n][z]
    private readonly float[][] _shortDay;     // [n][z]

    public MovementModel(SyntheticCity city)
    {
        _city = city;
        _n = city.OaCount;
        var n = _n;
        var nd = city.Districts.Count;
        _district = new int[n];
        for (var z = 0; z < n; z++)
            _district[z] = city.DongDistrict[city.OaDong[z]];

        // De facto residents: the register plus the under-registered, by district factor.
        _resident = new float[n * S];
        _residentCity = new double[S];
        _residentDistrict = new double[nd * S];
        var factor = city.Districts.Select(d => P.ResidentFactor.TryGetValue(d.Code, out var f) ? f : 1.0).ToArray();
        for (var z = 0; z < n; z++)
        {
            var d = _district[z];
            for (var s = 0; s < S; s++)
            {
                var g = P.GroupOfBand[s % Strata.BandCount];
                var v = city.RegisteredDomestic[z * S + s] * factor[d] * (1 + P.UnderRegistered * P.UnderRegisteredByGroup[g]);
                _resident[z * S + s] = (float)v;
                _residentCity[s] += v;
                _residentDistrict[d * S + s] += v;
            }
        }

        var share = city.OaLandUseShares;
        double Share(int z, LandUse u) => share[z * 5 + (int)u];
        var lat = city.OaLat;
        var lon = city.OaLon;
        var office = CentreWeights.Field(lat, lon, (_, p) => p.Office);
        var commercial = CentreWeights.Field(lat, lon, (_, p) => p.Commercial);
        var university = CentreWeights.Field(lat, lon, (_, p) => p.University);
        var longWork = CentreWeights.Field(lat, lon, (_, p) => p.LongWork);
        var area = city.Oas.Select(o => o.AreaKm2).ToArray();
        var pull = city.Districts.Select(d => P.DistrictPull.TryGetValue(d.Code, out var f) ? f : 1.0).ToArray();
        _attraction =
        [
            // Floor space: the centres' field integrated over the OA, tilted by its land use.
            Normalise(n, z => pull[_district[z]] * area[z] * (0.1 + office[z]) * (0.6 + Share(z, LandUse.Office))),
            Normalise(n, z => pull[_district[z]] * area[z] * (0.1 + commercial[z]) * (0.6 + Share(z, LandUse.Commercial))),
            Normalise(n, z => Share(z, LandUse.University) * (0.10 + university[z])),
            Normalise(n, z => Share(z, LandUse.Park) * area[z]),
        ];

        // Local activities (schools, errands, carers) follow residents and shops within the district.
        var residentsOa = new double[n];
        for (var z = 0; z < n; z++)
        {
            for (var s = 0; s < S; s++)
                residentsOa[z] += _resident[z * S + s];
        }
        var meanOa = residentsOa.Average();
        var localRaw = new double[n];
        var localSum = new double[nd];
        for (var z = 0; z < n; z++)
        {
            localRaw[z] = residentsOa[z] + 0.5 * meanOa * (Share(z, LandUse.Commercial) + Share(z, LandUse.Park));
            localSum[_district[z]] += localRaw[z];
        }
        _local = new float[n];
        for (var z = 0; z < n; z++)
            _local[z] = (float)(localRaw[z] / localSum[_district[z]]);

        // Non-residents are working-age adults, more often men.
        _inboundStrata = new double[S];
        for (var s = 0; s < S; s++)
        {
            var band = s % Strata.BandCount;
            if (band is < 3 or > 11)
                continue;
            var male = s < Strata.BandCount;
            _inboundStrata[s] = (_residentCity[band] + _residentCity[band + Strata.BandCount]) * (male ? P.InboundMaleShare : 1 - P.InboundMaleShare);
        }
        var inSum = _inboundStrata.Sum();
        for (var s = 0; s < S; s++)
            _inboundStrata[s] /= inSum;

        _longHome = new float[n * 2];
        _longCity = new double[2];
        for (var i = 0; i < n * 2; i++)
        {
            _longHome[i] = (float)(city.RegisteredForeign[i] * P.LongTermPresence);
            _longCity[i % 2] += _longHome[i];
        }
        _longWork = Normalise(n, z => (Share(z, LandUse.Office) + 0.3 * Share(z, LandUse.Commercial)) * (0.1 + longWork[z]));

        // Visitors: hotels at night, attractions by day; Chinese lean to 명동, 동대문, 잠실, 신사.
        double[] chineseBias = [1, 1.4, 1.4, 1, 1, 1, 1, 1, 1, 1.2, 1.3, 0.8, 1, 0.6, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
        double[] otherBias = [1, 0.8, 0.7, 1.1, 1.1, 1, 1, 1, 1, 1, 0.8, 1.4, 1, 2.0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
        double[][] bias = [chineseBias, otherBias];
        _shortNight = new float[2][];
        _shortDay = new float[2][];
        for (var k = 0; k < 2; k++)
        {
            var b = bias[k];
            var night = CentreWeights.Field(lat, lon, (c, p) => p.ShortNight * b[c]);
            var day = CentreWeights.Field(lat, lon, (c, p) => p.ShortDay * b[c]);
            _shortNight[k] = Normalise(n, z => area[z] * (0.6 + Share(z, LandUse.Commercial)) * (0.005 + night[z]));
            _shortDay[k] = Normalise(n, z => area[z] * (0.6 + Share(z, LandUse.Commercial) + 0.5 * Share(z, LandUse.Park)) * (0.005 + day[z]));
        }
    }

    /// <summary>The model of a city, built once and cached while the city lives.</summary>
    public static MovementModel For(SyntheticCity city) => s_cache.GetValue(city, c => new MovementModel(c));

    /// <summary>One hour of truth for a city (uses the cached model).</summary>
    public static TruthHour Generate(SyntheticCity city, HourSlot slot) => For(city).Generate(slot);

    public SyntheticCity City => _city;

    public TruthHour Generate(HourSlot slot)
    {
        var origins = new TruthOrigins(new float[_n * S], new float[_n * S]);
        var truth = new TruthHour { Slot = slot, Domestic = new float[_n * S], LongTerm = new float[_n * 2], ShortTerm = new float[_n * 2], Origins = origins };
        GenerateInto(slot, truth.Domestic, truth.LongTerm, truth.ShortTerm);
        OriginsInto(slot, origins);
        return truth;
    }

    /// <summary>Write one hour of truth into caller-owned arrays (sizes OaCount×28, ×2, ×2), allocation-free for sweeps.</summary>
    public void GenerateInto(HourSlot slot, float[] domestic, float[] longTerm, float[] shortTerm)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(domestic.Length, _n * S, nameof(domestic));
        ArgumentOutOfRangeException.ThrowIfLessThan(longTerm.Length, _n * 2, nameof(longTerm));
        ArgumentOutOfRangeException.ThrowIfLessThan(shortTerm.Length, _n * 2, nameof(shortTerm));
        var p = Plan(slot);
        var (a0, a1, a2, a3) = (_attraction[0], _attraction[1], _attraction[2], _attraction[3]);
        for (var z = 0; z < _n; z++)
        {
            var e = p.Noise[z];
            var d = _district[z];
            Kernel.Row(domestic, _resident, z * S, p.Home, p.Coef, p.Local, d * 32,
                (float)(a0[z] * e * p.Inv0), (float)(a1[z] * e * p.Inv1), (float)(a2[z] * e * p.Inv2), (float)(a3[z] * e * p.Inv3),
                (float)(_local[z] * e * p.LocalInv[d]));
            var pull = P.LongTermWorkShare * _longWork[z] + p.Shopping * a1[z] * e;
            longTerm[z * 2] = (float)(p.Stay * _longHome[z * 2] + p.Moving0 * pull);
            longTerm[z * 2 + 1] = (float)(p.Stay * _longHome[z * 2 + 1] + p.Moving1 * pull);
            shortTerm[z * 2] = (float)(p.Short0 * (p.Hotel * _shortNight[0][z] + (1 - p.Hotel) * _shortDay[0][z]));
            shortTerm[z * 2 + 1] = (float)(p.Short1 * (p.Hotel * _shortNight[1][z] + (1 - p.Hotel) * _shortDay[1][z]));
        }
    }

    /// <summary>
    /// Totals of one hour without the strata: per-OA total of all classes into <paramref name="oaTotal"/>, and city sums.
    /// Equal (up to float rounding) to summing <see cref="Generate(HourSlot)"/>, at a fraction of the cost.
    /// </summary>
    public HourTotals Totals(HourSlot slot, double[] oaTotal)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(oaTotal.Length, _n, nameof(oaTotal));
        var p = Plan(slot);
        var (a0, a1, a2, a3) = (_attraction[0], _attraction[1], _attraction[2], _attraction[3]);
        // Column sums of the coefficients, all strata and male strata.
        Span<double> c = stackalloc double[8];
        for (var k = 0; k < 4; k++)
        {
            for (var s = 0; s < S; s++)
            {
                c[k] += p.Coef[k * 32 + s];
                if (s < Strata.BandCount)
                    c[4 + k] += p.Coef[k * 32 + s];
            }
        }
        var nd = _city.Districts.Count;
        var localAll = new double[nd];
        var localMale = new double[nd];
        for (var d = 0; d < nd; d++)
        {
            for (var s = 0; s < S; s++)
            {
                localAll[d] += p.Local[d * 32 + s];
                if (s < Strata.BandCount)
                    localMale[d] += p.Local[d * 32 + s];
            }
        }
        double dom = 0, male = 0, lt = 0, st = 0, stc = 0;
        for (var z = 0; z < _n; z++)
        {
            var e = p.Noise[z];
            var d = _district[z];
            var (homeAll, homeMale) = Kernel.Dot(_resident, z * S, p.Home);
            double b0 = (float)(a0[z] * e * p.Inv0), b1 = (float)(a1[z] * e * p.Inv1), b2 = (float)(a2[z] * e * p.Inv2), b3 = (float)(a3[z] * e * p.Inv3);
            double bl = (float)(_local[z] * e * p.LocalInv[d]);
            var oaDom = homeAll + b0 * c[0] + b1 * c[1] + b2 * c[2] + b3 * c[3] + bl * localAll[d];
            male += homeMale + b0 * c[4] + b1 * c[5] + b2 * c[6] + b3 * c[7] + bl * localMale[d];
            var pull = P.LongTermWorkShare * _longWork[z] + p.Shopping * a1[z] * e;
            var oaLong = p.Stay * (_longHome[z * 2] + _longHome[z * 2 + 1]) + (p.Moving0 + p.Moving1) * pull;
            var oaShort0 = p.Short0 * (p.Hotel * _shortNight[0][z] + (1 - p.Hotel) * _shortDay[0][z]);
            var oaShort1 = p.Short1 * (p.Hotel * _shortNight[1][z] + (1 - p.Hotel) * _shortDay[1][z]);
            oaTotal[z] = oaDom + oaLong + oaShort0 + oaShort1;
            dom += oaDom;
            lt += oaLong;
            st += oaShort0 + oaShort1;
            stc += oaShort0;
        }
        return new HourTotals(slot, dom, male, lt, st, stc);
    }

    /// <summary>
    /// The census night population: the expected count per OA at the census hour (04:00) of an ordinary weekday
    /// (no season, mid-week, no hourly noise): usual residents at home, non-residents staying over or on night shifts,
    /// and long-term foreigners at home. A static property of the city, independent of any simulated day.
    /// </summary>
    public (float[] Domestic, float[] Foreign) CensusNight()
    {
        const int hour = 4;
        const int ti = (int)DayType.Weekday;
        var present = 1 - P.AwayBase[ti] - P.AwayPeak[ti] * P.WeekdayOut[hour];
        var inbound = P.InboundNight[ti] + (P.InboundPeak[ti] - P.InboundNight[ti]) * P.InboundWeekdayShape[hour];
        var split = P.InboundNightSplit;
        var domestic = new float[_n * S];
        for (var z = 0; z < _n; z++)
        {
            for (var s = 0; s < S; s++)
            {
                var i = z * S + s;
                var stay = inbound * _inboundStrata[s];
                var v = _resident[i] * (present + stay * split[P.Local] / _residentCity[s]);
                for (var k = 0; k < P.Local; k++)
                    v += stay * split[k] * _attraction[k][z];
                domestic[i] = (float)v;
            }
        }
        return (domestic, (float[])_longHome.Clone());
    }

    /// <summary>Everything about one hour that does not depend on the OA.</summary>
    private HourPlan Plan(HourSlot slot)
    {
        var n = _n;
        var date = slot.Date;
        var h = slot.Hour;
        var day = MovementDay.Of(date);
        var ti = day.Index;
        var weekday = day.IsWeekday;

        // Residents present in Seoul.
        var shape = weekday ? P.WeekdayOut[h] : P.WeekendOut[h];
        var away = P.AwayBase[ti] + P.AwayPeak[ti] * shape;
        if (day.InBreak)
            away += P.ChuseokExodus[day.ExodusDay] * P.ChuseokExodusHour[h];
        var present = 1 - away;

        var inbound = NonResidents(slot);
        var inSplit = h < 6 ? P.InboundNightSplit
            : !weekday ? P.InboundWeekendSplit
            : P.EveningWeight[h] > 0.5 ? P.InboundEveningSplit : P.InboundDaySplit;

        // Truth[z,s] = home[s]·R[z,s] + Σk coef[k,s]·b_k[z] + local[d(z),s]·b_local[z]; blocks of 32 floats per stratum row.
        var nd = _city.Districts.Count;
        var plan = new HourPlan
        {
            Home = new float[32], Coef = new float[4 * 32], Local = new float[nd * 32], Noise = new float[n], LocalInv = new double[nd],
            InboundHome = new float[32], InboundCoef = new float[4 * 32],
        };
        var eve = P.EveningWeight[h];
        for (var s = 0; s < S; s++)
        {
            var g = P.GroupOfBand[s % Strata.BandCount];
            var outFrac = P.PeakOut[ti][g] * shape;
            // Non-residents staying with residents are spread like the residents of their stratum.
            var stayWith = inbound * _inboundStrata[s] * inSplit[P.Local] / _residentCity[s];
            plan.Home[s] = (float)(present * (1 - outFrac) + stayWith);
            plan.InboundHome[s] = (float)stayWith;
            var movers = present * outFrac;
            for (var k = 0; k < P.Activities; k++)
            {
                var split = weekday ? (1 - eve) * P.Split[g].Day[k] + eve * P.Split[g].Evening[k] : P.Split[g].Weekend[k];
                if (k == P.Local)
                {
                    for (var d = 0; d < nd; d++)
                        plan.Local[d * 32 + s] = (float)(movers * split * _residentDistrict[d * S + s]);
                }
                else
                {
                    plan.Coef[k * 32 + s] = (float)(movers * split * _residentCity[s] + inbound * _inboundStrata[s] * inSplit[k]);
                    plan.InboundCoef[k * 32 + s] = (float)(inbound * _inboundStrata[s] * inSplit[k]);
                }
            }
        }

        // Per-OA noise on movement, renormalised so every activity keeps its total.
        var rng = new SplitMix(((ulong)(uint)_city.Seed << 32) ^ (uint)slot.Ordinal);
        var (a0, a1, a2, a3) = (_attraction[0], _attraction[1], _attraction[2], _attraction[3]);
        double n0 = 0, n1 = 0, n2 = 0, n3 = 0;
        var localNorm = new double[nd];
        for (var z = 0; z < n; z++)
        {
            var e = (float)(1 + P.OaNoise * (2 * rng.NextDouble() - 1));
            plan.Noise[z] = e;
            n0 += a0[z] * e;
            n1 += a1[z] * e;
            n2 += a2[z] * e;
            n3 += a3[z] * e;
            localNorm[_district[z]] += _local[z] * e;
        }
        (plan.Inv0, plan.Inv1, plan.Inv2, plan.Inv3) = (1 / n0, 1 / n1, 1 / n2, 1 / n3);
        for (var d = 0; d < nd; d++)
            plan.LocalInv[d] = 1 / localNorm[d];

        // Long-term foreigners: home near their register, work in offices and the 구로/금천 complexes.
        var longPresent = day.InBreak ? P.LongTermChuseok : 1.0;
        var longOut = P.LongTermOut[ti] * shape;
        plan.Stay = longPresent * (1 - longOut);
        plan.Moving0 = longPresent * longOut * _longCity[0];
        plan.Moving1 = longPresent * longOut * _longCity[1];
        plan.Shopping = (1 - P.LongTermWorkShare) / n1;

        // Short-term visitors: hotels at night, attractions by day.
        plan.Hotel = P.ShortTermHotel[h];
        var golden = date >= P.GoldenWeekStart && date <= P.GoldenWeekEnd;
        var visitors = P.ShortTermBase * (weekday ? 1 : P.ShortTermWeekend);
        plan.Short0 = visitors * P.ShortTermChineseShare * (golden ? P.ShortTermGoldenWeekChinese : 1);
        plan.Short1 = visitors * (1 - P.ShortTermChineseShare);
        return plan;
    }

    private sealed class HourPlan
    {
        public required float[] Home;
        public required float[] Coef;
        public required float[] Local;
        public required float[] Noise;
        public required double[] LocalInv;

        /// <summary>The non-residents' part of <see cref="Home"/> and <see cref="Coef"/> (for <see cref="TruthOrigins"/>).</summary>
        public required float[] InboundHome;
        public required float[] InboundCoef;
        public double Inv0, Inv1, Inv2, Inv3;
        public double Stay, Moving0, Moving1, Shopping;
        public double Hotel, Short0, Short1;
    }
}
