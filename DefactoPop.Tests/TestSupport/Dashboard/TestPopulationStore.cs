using System.Text.Json;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;

namespace DefactoPop.Tests.TestSupport.Dashboard;

/// <summary>
/// A deterministic in-memory read store for dashboard tests: 25 districts on a 5×5 grid, exactly 424 dongs and
/// 3,392 output areas as small rectangles; two weeks of hourly data (2024-09-09 … 2024-09-22, with Chuseok)
/// with a day/night cycle by land use, strata, foreigners and a few masked cells.
/// </summary>
public sealed class TestPopulationStore : IPopulationReadStore
{
    public static readonly DateOnly FirstDay = new(2024, 9, 9);
    public const int DayCount = 14;
    public const int DongCount = 424;
    public const int OasPerDong = 8;

    private static readonly HashSet<string> s_touristGu = ["11110", "11140", "11440", "11680"];
    private static readonly HashSet<string> s_foreignGu = ["11530", "11545", "11560"];

    private readonly Zone[] _gus;
    private readonly Zone[] _dongs;
    private readonly Zone[] _oas;
    private readonly int[] _oaDong;
    private readonly int[] _dongGu;
    private readonly int[] _landUse; // 0 residential, 1 office, 2 commercial, 3 park
    private readonly double[] _reg;
    private readonly double[] _shares; // [oa * 28 + s]
    private readonly double[] _foreignReg;
    private readonly double[] _shortBase;
    private readonly Dictionary<ZoneLevel, byte[]> _geometry = [];
    private readonly Dictionary<string, (ZoneLevel Level, int Index)> _byCode = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<object>> _memo = new(StringComparer.Ordinal);

    public TestPopulationStore()
    {
        const double lon0 = 126.80, lat0 = 37.45, gdx = 0.07, gdy = 0.046;
        var gus = new List<Zone>();
        var dongs = new List<Zone>();
        var oas = new List<Zone>();
        var dongGu = new List<int>();
        var oaDong = new List<int>();
        var guRect = new List<double[]>();
        var dongRect = new List<double[]>();
        var oaRect = new List<double[]>();
        for (var g = 0; g < SeoulDistricts.All.Count; g++)
        {
            var (code, ko, en) = (SeoulDistricts.All[g].Code, SeoulDistricts.All[g].NameKo, SeoulDistricts.All[g].NameEn!);
            double x0 = lon0 + g % 5 * gdx, y0 = lat0 + (4 - g / 5) * gdy;
            gus.Add(new Zone(code, ZoneLevel.Gu, ko, en, Km2(gdx, gdy), ZoneCodes.City));
            guRect.Add([x0, y0, x0 + gdx, y0 + gdy]);
            var nDong = g < 24 ? 17 : 16;
            double ddx = gdx / 5, ddy = gdy / 4;
            for (var j = 0; j < nDong; j++)
            {
                var dcode = $"{code}{500 + j * 5:000}";
                var stat = $"11{(g + 1) * 10:000}{j + 1:00}";
                double dx0 = x0 + j % 5 * ddx, dy0 = y0 + j / 5 * ddy;
                dongs.Add(new Zone(dcode, ZoneLevel.Dong, $"{ko.TrimEnd('구')}{j + 1}동", $"{en.Replace("-gu", "", StringComparison.Ordinal)}-{j + 1}", Km2(ddx, ddy) * 0.9, code) { StatCode = stat });
                dongGu.Add(g);
                dongRect.Add([dx0 + ddx * 0.03, dy0 + ddy * 0.03, dx0 + ddx * 0.97, dy0 + ddy * 0.97]);
                double odx = ddx * 0.94 / 2, ody = ddy * 0.94 / 4;
                for (var k = 0; k < OasPerDong; k++)
                {
                    double ox0 = dx0 + ddx * 0.03 + k % 2 * odx, oy0 = dy0 + ddy * 0.03 + k / 2 * ody;
                    var ocode = $"{stat}01{k + 1:0000}";
                    oas.Add(new Zone(ocode, ZoneLevel.Oa, ocode, null, Km2(odx, ody) * 0.9, dcode));
                    oaDong.Add(dongs.Count - 1);
                    oaRect.Add([ox0 + odx * 0.04, oy0 + ody * 0.04, ox0 + odx * 0.96, oy0 + ody * 0.96]);
                }
            }
        }
        _gus = [.. gus];
        _dongs = [.. dongs];
        _oas = [.. oas];
        _dongGu = [.. dongGu];
        _oaDong = [.. oaDong];
        if (_dongs.Length != DongCount || _gus.Where((z, i) => i > 0 && string.CompareOrdinal(_gus[i - 1].Code, z.Code) >= 0).Any())
            throw new InvalidOperationException("Generated zones are not in code order.");

        var n = _oas.Length;
        _landUse = new int[n];
        _reg = new double[n];
        _shares = new double[n * Strata.Count];
        _foreignReg = new double[n];
        _shortBase = new double[n];
        for (var i = 0; i < n; i++)
        {
            var h = Hash(i);
            var gu = _gus[_dongGu[_oaDong[i]]].Code;
            _landUse[i] = h % 20 switch { < 12 => 0, < 16 => 1, < 19 => 2, _ => 3 };
            _reg[i] = _landUse[i] switch { 0 => 500 + h % 400, 1 => 60 + h % 90, 2 => 150 + h % 150, _ => 15 + h % 25 };
            var sum = 0.0;
            for (var s = 0; s < Strata.Count; s++)
            {
                var band = s % Strata.BandCount;
                var w = (band is >= 3 and <= 9 ? 1.3 : 0.8) * (1 + 0.3 * Math.Sin(i * 0.7 + s));
                _shares[i * Strata.Count + s] = w;
                sum += w;
            }
            for (var s = 0; s < Strata.Count; s++)
                _shares[i * Strata.Count + s] /= sum;
            _foreignReg[i] = _reg[i] * (s_foreignGu.Contains(gu) ? 0.12 : 0.02);
            _shortBase[i] = s_touristGu.Contains(gu) && _landUse[i] == 2 ? 40 + h % 60 : i % 151 == 0 ? 2 : 0;
        }
        for (var i = 0; i < _gus.Length; i++)
            _byCode[_gus[i].Code] = (ZoneLevel.Gu, i);
        for (var i = 0; i < _dongs.Length; i++)
            _byCode[_dongs[i].Code] = (ZoneLevel.Dong, i);
        for (var i = 0; i < _oas.Length; i++)
            _byCode[_oas[i].Code] = (ZoneLevel.Oa, i);
        _geometry[ZoneLevel.Gu] = GeoJson(_gus, guRect);
        _geometry[ZoneLevel.Dong] = GeoJson(_dongs, dongRect);
        _geometry[ZoneLevel.Oa] = GeoJson(_oas, oaRect);
    }

