using DefactoPop.Core.Analytics;

namespace DefactoPop.Tests.Core.Analytics;

public sealed class ClassificationTests
{
    [Fact]
    public void Quantile_OneToHundredInFour_SplitsIntoQuarters()
    {
        var breaks = ClassBreaks.Quantile(Enumerable.Range(1, 100).Select(i => (double)i), 4);

        Assert.Equal([25.75, 50.5, 75.25], breaks);
    }

    [Fact]
    public void Quantile_IgnoresNaNAndCollapsesTies()
    {
        var breaks = ClassBreaks.Quantile([1, 1, 1, 1, double.NaN, 2], 4);

        Assert.Equal(breaks.Distinct().Count(), breaks.Length);
        Assert.All(breaks, b => Assert.True(double.IsFinite(b)));
    }

    [Fact]
    public void Quantile_MostlyZeros_KeepsZerosInTheFirstClass()
    {
        double[] values = [.. Enumerable.Repeat(0.0, 90), .. Enumerable.Range(1, 10).Select(i => i * 10.0)];

        var breaks = ClassBreaks.Quantile(values, 7);

        Assert.All(breaks, b => Assert.True(b > 0));
        Assert.Equal(0, ClassBreaks.ClassOf(0, breaks));
        Assert.True(ClassBreaks.ClassOf(100, breaks) > 0);
    }

    [Fact]
    public void EqualInterval_ZeroToTenInFive_GivesEvenSteps()
    {
        Assert.Equal([2, 4, 6, 8], ClassBreaks.EqualInterval([0, 3, 10, double.NaN], 5));
        Assert.Empty(ClassBreaks.EqualInterval([5, 5], 5));
    }

    [Fact]
    public void ParseManual_MixedText_KeepsAscendingDistinctNumbers()
    {
        Assert.Equal([1000, 5000, 20000], ClassBreaks.ParseManual("5000, 1000,abc,1000;20000"));
        Assert.Empty(ClassBreaks.ParseManual(null));
        Assert.Equal("1000,2500.5", ClassBreaks.FormatManual([1000, 2500.5]));
    }

    [Theory]
    [InlineData(0.5, 0)]
    [InlineData(1, 1)]
    [InlineData(4.99, 1)]
    [InlineData(5, 2)]
    [InlineData(1e9, 2)]
    public void ClassOf_Boundaries_AreLowerInclusive(double value, int expected) =>
        Assert.Equal(expected, ClassBreaks.ClassOf(value, [1, 5]));

    [Fact]
    public void Palettes_TwoColours_AreTheEnds()
    {
        Assert.Equal(["#440154", "#fde725"], Palettes.Colors("viridis", 2));
        Assert.Equal(7, Palettes.Colors("cividis", 7).Distinct().Count());
        Assert.Equal(Palettes.Colors("viridis", 5), Palettes.Colors("nope", 5));
        Assert.Equal("puor", Palettes.Normalize(null, diverging: true));
        Assert.Equal("magma", Palettes.Normalize("MAGMA", diverging: false));
    }

    [Fact]
    public void Classify_FlagsMaskedNoDataAndHidden()
    {
        var frame = ChoroplethClassifier.Classify(
            [10, 20, 30, 40, double.NaN, 50],
            [false, true, false, false, true, false],
            ClassificationMethod.Manual, 5, "25", "viridis",
            visible: [true, true, true, true, true, false]);

        Assert.Equal([0, 0 | ClassCodes.MaskedFlag, 1, 1, ClassCodes.NoData | ClassCodes.MaskedFlag, ClassCodes.Hidden], frame.Classes);
        Assert.Equal(2, frame.Legend.Count);
        Assert.Equal([2, 2], frame.Legend.Select(l => l.Count));
        Assert.Null(frame.Legend[0].From);
        Assert.Equal(25, frame.Legend[0].To);
        Assert.Equal(2, frame.MaskedCount);
        Assert.Equal(1, frame.NoDataCount);
    }

    [Fact]
    public void Classify_Quantile_ClassesAreBalanced()
    {
        var values = Enumerable.Range(0, 700).Select(i => (double)i).ToArray();
        var frame = ChoroplethClassifier.Classify(values, new bool[700], ClassificationMethod.Quantile, 7, null, "viridis");

        Assert.Equal(7, frame.Colors.Length);
        Assert.All(frame.Legend, l => Assert.InRange(l.Count, 99, 101));
    }

    [Fact]
    public void Float32Bytes_RoundTripIncludingNaN()
    {
        var bytes = ChoroplethClassifier.ToFloat32Bytes([1.5, double.NaN, -2]);

        Assert.Equal(12, bytes.Length);
        Assert.Equal(1.5f, BitConverter.ToSingle(bytes, 0));
        Assert.True(float.IsNaN(BitConverter.ToSingle(bytes, 4)));
        Assert.Equal(-2f, BitConverter.ToSingle(bytes, 8));
    }
}
