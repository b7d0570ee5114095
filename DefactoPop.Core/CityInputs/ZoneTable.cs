using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Operator;

namespace DefactoPop.Core.CityInputs;

/// <summary>
/// One 집계구 (13 digits) with its 행정동 (8-digit MOIS) and 자치구 (5 digits), a representative point (WGS84) and its area.
/// </summary>
public sealed record ZoneRow(string OaCode, string DongCode, string GuCode, double Lat, double Lon, double AreaKm2);

/// <summary>The city's 집계구 and their parents, as a city derives them from its SGIS boundaries.</summary>
public sealed record ZoneTable(IReadOnlyList<ZoneRow> Rows)
{
    /// <summary>Decimals written for lat and lon (about 0.1 m).</summary>
    public const int CoordinateDecimals = 6;
}

/// <summary>
/// zones.csv (docs/city-inputs.md): <c>oa_code,dong_code,gu_code,lat,lon,area_km2</c>, UTF-8, optionally gzip.
/// The dong code starts with the gu code; the oa code is unique.
/// </summary>
public static class ZonesFile
{
    /// <summary>Seoul's bounding box with a margin (degrees).</summary>
    public const double MinLat = 37.3, MaxLat = 37.8, MinLon = 126.7, MaxLon = 127.3;

    public static IReadOnlyList<string> Columns { get; } = ["oa_code", "dong_code", "gu_code", "lat", "lon", "area_km2"];

    public static ZoneTable Read(string path) => Parse(File.ReadAllBytes(path), Path.GetFileName(path));

    public static ZoneTable Parse(byte[] raw, string fileName)
    {
        var issues = new List<ImportIssue>();
        var rows = new List<ZoneRow>();
        var csv = CityCsv.Open(raw, fileName, Columns, issues, out var map);
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        while (csv is not null && issues.Count < 100 && csv.NextRow(issues))
        {
            if (csv.FieldCount == 0)
                continue;
            var before = issues.Count;
            var oa = CityCsv.OaCode(csv, map[0], issues);
            var dong = csv.FieldText(map[1]).Trim();
            if (!ZoneCodes.IsDong(dong))
                csv.Fail(issues, map[1], $"'{dong}' is not an 8-digit MOIS 행정동 code starting with 11");
            var gu = csv.FieldText(map[2]).Trim();
            if (!ZoneCodes.IsGu(gu))
                csv.Fail(issues, map[2], $"'{gu}' is not a 5-digit 자치구 code starting with 11");
            else if (ZoneCodes.IsDong(dong) && ZoneCodes.GuOfDong(dong) != gu)
                csv.Fail(issues, map[2], $"행정동 {dong} is not in 자치구 {gu}");
            csv.TryNumber(map[3], issues, out var lat, MinLat, MaxLat);
            csv.TryNumber(map[4], issues, out var lon, MinLon, MaxLon);
            csv.TryNumber(map[5], issues, out var area, 0);
            if (issues.Count == before && area <= 0)
                csv.Fail(issues, map[5], "area_km2 must be positive");
            if (issues.Count > before)
                continue;
            if (!lines.TryAdd(oa!, csv.Line))
            {
                csv.Fail(issues, map[0], $"집계구 {oa} is already on line {lines[oa!]}");
                continue;
            }
            rows.Add(new ZoneRow(oa!, dong, gu, lat, lon, area));
        }
        if (issues.Count > 0)
            throw new ImportFormatException(issues);
        return new ZoneTable(rows);
    }

    public static void Write(string path, ZoneTable zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        var csv = new CsvRowWriter(Columns);
        foreach (var z in zones.Rows)
        {
            csv.Text(z.OaCode).Text(z.DongCode).Text(z.GuCode)
                .Number(Math.Round(z.Lat, ZoneTable.CoordinateDecimals)).Number(Math.Round(z.Lon, ZoneTable.CoordinateDecimals))
                .Number(z.AreaKm2);
            csv.EndRow();
        }
        AtomicFile.Write(path, csv.ToArray());
    }
}
