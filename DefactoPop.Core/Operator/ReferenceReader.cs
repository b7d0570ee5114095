using System.Globalization;
using System.Text;
using System.Text.Json;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;

namespace DefactoPop.Core.Operator;

/// <summary>
/// Reads the operator's reference files (cell plan, subscriber base, published rates). Every problem is an
/// <see cref="ImportIssue"/>; any issue throws <see cref="ImportFormatException"/> carrying all of them.
/// </summary>
public static class ReferenceReader
{
    public static CellPlan ReadCellPlan(string path) => ParseCellPlan(File.ReadAllBytes(path), Path.GetFileName(path));

    public static SubscriberBase ReadSubscriberBase(string path) => ParseSubscriberBase(File.ReadAllBytes(path), Path.GetFileName(path));

    public static PublishedRates ReadPublishedRates(string path) => ParsePublishedRates(File.ReadAllBytes(path), Path.GetFileName(path));

    public static CellPlan ParseCellPlan(byte[] raw, string fileName)
    {
        var issues = new List<ImportIssue>();
        var entries = new List<CellPlanEntry>();
        var byId = new Dictionary<string, List<(CellPlanEntry Entry, long Line)>>(StringComparer.Ordinal);
        var csv = ContractCsv.OpenMapped(fileName, raw, ContractFormat.CellPlanColumns, issues, out var map);
        while (csv is not null && issues.Count < DropReader.MaxIssues && csv.NextRow(issues))
        {
            if (csv.FieldCount == 0)
                continue;
            var before = issues.Count;
            var id = Id(csv, map[0], issues);
            var site = Id(csv, map[1], issues);
            csv.TryNumber(map[2], issues, out var lon, -180, 180);
            csv.TryNumber(map[3], issues, out var lat, -90, 90);
            csv.TryNumber(map[4], issues, out var azimuth, 0, 360);
            csv.TryNumber(map[5], issues, out var beam, 0, 360);
            csv.TryNumber(map[6], issues, out var height, 0, 1000);
            var band = csv.FieldText(map[7]).Trim();
            if (band.Length == 0)
                csv.Fail(issues, map[7], "empty band");
            csv.TryNumber(map[8], issues, out var power, 0);
            var indoorText = csv.FieldText(map[9]).Trim();
            bool? indoor = indoorText switch { "1" or "true" => true, "0" or "false" => false, _ => null };
            if (indoor is null)
                csv.Fail(issues, map[9], $"indoor must be 0 or 1, not '{indoorText}'");
            csv.TryDate(map[10], issues, ContractFormat.DateFormat, out var from);
            DateOnly? to = null;
            if (csv.FieldText(map[11]).Trim().Length > 0 && csv.TryDate(map[11], issues, ContractFormat.DateFormat, out var t))
            {
                to = t;
                if (t < from)
                    csv.Fail(issues, map[11], $"valid_to {t:yyyy-MM-dd} is before valid_from {from:yyyy-MM-dd}");
            }
            if (issues.Count > before)
                continue;
            var entry = new CellPlanEntry(id!, site!, lon, lat, azimuth, beam, height, band, power, indoor!.Value, from, to);
            if (!byId.TryGetValue(id!, out var same))
                byId[id!] = same = [];
            var clash = same.FirstOrDefault(o => Overlaps(o.Entry, entry));
            if (clash.Entry is not null)
            {
                csv.Fail(issues, map[0], $"cell {id} is already valid over part of this period (line {clash.Line})");
                continue;
            }
            same.Add((entry, csv.Line));
            entries.Add(entry);
        }
        ThrowIfAny(issues);
        return new CellPlan(entries);
    }

    public static SubscriberBase ParseSubscriberBase(byte[] raw, string fileName)
    {
        var issues = new List<ImportIssue>();
        var entries = new List<SubscriberBaseEntry>();
        var seen = new Dictionary<(string, Sex, AgeBand), long>();
        (DateOnly From, DateOnly? To)? period = null;
        var csv = ContractCsv.OpenMapped(fileName, raw, ContractFormat.SubscriberBaseColumns, issues, out var map);
        while (csv is not null && issues.Count < DropReader.MaxIssues && csv.NextRow(issues))
        {
            if (csv.FieldCount == 0)
                continue;
            var before = issues.Count;
            csv.TryDate(map[0], issues, ContractFormat.DateFormat, out var from);
            DateOnly? to = null;
            if (csv.FieldText(map[1]).Trim().Length > 0 && csv.TryDate(map[1], issues, ContractFormat.DateFormat, out var t))
                to = t;
            if (issues.Count == before)
            {
                period ??= (from, to);
                if (period.Value != (from, to))
                    csv.Fail(issues, map[0], "every row of a subscriber base has the same valid_from and valid_to");
            }
            var gu = csv.FieldText(map[2]).Trim();
            if (gu.Length != 5 || !gu.StartsWith("11", StringComparison.Ordinal) || !gu.All(char.IsAsciiDigit))
                csv.Fail(issues, map[2], $"'{gu}' is not a 5-digit 자치구 code starting with 11");
            var sex = ContractFormat.ParseSex(csv.FieldText(map[3]).Trim());
            if (sex is null)
                csv.Fail(issues, map[3], $"sex must be M or F, not '{csv.FieldText(map[3])}'");
            var band = ContractFormat.ParseBand(csv.FieldText(map[4]).Trim());
            if (band is null)
                csv.Fail(issues, map[4], $"'{csv.FieldText(map[4])}' is not an age band (0-9, 10-14 … 65-69, 70+)");
            csv.TryCount(map[5], issues, out var subscribers);
            csv.TryNumber(map[6], issues, out var lte, 0, 1);
            if (issues.Count > before)
                continue;
            if (!seen.TryAdd((gu, sex!.Value, band!.Value), csv.Line))
            {
                csv.Fail(issues, map[2], $"{gu} {ContractFormat.SexCode(sex.Value)} {Strata.BandLabel(band.Value)} is already on line {seen[(gu, sex.Value, band.Value)]}");
                continue;
            }
            entries.Add(new SubscriberBaseEntry(gu, sex.Value, band.Value, subscribers, lte));
        }
        if (csv is not null && issues.Count == 0 && period is null)
            issues.Add(new ImportIssue(fileName, 1, 0, null, "header only: the subscriber base has no rows"));
        ThrowIfAny(issues);
        return new SubscriberBase(period!.Value.From, period.Value.To, entries);
    }

