using DefactoPop.Core.Analytics;

namespace DefactoPop.Tests.Core.Analytics;

/// <summary>Classing the hours of a day together (the animation's frames): one set of breaks, the same colour per range.</summary>
public sealed class ChoroplethClassifierTogetherTests
{
    [Fact]
    public void ClassifyTogether_NightAndDay_ShareBreaksComputedFromBoth()
    {
        (double[], bool[])[] layers = [([1, 2, 3, 4], new bool[4]), ([101, 102, 103, 104], new bool[4])];

        var frames = ChoroplethClassifier.ClassifyTogether(layers, ClassificationMethod.Quantile, 2, null, "viridis");

        Assert.Equal(frames[0].Breaks, frames[1].Breaks);
        Assert.Equal(frames[0].Colors, frames[1].Colors);
        // Night falls wholly in the low class and day in the high one, as the breaks come from both.
        Assert.All(frames[0].Classes, c => Assert.Equal(0, c));
        Assert.All(frames[1].Classes, c => Assert.Equal(1, c));
    }

    [Fact]
    public void ClassifyTogether_SameValueAnyHour_SameClass()
    {
        (double[], bool[])[] layers = [([10, 50, 90], new bool[3]), ([50, 200, 400], new bool[3])];

        var frames = ChoroplethClassifier.ClassifyTogether(layers, ClassificationMethod.Quantile, 4, null, "viridis");

        Assert.Equal(frames[0].Classes[1], frames[1].Classes[0]);
    }

    [Fact]
    public void ClassifyTogether_OneLayer_SameAsClassify()
    {
        double[] values = [5, double.NaN, 30, 12, 7];
        bool[] masked = [false, true, false, true, false];

        var together = ChoroplethClassifier.ClassifyTogether([(values, masked)], ClassificationMethod.Quantile, 3, null, "magma")[0];
        var alone = ChoroplethClassifier.Classify(values, masked, ClassificationMethod.Quantile, 3, null, "magma");

        Assert.Equal(alone.Classes, together.Classes);
        Assert.Equal(alone.Breaks, together.Breaks);
        Assert.Equal(alone.MaskedCount, together.MaskedCount);
    }
}
