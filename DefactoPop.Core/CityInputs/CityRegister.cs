using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Operator;

namespace DefactoPop.Core.CityInputs;

/// <summary>Registered population groups of register.csv: Korean residents, long-term foreigners (Chinese, other).</summary>
public enum RegisterGroup
{
    Korean = 0,
    Chinese = 1,
    Other = 2,
}

/// <summary>
/// Registered persons of one 집계구 and group. Koreans carry a sex and age band; foreigners (registered long-term) carry neither.
/// </summary>
public sealed record RegisterRecord(string OaCode, RegisterGroup Group, Sex? Sex, AgeBand? Band, long Persons);

/// <summary>The city's register by 집계구: Koreans by sex × age band, long-term foreigners by nationality.</summary>
public sealed record CityRegister(IReadOnlyList<RegisterRecord> Records)
{
    public long Total(RegisterGroup group) => Records.Where(r => r.Group == group).Sum(r => r.Persons);
}

/// <summary>
/// register.csv (docs/city-inputs.md): <c>zone_code,group,sex,age_band,persons</c>, UTF-8, optionally gzip.
/// group <c>K</c> needs sex and age_band; <c>C</c> and <c>O</c> leave both empty.
/// </summary>
public static class RegisterFile
{
    public static IReadOnlyList<string> Columns { get; } = ["zone_code", "group", "sex", "age_band", "persons"];

    public static CityRegister Read(string path) => Parse(File.ReadAllBytes(path), Path.GetFileName(path));

    public static CityRegister Parse(byte[] raw, string fileName)
    {
        var issues = new List<ImportIssue>();
        var records = new List<RegisterRecord>();
        var csv = CityCsv.Open(raw, fileName, Columns, issues, out var map);
        var lines = new Dictionary<(string, RegisterGroup, Sex?, AgeBand?), long>();
        while (csv is not null && issues.Count < 100 && csv.NextRow(issues))
        {
            if (csv.FieldCount == 0)
                continue;
            var before = issues.Count;
            var code = CityCsv.OaCode(csv, map[0], issues);
            var groupText = csv.FieldText(map[1]).Trim();
            var group = ParseGroup(groupText);
            if (group is null)
                csv.Fail(issues, map[1], $"group must be K, C or O, not '{groupText}'");
            var (sex, band) = Stratum(csv, map, group, issues);
            csv.TryCount(map[4], issues, out var persons);
            if (issues.Count > before)
                continue;
            var key = (code!, group!.Value, sex, band);
            if (!lines.TryAdd(key, csv.Line))
            {
                csv.Fail(issues, map[0], $"{code} {groupText} {csv.FieldText(map[2]).Trim()} {csv.FieldText(map[3]).Trim()} is already on line {lines[key]}".TrimEnd());
                continue;
            }
            records.Add(new RegisterRecord(code!, group.Value, sex, band, persons));
        }
        if (issues.Count > 0)
            throw new ImportFormatException(issues);
        return new CityRegister(records);
    }

    public static void Write(string path, CityRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        var csv = new CsvRowWriter(Columns);
        foreach (var r in register.Records)
        {
            csv.Text(r.OaCode).Text(GroupCode(r.Group))
                .Text(r.Sex is { } sex ? ContractFormat.SexCode(sex) : "")
                .Text(r.Band is { } band ? Strata.BandLabel(band) : "")
                .Int(r.Persons);
            csv.EndRow();
        }
        AtomicFile.Write(path, csv.ToArray());
    }

    public static string GroupCode(RegisterGroup group) => group switch
    {
        RegisterGroup.Korean => "K",
        RegisterGroup.Chinese => "C",
        _ => "O",
    };

    public static RegisterGroup? ParseGroup(string text) => text switch
    {
        "K" => RegisterGroup.Korean,
        "C" => RegisterGroup.Chinese,
        "O" => RegisterGroup.Other,
        _ => null,
    };

    /// <summary>Sex and band of a row: required for Koreans, empty for foreigners.</summary>
    private static (Sex?, AgeBand?) Stratum(ContractCsv csv, int[] map, RegisterGroup? group, List<ImportIssue> issues)
    {
        var sexText = csv.FieldText(map[2]).Trim();
        var bandText = csv.FieldText(map[3]).Trim();
        if (group is null)
            return (null, null);
        if (group != RegisterGroup.Korean)
        {
            if (sexText.Length > 0)
                csv.Fail(issues, map[2], "sex must be empty for foreigners (group C or O)");
            if (bandText.Length > 0)
                csv.Fail(issues, map[3], "age_band must be empty for foreigners (group C or O)");
            return (null, null);
        }
        var sex = ContractFormat.ParseSex(sexText);
        if (sex is null)
            csv.Fail(issues, map[2], $"sex must be M or F, not '{sexText}'");
        var band = ContractFormat.ParseBand(bandText);
        if (band is null)
            csv.Fail(issues, map[3], $"'{bandText}' is not an age band (0-9, 10-14 … 65-69, 70+)");
        return (sex, band);
    }
}
