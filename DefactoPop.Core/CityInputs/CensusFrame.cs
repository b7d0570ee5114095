using DefactoPop.Core.Domain;

namespace DefactoPop.Core.CityInputs;

/// <summary>
/// A census of usual residents laid over the city's 집계구: [oa * 28 + stratum]. Statistics Korea suppresses cells
/// below <see cref="SuppressedBelow"/> persons; such a cell is unknown (0 to 4), so it takes the register's value
/// capped at 4. A 행정동-level record is spread over its OAs by their register shares.
/// </summary>
public static class CensusFrame
{
    /// <summary>Cells of fewer persons are published as "*" (Statistics Korea's rule for 집계구 tables).</summary>
    public const int SuppressedBelow = 5;

    public static float[] Lay(UsualResidentCensus census, IReadOnlyList<Zone> oas, int[] oaDong, IReadOnlyList<Zone> dongs, float[] registered)
    {
        ArgumentNullException.ThrowIfNull(census);
        ArgumentNullException.ThrowIfNull(oas);
        ArgumentNullException.ThrowIfNull(oaDong);
        ArgumentNullException.ThrowIfNull(dongs);
        ArgumentNullException.ThrowIfNull(registered);
        const int S = Strata.Count;
        var oaIndex = IndexOf(oas);
        var dongIndex = IndexOf(dongs);
        var result = new float[oas.Count * S];
        var seen = new bool[result.Length];
        var members = MembersOf(oaDong, dongs.Count);
        foreach (var r in census.Records)
        {
            var s = Strata.Index(r.Sex, r.Band);
            if (r.Level == ZoneLevel.Oa && oaIndex.TryGetValue(r.ZoneCode, out var j))
            {
                result[j * S + s] = (float)(r.Persons ?? Math.Min(registered[j * S + s], SuppressedBelow - 1));
                seen[j * S + s] = true;
            }
            else if (r.Level == ZoneLevel.Dong && dongIndex.TryGetValue(r.ZoneCode, out var d))
                SpreadOverDong(result, seen, members[d], s, r.Persons, registered);
        }
        // A zone-stratum the census does not list at all keeps the register's value (a zone newer than the census).
        for (var k = 0; k < result.Length; k++)
        {
            if (!seen[k])
                result[k] = registered[k];
        }
        return result;
    }

    private static void SpreadOverDong(float[] result, bool[] seen, List<int> members, int s, long? persons, float[] registered)
    {
        const int S = Strata.Count;
        double total = 0;
        foreach (var j in members)
            total += registered[j * S + s];
        var value = persons ?? Math.Min(total, SuppressedBelow - 1);
        foreach (var j in members)
        {
            var share = total > 0 ? registered[j * S + s] / total : 1.0 / members.Count;
            result[j * S + s] = (float)(value * share);
            seen[j * S + s] = true;
        }
    }

    /// <summary>The OAs of each dong, computed once rather than per census row.</summary>
    private static List<int>[] MembersOf(int[] oaDong, int dongs)
    {
        var members = new List<int>[dongs];
        for (var d = 0; d < dongs; d++)
            members[d] = [];
        for (var j = 0; j < oaDong.Length; j++)
            members[oaDong[j]].Add(j);
        return members;
    }

    private static Dictionary<string, int> IndexOf(IReadOnlyList<Zone> zones)
    {
        var index = new Dictionary<string, int>(zones.Count, StringComparer.Ordinal);
        for (var i = 0; i < zones.Count; i++)
            index[zones[i].Code] = i;
        return index;
    }
}
