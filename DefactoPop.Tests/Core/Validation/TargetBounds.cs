using DefactoPop.Core.Validation;

namespace DefactoPop.Tests.Core.Validation;

/// <summary>The methodology §3.5 bounds that both validation runs (the test city and the full-size synthetic Seoul) must meet.</summary>
public static class TargetBounds
{
    private static readonly Dictionary<string, (Func<ValidationResult, double> Value, double Low, double High)> s_bounds = new()
    {
        ["WapeGu"] = (r => r.WapePct.Gu, 0, 3),
        ["WapeDong"] = (r => r.WapePct.Dong, 0, 8),
        ["WapeOa"] = (r => r.WapePct.Oa, 0, 22),
        ["MedianApeOa"] = (r => r.MedianApeOaPct, 0, 15),
        ["EmToVoronoiSpatialError"] = (r => r.SpatialErrorRatioEmToVoronoi, 0, 0.5),
        // With a misspecified ownership share only C1 is off; the night calibration keeps C2 and C3.
        ["MisspecifiedC1"] = (r => r.MisspecifiedShare.C1ErrorPct, 5, 9),
        ["MisspecifiedC2"] = (r => r.MisspecifiedShare.C2ErrorPct, 0, 1.5),
        ["MisspecifiedC3"] = (r => r.MisspecifiedShare.C3ErrorPct, 0, 1.5),
        ["AgeDissimilarityDong"] = (r => r.AgeDissimilarityDongPct, 0, 5),
        ["BandWapeDong0To9"] = (r => r.BandWapeDongPct.Age0To9, 0, 15),
        ["BandWapeDong70Plus"] = (r => r.BandWapeDongPct.Age70Plus, 0, 15),
        ["LongTermForeigners"] = (r => r.Foreigners.LongTermErrorPct, 0, 5),
        ["ShortTermForeigners"] = (r => r.Foreigners.ShortTermErrorPct, 0, 10),
        ["ChineseSharePp"] = (r => r.Foreigners.ChineseShareErrorPp, 0, 3),
    };

    public static TheoryData<string> Names
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (var name in s_bounds.Keys)
                names.Add(name);
            return names;
        }
    }

    public static void AssertMet(ValidationResult result, string name)
    {
        var (value, low, high) = s_bounds[name];
        Assert.InRange(value(result), low, high);
    }

    /// <summary>Met, or a named known miss that is still missed (so a fixed miss is noticed and taken off the list).</summary>
    public static void AssertMetOrKnownMiss(ValidationResult result, string name, IReadOnlyCollection<string> knownMisses)
    {
        var (value, low, high) = s_bounds[name];
        var v = value(result);
        if (knownMisses.Contains(name))
            Assert.False(v >= low && v <= high, $"{name} = {v} is met now: take it off the known misses");
        else
            Assert.InRange(v, low, high);
    }
}
