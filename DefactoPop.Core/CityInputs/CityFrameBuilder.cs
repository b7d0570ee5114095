using DefactoPop.Core.Domain;

namespace DefactoPop.Core.CityInputs;

/// <summary>
/// The estimator's <see cref="CityFrame"/> from the city folder's tables: 집계구 in the order of zones.csv, their
/// 행정동 and 자치구 in order of first appearance, land-use shares of floor area, the register and the census laid over the OAs.
/// </summary>
public static class CityFrameBuilder
{
    public static CityFrame From(CityFolderContents contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var rows = contents.Zones.Rows;
        var dongIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var guIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var dongs = new List<Zone>();
        var districts = new List<Zone>();
        var dongDistrict = new List<int>();
        var oaDong = new int[rows.Count];
        var oas = new Zone[rows.Count];
        for (var j = 0; j < rows.Count; j++)
        {
            var r = rows[j];
            if (!guIndex.TryGetValue(r.GuCode, out var g))
            {
                g = guIndex[r.GuCode] = districts.Count;
                districts.Add(new Zone(r.GuCode, ZoneLevel.Gu, r.GuCode, null, 0, ZoneCodes.City));
            }
            if (!dongIndex.TryGetValue(r.DongCode, out var d))
            {
                d = dongIndex[r.DongCode] = dongs.Count;
                dongs.Add(new Zone(r.DongCode, ZoneLevel.Dong, r.DongCode, null, 0, r.GuCode));
                dongDistrict.Add(g);
            }
            oaDong[j] = d;
            oas[j] = new Zone(r.OaCode, ZoneLevel.Oa, r.OaCode, null, r.AreaKm2, r.DongCode);
        }
        var oaIndex = Enumerable.Range(0, oas.Length).ToDictionary(j => oas[j].Code, StringComparer.Ordinal);
        var (domestic, foreign) = Register(contents.Register, oaIndex, oas.Length);
        return new CityFrame
        {
            Districts = districts,
            Dongs = dongs,
            Oas = oas,
            OaDong = oaDong,
            DongDistrict = [.. dongDistrict],
            OaLat = [.. rows.Select(r => Math.Round(r.Lat, ZoneTable.CoordinateDecimals))],
            OaLon = [.. rows.Select(r => Math.Round(r.Lon, ZoneTable.CoordinateDecimals))],
            OaLandUseShares = LandUseShares(contents.LandUse, oaIndex, oas.Length),
            RegisteredDomestic = domestic,
            RegisteredForeign = foreign,
            CensusDomestic = contents.Census is { } c ? CensusFrame.Lay(c, oas, oaDong, dongs, domestic) : null,
            CensusDate = contents.Census?.ReferenceDate,
        };
    }

    /// <summary>Floor-area shares [oa * 5 + use]; an OA absent from the table or without floor area has all zeros.</summary>
    private static float[] LandUseShares(IReadOnlyList<LandUseRecord> records, Dictionary<string, int> oaIndex, int n)
    {
        var shares = new float[n * 5];
        foreach (var r in records)
        {
            if (!oaIndex.TryGetValue(r.OaCode, out var j) || !(r.TotalM2 > 0))
                continue;
            double[] m2 = [r.ResidentialM2, r.OfficeM2, r.CommercialM2, r.SchoolM2, r.OtherM2];
            for (var u = 0; u < 5; u++)
                shares[j * 5 + u] = (float)(m2[u] / r.TotalM2);
        }
        return shares;
    }

    private static (float[] Domestic, float[] Foreign) Register(CityRegister register, Dictionary<string, int> oaIndex, int n)
    {
        var domestic = new float[n * Strata.Count];
        var foreign = new float[n * 2];
        foreach (var r in register.Records)
        {
            if (!oaIndex.TryGetValue(r.OaCode, out var j))
                continue;
            if (r.Group == RegisterGroup.Korean)
                domestic[j * Strata.Count + Strata.Index(r.Sex!.Value, r.Band!.Value)] += r.Persons;
            else
                foreign[j * 2 + (r.Group == RegisterGroup.Chinese ? 0 : 1)] += r.Persons;
        }
        return (domestic, foreign);
    }
}
