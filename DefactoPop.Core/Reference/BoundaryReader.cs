using System.Text.Json;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using ProjNet.CoordinateSystems.Transformations;

namespace DefactoPop.Core.Reference;

/// <summary>
/// Reads WGS84 GeoJSON boundaries: districts keyed by SIG_CD (SIG_KOR_NM, SIG_ENG_NM), or dongs keyed by
/// adm_cd2 (10-digit MOIS, first 8 digits = dong code), adm_cd (7-digit statistics code, resolved through the
/// crosswalk) or adm_nm ("서울특별시 종로구 사직동", resolved by name through the crosswalk), and 집계구 keyed by
/// TOT_REG_CD or TOT_OA_CD (parent dong through the crosswalk).
/// </summary>
public static class BoundaryReader
{
    public static BoundarySet Read(string path, CodeCrosswalk? crosswalk = null)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path), crosswalk);
    }

    public static BoundarySet Read(Stream stream, string fileName, CodeCrosswalk? crosswalk = null)
    {
        FeatureCollection? collection;
        try
        {
            var options = new JsonSerializerOptions();
            options.Converters.Add(new GeoJsonConverterFactory());
            collection = JsonSerializer.Deserialize<FeatureCollection>(stream, options);
        }
        catch (JsonException ex)
        {
            throw new ImportFormatException(new ImportIssue(fileName, (ex.LineNumber ?? -1) + 1, 0, null,
                "not a GeoJSON FeatureCollection: " + ex.Message));
        }
        if (collection is null || collection.Count == 0)
            throw new ImportFormatException(new ImportIssue(fileName, 0, 0, null, "the FeatureCollection has no features"));
        return FromFeatures(collection, fileName, crosswalk);
    }

    /// <summary>Build zones from features; Line in the issues is the 1-based feature number.</summary>
    internal static BoundarySet FromFeatures(IEnumerable<IFeature> features, string fileName, CodeCrosswalk? crosswalk)
    {
        var toUtmK = KoreaCrs.FromWgs84(ProjectedCrs.Epsg5179);
        var errors = new List<ImportIssue>();
        var unjoined = new List<ImportIssue>();
        var zones = new Dictionary<string, (ZoneBoundary Zone, int Feature)>(StringComparer.Ordinal);
        var n = 0;
        foreach (var feature in features)
        {
            n++;
            var geometry = feature.Geometry;
            if (geometry is null || geometry.IsEmpty)
            {
                errors.Add(new ImportIssue(fileName, n, 0, "geometry", $"feature {n} has no geometry"));
                continue;
            }
            var env = geometry.EnvelopeInternal;
            if (env.MinX < -180 || env.MaxX > 180 || env.MinY < -90 || env.MaxY > 90)
            {
                errors.Add(new ImportIssue(fileName, n, 0, "geometry", $"feature {n} is not in WGS84 lon/lat (envelope {env})"));
                continue;
            }

            var zone = FromAttributes(feature.Attributes, fileName, n, crosswalk, errors, unjoined, geometry, toUtmK);
            if (zone is null)
                continue;
            if (zones.TryGetValue(zone.Code, out var first))
            {
                unjoined.Add(new ImportIssue(fileName, n, 0, null,
                    $"feature {n} ({zone.NameKo}) repeats code {zone.Code} of feature {first.Feature}; kept the first"));
                continue;
            }
            zones[zone.Code] = (zone, n);
            if (errors.Count >= 100)
                break;
        }
        if (errors.Count > 0)
            throw new ImportFormatException(errors);
        return new BoundarySet([.. zones.Values.Select(z => z.Zone).OrderBy(z => z.Code, StringComparer.Ordinal)], unjoined);
    }

    private static ZoneBoundary? FromAttributes(
        IAttributesTable? a, string file, int n, CodeCrosswalk? crosswalk,
        List<ImportIssue> errors, List<ImportIssue> unjoined, Geometry geometry, MathTransform toUtmK)
    {
        geometry = geometry.Copy();
        geometry.SRID = 4326;
        if (FeatureAttributes.Has(a, "SIG_CD"))
        {
            var sig = FeatureAttributes.Text(a, "SIG_CD");
            if (sig is null || !ZoneCodes.IsGu(sig))
            {
                errors.Add(new ImportIssue(file, n, 0, "SIG_CD", $"feature {n}: SIG_CD '{sig}' is not a 5-digit Seoul district code"));
                return null;
            }
            var guNameKo = FeatureAttributes.Text(a, "SIG_KOR_NM") ?? crosswalk?.GuName(sig) ?? sig;
            if (crosswalk is not null && crosswalk.GuName(sig) is null)
                unjoined.Add(new ImportIssue(file, n, 0, "SIG_CD", $"feature {n}: district {sig} ({guNameKo}) is not in the code mapping"));
            return new ZoneBoundary(sig, ZoneLevel.Gu, guNameKo, FeatureAttributes.Text(a, "SIG_ENG_NM"), geometry,
                KoreaCrs.AreaKm2(geometry, toUtmK), null, ZoneCodes.City);
        }

        if (FeatureAttributes.Has(a, "TOT_REG_CD") || FeatureAttributes.Has(a, "TOT_OA_CD"))
        {
            var oa = FeatureAttributes.Text(a, "TOT_REG_CD", "TOT_OA_CD");
            if (oa is null || !ZoneCodes.IsOa(oa))
            {
                errors.Add(new ImportIssue(file, n, 0, "TOT_REG_CD", $"feature {n}: '{oa}' is not a 13-digit 집계구 code"));
                return null;
            }
            var parent = crosswalk?.DongOfOa(oa);
            if (crosswalk is not null && (parent is null || !crosswalk.HasDong(parent)))
                unjoined.Add(new ImportIssue(file, n, 0, "TOT_REG_CD", $"feature {n}: 집계구 {oa} has no dong in the crosswalk"));
            return new ZoneBoundary(oa, ZoneLevel.Oa, oa, null, geometry, KoreaCrs.AreaKm2(geometry, toUtmK), null, parent);
        }

        var admCd = FeatureAttributes.Text(a, "adm_cd");
        var admCd2 = FeatureAttributes.Text(a, "adm_cd2");
        var admNm = FeatureAttributes.Text(a, "adm_nm");
        if (admCd is null && admCd2 is null && admNm is null)
        {
            errors.Add(new ImportIssue(file, n, 0, null, $"feature {n} has none of SIG_CD, adm_cd, adm_cd2, adm_nm, TOT_REG_CD"));
            return null;
        }

        string? stat = null;
        if (admCd is not null)
        {
            if (!ZoneCodes.IsStatDong(admCd))
            {
                errors.Add(new ImportIssue(file, n, 0, "adm_cd", $"feature {n}: adm_cd '{admCd}' is not a 7-digit statistics 행정동 code"));
                return null;
            }
            stat = admCd;
        }
        string? fromCd2 = null;
        if (admCd2 is not null)
        {
            if (admCd2.Length is not (8 or 10) || !ZoneCodes.IsDong(admCd2[..8]))
            {
                errors.Add(new ImportIssue(file, n, 0, "adm_cd2", $"feature {n}: adm_cd2 '{admCd2}' is not a 10-digit MOIS 행정동 code"));
                return null;
            }
            fromCd2 = admCd2[..8];
        }

        var (guName, dongName) = SplitName(admNm);
        var fromStat = stat is null ? null : crosswalk?.StatToMois(stat);
        var fromName = guName is null || dongName is null ? null : crosswalk?.FindDong(guName, dongName)?.MoisCode8;
        var code = fromCd2 ?? fromStat ?? fromName;
        var label = $"feature {n} ({admNm ?? admCd ?? admCd2})";

        if (code is null)
        {
            unjoined.Add(new ImportIssue(file, n, 0, stat is null ? "adm_nm" : "adm_cd", crosswalk is null
                ? $"{label}: no adm_cd2 and no crosswalk to resolve the 8-digit code"
                : $"{label}: neither adm_cd {stat ?? "-"} nor the name joins the code mapping"));
            return null;
        }

        var reasons = new List<string>();
        if (crosswalk is not null)
        {
            if (!crosswalk.HasDong(code))
                reasons.Add($"code {code} is not in the code mapping");
            if (fromCd2 is not null && fromStat is not null && fromStat != fromCd2)
                reasons.Add($"adm_cd2 gives {fromCd2} but adm_cd {stat} maps to {fromStat}");
            if (stat is not null && fromStat is null)
                reasons.Add($"adm_cd {stat} is not in the code mapping");
        }
        if (reasons.Count > 0)
            unjoined.Add(new ImportIssue(file, n, 0, fromCd2 is null ? "adm_cd" : "adm_cd2", $"{label}: {string.Join("; ", reasons)}"));

        var nameKo = dongName ?? crosswalk?.Dong(code)?.DongName ?? code;
        return new ZoneBoundary(code, ZoneLevel.Dong, nameKo, null, geometry, KoreaCrs.AreaKm2(geometry, toUtmK),
            crosswalk?.MoisToStat(code) ?? stat, ZoneCodes.GuOfDong(code));
    }

    /// <summary>"서울특별시 종로구 사직동" → (종로구, 사직동).</summary>
    internal static (string? Gu, string? Dong) SplitName(string? fullName)
    {
        if (fullName is null)
            return (null, null);
        var parts = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length switch
        {
            0 => (null, null),
            1 => (null, parts[0]),
            _ => (parts[^2], parts[^1]),
        };
    }
}