    public static PublishedRates ParsePublishedRates(byte[] raw, string fileName)
    {
        var issues = new List<ImportIssue>();
        var text = Encoding.UTF8.GetString(raw);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(raw);
        }
        catch (JsonException ex)
        {
            throw new ImportFormatException(new ImportIssue(fileName, (ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1, null, $"not valid JSON: {ex.Message}"));
        }
        using (doc)
        {
            var root = doc.RootElement;
            ImportIssue At(string property, string reason) => new(fileName, ManifestParser.LineOf(text, $"\"{property}\""), 0, property, reason);
            double Rate(JsonElement parent, string name)
            {
                if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var el) || el.ValueKind != JsonValueKind.Number)
                {
                    issues.Add(At(name, $"'{name}' must be a number in 0..1"));
                    return 0;
                }
                var v = el.GetDouble();
                if (v is < 0 or > 1)
                    issues.Add(At(name, $"'{name}' = {v.ToString(CultureInfo.InvariantCulture)} is outside 0..1"));
                return v;
            }
            if (root.ValueKind != JsonValueKind.Object)
                throw new ImportFormatException(new ImportIssue(fileName, 1, 0, null, "published rates must be a JSON object"));
            if (!root.TryGetProperty("contract_version", out var ver) || !ver.TryGetInt32(out var version) || version != ContractFormat.Version)
                issues.Add(At("contract_version", $"unsupported or missing contract version (this reader supports {ContractFormat.Version})"));
            var from = Date(root, "valid_from", text, fileName, issues, required: true);
            var to = Date(root, "valid_to", text, fileName, issues, required: false);
            var lte = Rate(root, "lte_share");
            var on = Rate(root, "switched_on_rate");
            var dual = Rate(root, "dual_device_rate");
            var ownership = new double[Strata.BandCount];
            if (root.TryGetProperty("ownership_by_age_band", out var own) && own.ValueKind == JsonValueKind.Object)
            {
                for (var b = 0; b < Strata.BandCount; b++)
                    ownership[b] = Rate(own, Strata.BandLabel((AgeBand)b));
                foreach (var p in own.EnumerateObject())
                {
                    if (ContractFormat.ParseBand(p.Name) is null)
                        issues.Add(At(p.Name, $"'{p.Name}' is not an age band (0-9, 10-14 … 65-69, 70+)"));
                }
            }
            else
                issues.Add(At("ownership_by_age_band", "'ownership_by_age_band' must be an object of the 14 bands"));
            var roaming = root.TryGetProperty("roaming_share", out var r) ? r : default;
            var chinese = Rate(roaming, "chinese");
            var other = Rate(roaming, "other");
            var source = root.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "";
            ThrowIfAny(issues);
            return new PublishedRates(from!.Value, to, lte, on, dual, ownership, chinese, other, source);
        }
    }

    private static DateOnly? Date(JsonElement root, string name, string text, string fileName, List<ImportIssue> issues, bool required)
    {
        if (!root.TryGetProperty(name, out var el) || el.ValueKind == JsonValueKind.Null)
        {
            if (required)
                issues.Add(new ImportIssue(fileName, 1, 0, name, $"missing '{name}'"));
            return null;
        }
        if (el.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(el.GetString(), ContractFormat.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return d;
        issues.Add(new ImportIssue(fileName, ManifestParser.LineOf(text, $"\"{name}\""), 0, name, $"'{name}' must be a date yyyy-MM-dd"));
        return null;
    }

    private static string? Id(ContractCsv csv, int position, List<ImportIssue> issues)
    {
        var id = csv.FieldText(position).Trim();
        if (id.Length == 0)
        {
            csv.Fail(issues, position, "empty id");
            return null;
        }
        return id;
    }

    private static bool Overlaps(CellPlanEntry a, CellPlanEntry b) =>
        a.ValidFrom <= (b.ValidTo ?? DateOnly.MaxValue) && b.ValidFrom <= (a.ValidTo ?? DateOnly.MaxValue);

    private static void ThrowIfAny(List<ImportIssue> issues)
    {
        if (issues.Count > 0)
            throw new ImportFormatException(issues);
    }
}
