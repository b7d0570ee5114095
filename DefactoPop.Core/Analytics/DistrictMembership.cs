using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Analytics;

/// <summary>Which output areas lie in a district.</summary>
public static class DistrictMembership
{
    /// <summary>Output areas inside a district: their parent dong (by MOIS or statistics code) belongs to it.</summary>
    public static bool[] VisibleIn(IReadOnlyList<Zone> oas, IReadOnlyList<Zone> dongs, string gu)
    {
        var guOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in dongs)
        {
            var parent = d.ParentCode ?? ZoneCodes.GuOfDong(d.Code);
            guOf[d.Code] = parent;
            if (d.StatCode is { } stat)
                guOf[stat] = parent;
        }
        return [.. oas.Select(z => z.ParentCode is null
            || (guOf.TryGetValue(z.ParentCode, out var g) ? g == gu : z.ParentCode.StartsWith(gu, StringComparison.Ordinal)))];
    }
}
