using System.Globalization;
using DefactoPop.Core.Domain;

namespace DefactoPop.Web.Cli;

/// <summary>A made-up zone hierarchy at Seoul's real scale (25 자치구, 424 행정동, 19,152 집계구) for benchmarks.</summary>
public static class BenchCity
{
    public const int DongCount = 424;
    public const int OaCount = 19_152;

    public static (IReadOnlyList<Zone> Dongs, IReadOnlyList<Zone> Oas) Build()
    {
        var districts = SeoulDistricts.All;
        var dongs = new List<Zone>(DongCount);
        for (var i = 0; i < DongCount; i++)
        {
            var gu = districts[i % districts.Count];
            var n = i / districts.Count;
            var code = gu.Code + (510 + n * 10).ToString("000", CultureInfo.InvariantCulture);
            dongs.Add(new Zone(code, ZoneLevel.Dong, $"{gu.NameKo[..^1]}{n + 1}동", $"{gu.NameEn} {n + 1}-dong", 1.4, gu.Code)
            {
                StatCode = "11" + (i % districts.Count + 1).ToString("00", CultureInfo.InvariantCulture) + (510 + n * 10).ToString("000", CultureInfo.InvariantCulture)[..3],
            });
        }
        var oas = new List<Zone>(OaCount);
        for (var i = 0; i < OaCount; i++)
        {
            var dong = dongs[i % DongCount];
            var n = i / DongCount + 1;
            var code = dong.StatCode + "01" + n.ToString("0000", CultureInfo.InvariantCulture);
            oas.Add(new Zone(code, ZoneLevel.Oa, code, null, 0.03, dong.Code));
        }
        return (dongs, oas);
    }

    /// <summary>One day of 집계구 rows with plausible values, about 2% of strata masked.</summary>
    public static IEnumerable<PopulationRow> DayRows(IReadOnlyList<Zone> oas, DateOnly date, int seed)
    {
        var random = new Random(seed);
        for (var hour = 0; hour < 24; hour++)
        {
            var slot = new HourSlot(date, hour);
            foreach (var oa in oas)
            {
                var strata = new PopValue[Strata.Count];
                var total = 0.0;
                for (var s = 0; s < Strata.Count; s++)
                {
                    var v = Math.Round(random.NextDouble() * 40, 2);
                    total += v;
                    strata[s] = v <= 0.8 ? PopValue.Masked : PopValue.Of(v);
                }
                yield return new PopulationRow(slot, ZoneLevel.Oa, oa.Code, PopulationClass.Domestic, PopValue.Of(Math.Round(total, 2)))
                {
                    ParentCode = oa.ParentCode,
                    Strata = strata,
                };
            }
        }
    }
}
