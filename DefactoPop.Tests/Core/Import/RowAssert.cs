using DefactoPop.Core.Domain;

namespace DefactoPop.Tests.Core.Import;

/// <summary>Field-by-field comparison of rows (records compare arrays by reference).</summary>
internal static class RowAssert
{
    public static void Equal(IReadOnlyList<PopulationRow> expected, IReadOnlyList<PopulationRow> actual, bool compareLines = true)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
            Equal(expected[i], actual[i], compareLines);
    }

    public static void Equal(PopulationRow e, PopulationRow a, bool compareLines = true)
    {
        var where = $"{e.ZoneCode} {e.Slot}";
        Assert.True(e.Slot == a.Slot, $"slot {a.Slot} != {e.Slot}");
        Assert.Equal(e.Level, a.Level);
        Assert.Equal(e.ZoneCode, a.ZoneCode);
        Assert.Equal(e.ParentCode, a.ParentCode);
        Assert.Equal(e.Class, a.Class);
        Assert.True(e.Total == a.Total, $"{where}: total {a.Total} != {e.Total}");
        Assert.True(e.Chinese == a.Chinese, $"{where}: chinese {a.Chinese} != {e.Chinese}");
        Assert.True(e.OtherForeign == a.OtherForeign, $"{where}: other {a.OtherForeign} != {e.OtherForeign}");
        if (e.Strata is null)
        {
            Assert.Null(a.Strata);
        }
        else
        {
            Assert.NotNull(a.Strata);
            Assert.Equal(e.Strata.Length, a.Strata.Length);
            for (var s = 0; s < e.Strata.Length; s++)
                Assert.True(e.Strata[s] == a.Strata[s], $"{where}: stratum {s} {a.Strata[s]} != {e.Strata[s]}");
        }
        if (compareLines)
            Assert.Equal(e.Line, a.Line);
    }
}
