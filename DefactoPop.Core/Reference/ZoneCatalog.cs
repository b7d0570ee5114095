using DefactoPop.Core.Domain;
using NetTopologySuite.Geometries;

namespace DefactoPop.Core.Reference;

/// <summary>
/// The zones of every level (city, 25 districts, the dongs of the code mapping, 집계구) with parents,
/// areas and geometries, assembled from boundary files and the crosswalk. <see cref="Problems"/> lists
/// what did not fit together.
/// </summary>
public sealed class ZoneCatalog
{
    private readonly Dictionary<string, Zone> _byCode;
    private readonly Dictionary<string, List<Zone>> _children;
    private readonly Dictionary<ZoneLevel, List<Zone>> _byLevel;
    private readonly Dictionary<string, Geometry> _geometries;

    private ZoneCatalog(List<Zone> zones, Dictionary<string, Geometry> geometries, List<string> problems)
    {
        _byCode = zones.ToDictionary(z => z.Code, StringComparer.Ordinal);
        _byLevel = zones.GroupBy(z => z.Level).ToDictionary(g => g.Key, g => g.OrderBy(z => z.Code, StringComparer.Ordinal).ToList());
        _children = zones.Where(z => z.ParentCode is not null)
            .GroupBy(z => z.ParentCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(z => z.Code, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        _geometries = geometries;
        Problems = problems;
    }

    public const string CityNameKo = "서울특별시";
    public const string CityNameEn = "Seoul";

    public Zone City => _byCode[ZoneCodes.City];

    /// <summary>What did not fit: dongs without boundaries, boundaries not in the mapping, orphans.</summary>
    public IReadOnlyList<string> Problems { get; }

    public IReadOnlyList<Zone> Zones(ZoneLevel level) => _byLevel.TryGetValue(level, out var list) ? list : [];

    public Zone? Find(string code) => _byCode.GetValueOrDefault(code);

    public IReadOnlyList<Zone> Children(string code) => _children.TryGetValue(code, out var list) ? list : [];

    /// <summary>The WGS84 geometry of a zone, when a boundary file gave one.</summary>
    public Geometry? Geometry(string code) => _geometries.GetValueOrDefault(code);

    /// <summary>
    /// Assemble the catalogue. Dongs are the crosswalk's (the coding the population files use); a crosswalk
    /// dong without a boundary is kept with area 0 and reported; a boundary outside the crosswalk is left out
    /// and reported. 집계구 come from <paramref name="oas"/> if given, else from the crosswalk's 집계구 table.
    /// </summary>
    public static ZoneCatalog Build(
        IEnumerable<ZoneBoundary> districts,
        IEnumerable<ZoneBoundary> dongs,
        CodeCrosswalk crosswalk,
        IEnumerable<ZoneBoundary>? oas = null)
    {
        var problems = new List<string>();
        var zones = new List<Zone>();
        var geometries = new Dictionary<string, Geometry>(StringComparer.Ordinal);

        var guList = districts.Where(d => d.Level == ZoneLevel.Gu).GroupBy(d => d.Code, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var guCodes = guList.Select(g => g.Code).ToHashSet(StringComparer.Ordinal);
        zones.Add(new Zone(ZoneCodes.City, ZoneLevel.City, CityNameKo, CityNameEn, guList.Sum(g => g.AreaKm2), null));
        foreach (var g in guList)
        {
            zones.Add(new Zone(g.Code, ZoneLevel.Gu, g.NameKo, g.NameEn, g.AreaKm2, ZoneCodes.City));
            geometries[g.Code] = g.Geometry;
        }
        foreach (var code in crosswalk.GuCodes.Where(c => !guCodes.Contains(c)))
            problems.Add($"district {code} ({crosswalk.GuName(code)}) has no boundary");

        var dongBounds = new Dictionary<string, ZoneBoundary>(StringComparer.Ordinal);
        foreach (var d in dongs.Where(d => d.Level == ZoneLevel.Dong))
        {
            if (!crosswalk.HasDong(d.Code))
                problems.Add($"dong boundary {d.Code} ({d.NameKo}) is not in the code mapping; left out");
            else
                dongBounds.TryAdd(d.Code, d);
        }
        foreach (var m in crosswalk.Dongs)
        {
            var gu = ZoneCodes.GuOfDong(m.MoisCode8);
            if (!guCodes.Contains(gu))
                problems.Add($"dong {m.MoisCode8} ({m.DongName}) lies in district {gu}, which has no boundary");
            if (dongBounds.TryGetValue(m.MoisCode8, out var b))
            {
                zones.Add(new Zone(m.MoisCode8, ZoneLevel.Dong, m.DongName, b.NameEn, b.AreaKm2, gu) { StatCode = m.StatCode7 });
                geometries[m.MoisCode8] = b.Geometry;
            }
            else
            {
                problems.Add($"dong {m.MoisCode8} ({m.GuName} {m.DongName}) has no boundary");
                zones.Add(new Zone(m.MoisCode8, ZoneLevel.Dong, m.DongName, null, 0, gu) { StatCode = m.StatCode7 });
            }
        }

        var oaBounds = (oas ?? []).Where(o => o.Level == ZoneLevel.Oa)
            .GroupBy(o => o.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var oaCodes = oaBounds.Count > 0 ? oaBounds.Keys.Order(StringComparer.Ordinal).ToList() : [.. crosswalk.OaCodes];
        foreach (var oa in oaCodes)
        {
            var dong = crosswalk.DongOfOa(oa);
            if (dong is null || !crosswalk.HasDong(dong))
            {
                problems.Add($"집계구 {oa} has no dong in the code mapping; left out");
                continue;
            }
            if (oaBounds.TryGetValue(oa, out var b))
            {
                zones.Add(new Zone(oa, ZoneLevel.Oa, oa, null, b.AreaKm2, dong));
                geometries[oa] = b.Geometry;
            }
            else
            {
                zones.Add(new Zone(oa, ZoneLevel.Oa, oa, null, 0, dong));
            }
        }
        return new ZoneCatalog(zones, geometries, problems);
    }
}
