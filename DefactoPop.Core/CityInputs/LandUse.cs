using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Operator;

namespace DefactoPop.Core.CityInputs;

/// <summary>Floor area (m²) by use of the buildings in one 집계구 (13-digit 2016 SGIS code), as summed from 건축물대장.</summary>
public sealed record LandUseRecord(string OaCode, double ResidentialM2, double OfficeM2, double CommercialM2, double SchoolM2, double OtherM2)
{
    public double TotalM2 => ResidentialM2 + OfficeM2 + CommercialM2 + SchoolM2 + OtherM2;
}

/// <summary>
/// land_use.csv (docs/city-inputs.md): <c>oa_code,residential_m2,office_m2,commercial_m2,school_m2,other_m2</c>,
/// UTF-8, optionally gzip. One row per 집계구; areas are non-negative.
/// </summary>
public static class LandUseFile
{
    public static IReadOnlyList<string> Columns { get; } = ["oa_code", "residential_m2", "office_m2", "commercial_m2", "school_m2", "other_m2"];

    public static IReadOnlyList<LandUseRecord> Read(string path) => Parse(File.ReadAllBytes(path), Path.GetFileName(path));

    public static IReadOnlyList<LandUseRecord> Parse(byte[] raw, string fileName)
    {
        var issues = new List<ImportIssue>();
        var records = new List<LandUseRecord>();
        var csv = CityCsv.Open(raw, fileName, Columns, issues, out var map);
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        var areas = new double[5];
        while (csv is not null && issues.Count < 100 && csv.NextRow(issues))
        {
            if (csv.FieldCount == 0)
                continue;
            var before = issues.Count;
            var code = CityCsv.OaCode(csv, map[0], issues);
            for (var k = 0; k < 5; k++)
                csv.TryNumber(map[k + 1], issues, out areas[k], 0);
            if (issues.Count > before)
                continue;
            if (!lines.TryAdd(code!, csv.Line))
            {
                csv.Fail(issues, map[0], $"집계구 {code} is already on line {lines[code!]}");
                continue;
            }
            records.Add(new LandUseRecord(code!, areas[0], areas[1], areas[2], areas[3], areas[4]));
        }
        if (issues.Count > 0)
            throw new ImportFormatException(issues);
        return records;
    }

    public static void Write(string path, IEnumerable<LandUseRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var csv = new CsvRowWriter(Columns);
        foreach (var r in records)
        {
            csv.Text(r.OaCode).Number(r.ResidentialM2).Number(r.OfficeM2).Number(r.CommercialM2).Number(r.SchoolM2).Number(r.OtherM2);
            csv.EndRow();
        }
        AtomicFile.Write(path, csv.ToArray());
    }
}

/// <summary>Shared steps of the city-input CSV readers.</summary>
internal static class CityCsv
{
    public static ContractCsv? Open(byte[] raw, string fileName, IReadOnlyList<string> columns, List<ImportIssue> issues, out int[] map)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return ContractCsv.OpenMapped(fileName, raw, columns, issues, out map);
    }

    public static string? OaCode(ContractCsv csv, int position, List<ImportIssue> issues)
    {
        var code = csv.FieldText(position).Trim();
        if (ZoneCodes.IsOa(code))
            return code;
        csv.Fail(issues, position, $"'{code}' is not a 13-digit 집계구 code starting with 11");
        return null;
    }
}