    public static DateOnly LastDay => FirstDay.AddDays(DayCount - 1);

    public int OaCount => _oas.Length;

    /// <summary>Counts calls of GetLevelAsync, for tests that check caching.</summary>
    public int LevelCalls { get; private set; }

    public Task<IReadOnlyList<Zone>> GetZonesAsync(ZoneLevel level, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<Zone>>(level switch
        {
            ZoneLevel.City => [new Zone(ZoneCodes.City, ZoneLevel.City, "서울특별시", "Seoul", 605.2, null)],
            ZoneLevel.Gu => _gus,
            ZoneLevel.Dong => _dongs,
            _ => _oas,
        });

    public Task<LevelSnapshot> GetLevelAsync(HourSlot slot, ZoneLevel level, PopulationQuery query, CancellationToken ct = default)
    {
        LevelCalls++;
        var (values, masked) = Aggregate(level, OaValues(slot, query));
        return Task.FromResult(new LevelSnapshot(slot, level, values, masked));
    }

    public Task<IReadOnlyList<SeriesPoint>> GetSeriesAsync(string zoneCode, HourSlot from, HourSlot to, PopulationQuery query, CancellationToken ct = default) =>
        Task.FromResult(Memo($"series|{zoneCode}|{from}|{to}|{query}", () => Series(zoneCode, from, to, query)));

    private T Memo<T>(string key, Func<T> compute) where T : class =>
        (T)_memo.GetOrAdd(key, _ => new Lazy<object>(() => compute())).Value;

    private IReadOnlyList<SeriesPoint> Series(string zoneCode, HourSlot from, HourSlot to, PopulationQuery query)
    {
        var members = Members(zoneCode);
        var list = new List<SeriesPoint>();
        for (var s = Clamp(from); s <= Clamp(to) && s <= to; s = s.AddHours(1))
        {
            if (s < from)
                continue;
            var (v, m) = OaValues(s, query);
            double sum = 0;
            var anyMasked = false;
            var any = false;
            foreach (var i in members)
            {
                if (m[i])
                    anyMasked = true;
                if (!double.IsNaN(v[i]))
                {
                    sum += v[i];
                    any = true;
                }
            }
            list.Add(new SeriesPoint(s, any ? sum : null, anyMasked));
        }
        return list;
    }

    public Task<PopValue[]?> GetStrataAsync(string zoneCode, HourSlot slot, CancellationToken ct = default)
    {
        if (!InRange(slot))
            return Task.FromResult<PopValue[]?>(null);
        var members = Members(zoneCode);
        var result = new PopValue[Strata.Count];
        for (var s = 0; s < Strata.Count; s++)
        {
            double sum = 0;
            foreach (var i in members)
            {
                if (!DomesticMasked(i, slot))
                    sum += Domestic(i, slot) * _shares[i * Strata.Count + s];
            }
            result[s] = members.Length == 1 && DomesticMasked(members[0], slot) ? PopValue.Masked : PopValue.Of(Math.Round(sum, 2));
        }
        return Task.FromResult<PopValue[]?>(result);
    }

    public Task<double[]> GetRegisteredAsync(ZoneLevel level, Sex? sex = null, AgeBand? band = null, CancellationToken ct = default)
    {
        var oa = new double[_oas.Length];
        for (var i = 0; i < oa.Length; i++)
            oa[i] = _reg[i] * StrataShare(i, sex, band);
        return Task.FromResult(Aggregate(level, (oa, new bool[oa.Length])).Values);
    }

    public Task<double[]?> GetRegisteredStrataAsync(string zoneCode, CancellationToken ct = default)
    {
        if (!_byCode.ContainsKey(zoneCode) && zoneCode != ZoneCodes.City)
            return Task.FromResult<double[]?>(null);
        var result = new double[Strata.Count];
        foreach (var i in Members(zoneCode))
        {
            for (var s = 0; s < Strata.Count; s++)
                result[s] += _reg[i] * _shares[i * Strata.Count + s];
        }
        return Task.FromResult<double[]?>(result);
    }

    public Task<IReadOnlyList<DailyStat>> GetDailyStatsAsync(ZoneLevel level, DateOnly from, DateOnly to, CancellationToken ct = default) =>
        Task.FromResult(Memo($"daily|{level}|{from}|{to}", () => DailyStats(level, from, to)));

    private IReadOnlyList<DailyStat> DailyStats(ZoneLevel level, DateOnly from, DateOnly to)
    {
        var zones = level == ZoneLevel.Gu ? _gus : level == ZoneLevel.Dong ? _dongs : _oas;
        var result = new List<DailyStat>();
        for (var d = from < FirstDay ? FirstDay : from; d <= to && d <= LastDay; d = d.AddDays(1))
        {
            var hours = Enumerable.Range(0, 24).Select(h => Aggregate(level, OaValues(new HourSlot(d, h), PopulationQuery.All)).Values).ToArray();
            for (var z = 0; z < zones.Length; z++)
            {
                var vals = hours.Select(a => a[z]).ToArray();
                var max = vals.Max();
                var min = vals.Min();
                result.Add(new DailyStat(zones[z].Code, d, vals.Average(), min, Array.IndexOf(vals, min), max, Array.IndexOf(vals, max)));
            }
        }
        return result;
    }

    public async Task<DatasetSummary> GetSummaryAsync(DateOnly? from = null, DateOnly? to = null, CancellationToken ct = default)
    {
        var f = from ?? FirstDay;
        var t = to ?? LastDay;
        var city = await GetSeriesAsync(ZoneCodes.City, new HourSlot(f, 0), new HourSlot(t, 23), PopulationQuery.All, ct);
        var withValue = city.Where(p => p.Value is not null).ToList();
        var registered = (await GetRegisteredAsync(ZoneLevel.Gu, ct: ct)).Sum();
        var guReg = await GetRegisteredAsync(ZoneLevel.Gu, ct: ct);
        var districts = new List<DistrictSummary>();
        var stats = await GetDailyStatsAsync(ZoneLevel.Gu, f, t, ct);
        for (var g = 0; g < _gus.Length; g++)
        {
            var own = stats.Where(s => s.ZoneCode == _gus[g].Code).ToList();
            districts.Add(new DistrictSummary(_gus[g].Code, _gus[g].NameKo, _gus[g].NameEn, guReg[g], own.Count == 0 ? null : own.Average(s => s.Mean)));
        }
        if (withValue.Count == 0)
            return new DatasetSummary(registered, null, null, null, 0, districts);
        var max = withValue.MaxBy(p => p.Value)!;
        var min = withValue.MinBy(p => p.Value)!;
        return new DatasetSummary(registered, withValue.Average(p => p.Value!.Value), new SlotValue(max.Value!.Value, max.Slot),
            new SlotValue(min.Value!.Value, min.Slot), withValue.Select(p => p.Slot.Date).Distinct().Count(), districts);
    }

    public Task<ZoneLevel?> GetFinestLevelAsync(DateOnly date, ZoneLevel finest = ZoneLevel.Oa, CancellationToken ct = default) =>
        Task.FromResult<ZoneLevel?>(date >= FirstDay && date <= LastDay ? finest : null);

    public Task<DataCoverage> GetCoverageAsync(CancellationToken ct = default) =>
        Task.FromResult(new DataCoverage(new HourSlot(FirstDay, 0), new HourSlot(LastDay, 23), DayCount, DayCount * 24, "test-store",
            "test-model", new DateTimeOffset(2024, 9, 28, 9, 0, 0, TimeSpan.FromHours(9)), []));

    public Task<byte[]?> GetGeometryAsync(ZoneLevel level, CancellationToken ct = default) =>
        Task.FromResult(_geometry.TryGetValue(level, out var g) ? g : null);

    public Task<T?> GetMetaAsync<T>(MetaKey<T> key, CancellationToken ct = default) =>
        Task.FromResult(key.Decode(s_meta.GetValueOrDefault(key)));

    private static readonly Dictionary<MetaKey, string> s_meta = new()
    {
        [MetaKeys.Method] = """{"variant":"test-model","marketShare":0.31,"phoneOwnership":{"0-9":0.35,"70+":0.82}}""",
        [MetaKeys.Validation] = """{"days":14,"cityTotalMaxErrorPct":0.8,"wapePct":{"gu":1.9,"dong":4.2,"oa":11.5},"medianApeOaPct":9.7,"interval90CoveragePct":88.4,"spatialErrorRatioEmToVoronoi":0.62,"misspecifiedShare":{"c1ErrorPct":2.1,"c2ErrorPct":3.4,"c3ErrorPct":5.9}}""",
    };

    // ---- model ----

    private static double Km2(double dLon, double dLat) => dLon * 88.2 * dLat * 111.0;

    private static int Hash(int i)
    {
        unchecked
        {
            var x = (uint)(i * 2654435761u);
            x ^= x >> 13;
            x *= 0x5bd1e995;
            x ^= x >> 15;
            return (int)(x & 0x7fffffff);
        }
    }

    private static bool InRange(HourSlot s) => s.Date >= FirstDay && s.Date <= LastDay;

    private static HourSlot Clamp(HourSlot s) =>
        s.Date < FirstDay ? new HourSlot(FirstDay, 0) : s.Date > LastDay ? new HourSlot(LastDay, 23) : s;

    private static bool IsOff(DateOnly d) =>
        d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || (d >= new DateOnly(2024, 9, 16) && d <= new DateOnly(2024, 9, 18));

    private static bool IsHoliday(DateOnly d) => d >= new DateOnly(2024, 9, 16) && d <= new DateOnly(2024, 9, 18);

    private static readonly double[] s_noise = [1.0, 1.013, 0.991, 1.018, 0.986, 1.007, 0.995];

    /// <summary>Presence relative to the register by land use at one hour: day/night cycle, weekends and the holiday.</summary>
    private static double[] LandUseFactors(HourSlot s)
    {
        var off = IsOff(s.Date);
        var w = 0.5 - 0.5 * Math.Cos(2 * Math.PI * (s.Hour - 3) / 24.0);
        var holiday = IsHoliday(s.Date) ? 0.8 : 1.0;
        (double Night, double Day)[] shapes = [(1.0, off ? 0.9 : 0.6), (0.3, off ? 0.7 : 3.4), (0.5, off ? 2.1 : 1.8), (0.1, off ? 2.2 : 0.8)];
        return [.. shapes.Select(x => (x.Night + (x.Day - x.Night) * w) * holiday)];
    }

    private double Domestic(int i, HourSlot s) => Domestic(i, s, LandUseFactors(s));

    private double Domestic(int i, HourSlot s, double[] factors) =>
        _reg[i] * factors[_landUse[i]] * s_noise[(s.Ordinal + i) % s_noise.Length];

    private static bool DomesticMasked(int i, HourSlot s) => i % 97 == 5 && s.Hour <= 5;

    private double StrataShare(int i, Sex? sex, AgeBand? band)
    {
        if (sex is null && band is null)
            return 1;
        double sum = 0;
        for (var s = 0; s < Strata.Count; s++)
        {
            if ((sex is null || Strata.SexOf(s) == sex) && (band is null || Strata.BandOf(s) == band))
                sum += _shares[i * Strata.Count + s];
        }
        return sum;
    }

    /// <summary>Per OA value and mask for one slot and query; NaN when fully masked or out of range.</summary>
    private (double[] Values, bool[] Masked) OaValues(HourSlot slot, PopulationQuery q)
    {
        var n = _oas.Length;
        var values = new double[n];
        var masked = new bool[n];
        if (!InRange(slot))
        {
            Array.Fill(values, double.NaN);
            return (values, masked);
        }
        var strataFilter = q.Sex is not null || q.Band is not null;
        var w = 0.5 - 0.5 * Math.Cos(2 * Math.PI * (slot.Hour - 5) / 24.0);
        var factors = LandUseFactors(slot);
        for (var i = 0; i < n; i++)
        {
            double v = 0;
            var any = false;
            if ((q.Class is null && q.Nationality is null) || q.Class == PopulationClass.Domestic)
            {
                if (DomesticMasked(i, slot))
                    masked[i] = true;
                else
                {
                    v += Domestic(i, slot, factors) * (strataFilter ? StrataShare(i, q.Sex, q.Band) : 1);
                    any = true;
                }
            }
            if (!strataFilter && (q.Class is null || q.Class == PopulationClass.LongTermForeign))
            {
                var share = q.Nationality switch { Nationality.Chinese => 0.55, Nationality.Other => 0.45, _ => 1.0 };
                v += _foreignReg[i] * (0.8 + 0.2 * w) * share;
                any = true;
            }
            if (!strataFilter && (q.Class is null || q.Class == PopulationClass.ShortTermForeign))
            {
                var share = q.Nationality switch { Nationality.Chinese => 0.45, Nationality.Other => 0.55, _ => 1.0 };
                var s = _shortBase[i] * (0.3 + 1.2 * w) * share;
                if (s > 0 && s <= 3)
                    masked[i] = true;
                else
                {
                    v += s;
                    any = true;
                }
            }
            values[i] = any ? v : double.NaN;
        }
        return (values, masked);
    }

    private (double[] Values, bool[] Masked) Aggregate(ZoneLevel level, (double[] Values, bool[] Masked) oa)
    {
        if (level == ZoneLevel.Oa)
            return oa;
        var count = level switch { ZoneLevel.City => 1, ZoneLevel.Gu => _gus.Length, _ => _dongs.Length };
        var values = new double[count];
        var masked = new bool[count];
        var any = new bool[count];
        for (var i = 0; i < oa.Values.Length; i++)
        {
            var z = level switch { ZoneLevel.City => 0, ZoneLevel.Gu => _dongGu[_oaDong[i]], _ => _oaDong[i] };
            if (oa.Masked[i])
                masked[z] = true;
            if (!double.IsNaN(oa.Values[i]))
            {
                values[z] += oa.Values[i];
                any[z] = true;
            }
        }
        for (var z = 0; z < count; z++)
        {
            if (!any[z])
                values[z] = double.NaN;
        }
        return (values, masked);
    }

    private int[] Members(string code)
    {
        if (code == ZoneCodes.City)
            return [.. Enumerable.Range(0, _oas.Length)];
        if (!_byCode.TryGetValue(code, out var z))
            return [];
        return z.Level switch
        {
            ZoneLevel.Oa => [z.Index],
            ZoneLevel.Dong => [.. Enumerable.Range(0, _oas.Length).Where(i => _oaDong[i] == z.Index)],
            _ => [.. Enumerable.Range(0, _oas.Length).Where(i => _dongGu[_oaDong[i]] == z.Index)],
        };
    }

    private static byte[] GeoJson(IReadOnlyList<Zone> zones, IReadOnlyList<double[]> rects)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            for (var i = 0; i < zones.Count; i++)
            {
                var r = rects[i];
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WriteStartObject("properties");
                w.WriteString("code", zones[i].Code);
                w.WriteString("name", zones[i].NameKo);
                w.WriteEndObject();
                w.WriteStartObject("geometry");
                w.WriteString("type", "Polygon");
                w.WriteStartArray("coordinates");
                w.WriteStartArray();
                foreach (var (x, y) in new[] { (r[0], r[1]), (r[2], r[1]), (r[2], r[3]), (r[0], r[3]), (r[0], r[1]) })
                {
                    w.WriteStartArray();
                    w.WriteNumberValue(Math.Round(x, 5));
                    w.WriteNumberValue(Math.Round(y, 5));
                    w.WriteEndArray();
                }
                w.WriteEndArray();
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return ms.ToArray();
    }

    /// <summary>Readable dump for debugging.</summary>
    public override string ToString() => $"TestPopulationStore {_gus.Length} gu, {_dongs.Length} dong, {_oas.Length} oa";
}
