using DefactoPop.Core.Domain;
using DefactoPop.Core.Reference;
using DefactoPop.Web.Data.Entities;

namespace DefactoPop.Web.Data.Stores;

/// <summary>The one register aggregation: records summed into one stored row per zone, group, sex and band.</summary>
public static class RegisterRows
{
    /// <summary>
    /// Sums <paramref name="records"/> by (zone id, group, sex, band), in hundredths of a person. Records of codes the
    /// store lacks are left out and returned in <paramref name="unknown"/> (code and level, with their all-ages, both-sexes persons).
    /// </summary>
    public static List<RegisteredEntity> Sum(IEnumerable<RegisteredRecord> records, IReadOnlyDictionary<string, int> ids,
        out IReadOnlyList<(string Code, ZoneLevel Level, double Persons)> unknown)
    {
        var sums = new Dictionary<(int Zone, byte Group, byte Sex, byte Band), double>();
        var missing = new Dictionary<string, (ZoneLevel Level, double Persons)>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            if (!ids.TryGetValue(r.ZoneCode, out var id))
            {
                var seen = missing.GetValueOrDefault(r.ZoneCode, (r.Level, 0));
                var isHeadline = r.Group == RegisteredGroup.All && r.Sex is null && r.Band is null;
                missing[r.ZoneCode] = (r.Level, seen.Persons + (isHeadline ? r.Persons : 0));
                continue;
            }
            var key = (id, (byte)r.Group, r.Sex is { } s ? (byte)s : RegisteredEntity.BothSexes, r.Band is { } b ? (byte)b : RegisteredEntity.AllBands);
            sums[key] = sums.GetValueOrDefault(key) + r.Persons;
        }
        unknown = [.. missing.Select(kv => (kv.Key, kv.Value.Level, kv.Value.Persons))];
        return [.. sums.Select(kv => new RegisteredEntity
        {
            ZoneId = kv.Key.Zone,
            Group = kv.Key.Group,
            Sex = kv.Key.Sex,
            Band = kv.Key.Band,
            Persons = Math.Round(kv.Value, 2),
        })];
    }
}
