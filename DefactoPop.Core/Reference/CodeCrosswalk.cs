using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Reference;

/// <summary>
/// Code and name lookups between the 7-digit statistics 행정동 codes, the 8-digit MOIS codes,
/// the 5-digit district codes and the 13-digit 집계구 codes, built from the mapping and 집계구 tables.
/// </summary>
public sealed class CodeCrosswalk
{
    private readonly Dictionary<string, DongCodeMapping> _byStat = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DongCodeMapping> _byMois = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DongCodeMapping> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _guByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _guNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _oaDong = new(StringComparer.Ordinal);
    private readonly List<string> _buildIssues = [];

    public CodeCrosswalk(IEnumerable<DongCodeMapping> dongs, IEnumerable<OaDongLink>? oas = null)
    {
        var list = new List<DongCodeMapping>();
        foreach (var d in dongs)
        {
            list.Add(d);
            if (!_byStat.TryAdd(d.StatCode7, d))
                _buildIssues.Add($"statistics code {d.StatCode7} listed twice");
            if (!_byMois.TryAdd(d.MoisCode8, d))
                _buildIssues.Add($"MOIS code {d.MoisCode8} listed twice");
            if (!_byName.TryAdd(ZoneNames.Key(d.GuName, d.DongName), d))
                _buildIssues.Add($"name {d.GuName} {d.DongName} listed twice");
            var gu = ZoneCodes.GuOfDong(d.MoisCode8);
            var guKey = ZoneNames.Key(d.GuName);
            if (_guByName.TryGetValue(guKey, out var known) && known != gu)
                _buildIssues.Add($"district {d.GuName} has dongs under {known} and {gu}");
            _guByName.TryAdd(guKey, gu);
            if (_guNames.TryGetValue(gu, out var knownName) && ZoneNames.Key(knownName) != guKey)
                _buildIssues.Add($"district code {gu} is named both {knownName} and {d.GuName}");
            _guNames.TryAdd(gu, d.GuName);
        }
        Dongs = list;
        foreach (var link in oas ?? [])
        {
            if (!_oaDong.TryAdd(link.OaCode, link.DongCode) && _oaDong[link.OaCode] != link.DongCode)
                _buildIssues.Add($"집계구 {link.OaCode} maps to both {_oaDong[link.OaCode]} and {link.DongCode}");
        }
    }

    /// <summary>The mapping rows, in input order.</summary>
    public IReadOnlyList<DongCodeMapping> Dongs { get; }

    /// <summary>District codes (5 digits), sorted.</summary>
    public IReadOnlyList<string> GuCodes => [.. _guNames.Keys.Order(StringComparer.Ordinal)];

    /// <summary>집계구 codes known from the 집계구 table, sorted.</summary>
    public IReadOnlyList<string> OaCodes => [.. _oaDong.Keys.Order(StringComparer.Ordinal)];

    public int OaCount => _oaDong.Count;

    public string? StatToMois(string statCode7) => _byStat.TryGetValue(statCode7, out var d) ? d.MoisCode8 : null;

    public string? MoisToStat(string moisCode8) => _byMois.TryGetValue(moisCode8, out var d) ? d.StatCode7 : null;

    public bool HasDong(string moisCode8) => _byMois.ContainsKey(moisCode8);

    public DongCodeMapping? Dong(string moisCode8) => _byMois.GetValueOrDefault(moisCode8);

    /// <summary>The MOIS dong of a 집계구: from the 집계구 table, else through its first 7 digits (the statistics dong code).</summary>
    public string? DongOfOa(string oaCode)
    {
        if (_oaDong.TryGetValue(oaCode, out var dong))
            return dong;
        return oaCode.Length == 13 ? StatToMois(oaCode[..7]) : null;
    }

    /// <summary>The 5-digit district of a known MOIS dong code; null when the dong is unknown.</summary>
    public string? GuOfDong(string moisCode8) => _byMois.ContainsKey(moisCode8) ? ZoneCodes.GuOfDong(moisCode8) : null;

    public string? GuName(string guCode) => _guNames.GetValueOrDefault(guCode);

    /// <summary>District code by name ("종로구"); null when unknown.</summary>
    public string? GuCodeByName(string guName) => _guByName.GetValueOrDefault(ZoneNames.Key(guName));

    /// <summary>A dong by district and dong name, tolerant of spacing and "·" versus ".".</summary>
    public DongCodeMapping? FindDong(string guName, string dongName) => _byName.GetValueOrDefault(ZoneNames.Key(guName, dongName));

    /// <summary>
    /// Consistency checks; empty when the tables agree: no duplicates, every 집계구 maps to a known dong,
    /// the 집계구's first 7 digits map to that same dong, and (with a 집계구 table) every dong has a 집계구.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>(_buildIssues);
        foreach (var (oa, dong) in _oaDong.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!_byMois.ContainsKey(dong))
            {
                problems.Add($"집계구 {oa} maps to {dong}, which is not in the dong mapping");
                continue;
            }
            var viaStat = StatToMois(oa[..7]);
            if (viaStat != dong)
                problems.Add($"집계구 {oa} maps to {dong} but its prefix {oa[..7]} maps to {viaStat ?? "nothing"}");
        }
        if (_oaDong.Count > 0)
        {
            var covered = _oaDong.Values.ToHashSet(StringComparer.Ordinal);
            foreach (var d in Dongs.Where(d => !covered.Contains(d.MoisCode8)))
                problems.Add($"dong {d.MoisCode8} ({d.GuName} {d.DongName}) has no 집계구");
        }
        return problems;
    }
}
