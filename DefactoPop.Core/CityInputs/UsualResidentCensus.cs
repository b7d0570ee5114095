using System.Globalization;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Operator;

namespace DefactoPop.Core.CityInputs;

/// <summary>
/// Usual residents of one zone (집계구, 13 digits, or MOIS 행정동, 8 digits) and stratum on the census reference date.
/// <see cref="Persons"/> is null where the statistics office suppressed a small cell ("*"): unknown, never 0.
/// </summary>
public sealed record CensusRecord(string ZoneCode, ZoneLevel Level, Sex Sex, AgeBand Band, long? Persons)
{
    public bool Suppressed => Persons is null;
}

/// <summary>A census of usual residents (등록센서스 style) by zone × sex × age band, at one reference date.</summary>
public sealed record UsualResidentCensus(DateOnly ReferenceDate, IReadOnlyList<CensusRecord> Records);

/// <summary>
/// census.csv (docs/city-inputs.md): <c>reference_date,zone_code,sex,age_band,persons</c>, UTF-8, optionally gzip;
/// <c>persons</c> a whole number or <c>*</c> (suppressed).
/// </summary>
public static class CensusFile
{
    public const string Suppressed = "*";

    public static IReadOnlyList<string> Columns { get; } = ["reference_date", "zone_code", "sex", "age_band", "persons"];

    public static UsualResidentCensus Read(string path) => Parse(File.ReadAllBytes(path), Path.GetFileName(path));

    public static UsualResidentCensus Parse(byte[] raw, string fileName)
    {
        var issues = new List<ImportIssue>();
        var records = new List<CensusRecord>();
        var csv = CityCsv.Open(raw, fileName, Columns, issues, out var map);
        var lines = new Dictionary<(string, Sex, AgeBand), long>();
        DateOnly? reference = null;
        while (csv is not null && issues.Count < 100 && csv.NextRow(issues))
        {
            if (csv.FieldCount == 0)
                continue;
            var before = issues.Count;
            if (csv.TryDate(map[0], issues, ContractFormat.DateFormat, out var date))
            {
                reference ??= date;
                if (date != reference)
                    csv.Fail(issues, map[0], $"every row has the same reference_date ({reference:yyyy-MM-dd} on the first row)");
            }
            var code = csv.FieldText(map[1]).Trim();
            ZoneLevel? level = ZoneCodes.IsOa(code) ? ZoneLevel.Oa : ZoneCodes.IsDong(code) ? ZoneLevel.Dong : null;
            if (level is null)
                csv.Fail(issues, map[1], $"'{code}' is neither a 13-digit 집계구 nor an 8-digit 행정동 code starting with 11");
            var sex = ContractFormat.ParseSex(csv.FieldText(map[2]).Trim());
            if (sex is null)
                csv.Fail(issues, map[2], $"sex must be M or F, not '{csv.FieldText(map[2])}'");
            var band = ContractFormat.ParseBand(csv.FieldText(map[3]).Trim());
            if (band is null)
                csv.Fail(issues, map[3], $"'{csv.FieldText(map[3])}' is not an age band (0-9, 10-14 … 65-69, 70+)");
            long? persons = null;
            if (csv.FieldText(map[4]).Trim() != Suppressed)
                persons = csv.TryCount(map[4], issues, out var n) ? n : null;
            if (issues.Count > before)
                continue;
            if (!lines.TryAdd((code, sex!.Value, band!.Value), csv.Line))
            {
                csv.Fail(issues, map[1], $"{code} {ContractFormat.SexCode(sex.Value)} {Strata.BandLabel(band.Value)} is already on line {lines[(code, sex.Value, band.Value)]}");
                continue;
            }
            records.Add(new CensusRecord(code, level!.Value, sex.Value, band.Value, persons));
        }
        if (csv is not null && issues.Count == 0 && reference is null)
            issues.Add(new ImportIssue(fileName, 1, 0, null, "header only: the census has no rows"));
        if (issues.Count > 0)
            throw new ImportFormatException(issues);
        return new UsualResidentCensus(reference!.Value, records);
    }

    public static void Write(string path, UsualResidentCensus census)
    {
        ArgumentNullException.ThrowIfNull(census);
        var csv = new CsvRowWriter(Columns);
        var date = census.ReferenceDate.ToString(ContractFormat.DateFormat, CultureInfo.InvariantCulture);
        foreach (var r in census.Records)
        {
            csv.Text(date).Text(r.ZoneCode).Text(ContractFormat.SexCode(r.Sex)).Text(Strata.BandLabel(r.Band));
            if (r.Persons is { } p)
                csv.Int(p);
            else
                csv.Text(Suppressed);
            csv.EndRow();
        }
        AtomicFile.Write(path, csv.ToArray());
    }
}
