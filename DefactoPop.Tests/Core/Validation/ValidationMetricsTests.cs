using DefactoPop.Core.Validation;
using DefactoPop.Tests.TestSupport.TestCities;

namespace DefactoPop.Tests.Core.Validation;

public class ValidationMetricsTests
{
    [Fact]
    public void Wape_KnownMaps_ReturnsPercent()
    {
        Assert.Equal(20, ValidationMetrics.WapePct([90, 130], [100, 100]), 9);
        Assert.Equal(0, ValidationMetrics.WapePct([5, 5], [5, 5]));
    }

    [Fact]
    public void MedianApe_SmallZones_AreIgnored()
    {
        Assert.Equal(10, ValidationMetrics.MedianApePct([330, 10, 270, 500], [300, 1, 300, 500], 300), 9);
    }

    [Fact]
    public void Dissimilarity_Shares_IsHalfTheL1Distance()
    {
        Assert.Equal(0, ValidationMetrics.Dissimilarity([1, 2, 3], [2, 4, 6]), 12);
        Assert.Equal(1, ValidationMetrics.Dissimilarity([1, 0], [0, 1]), 12);
        Assert.Equal(0.25, ValidationMetrics.Dissimilarity([75, 25], [50, 50]), 12);
    }

    [Fact]
    public void Pearson_LinearMaps_ReturnsPlusOrMinusOne()
    {
        Assert.Equal(1, ValidationMetrics.Pearson([1, 2, 3], [2, 4, 6]), 12);
        Assert.Equal(-1, ValidationMetrics.Pearson([1, 2, 3], [3, 2, 1]), 12);
    }

    [Fact]
    public void Displacement_MassMovedFarther_Grows()
    {
        var city = TestWorld.Small.TestCity.City;
        var grid = new DisplacementGrid(city);
        var n = city.OaCount;
        var truth = new double[n];
        truth[0] = 1;
        double Moved(int to)
        {
            var e = new double[n];
            e[to] = 1;
            return grid.Distance(e, truth);
        }
        Assert.Equal(0, grid.Distance(truth, truth), 12);
        Assert.True(Moved(1) > 0);
        Assert.True(Moved(5) > Moved(1));
        Assert.True(Moved(25) > Moved(5));
        // Scale-free: the maps are normalised.
        Assert.Equal(Moved(5), grid.Distance(Enumerable.Range(0, n).Select(j => j == 5 ? 7.0 : 0).ToArray(), truth), 9);
    }

    [Fact]
    public void SampleDays_LongPeriod_SpreadsEvenlyIncludingEnds()
    {
        var days = Validator.SampleDays(new DateOnly(2017, 10, 1), new DateOnly(2017, 10, 31), 3);
        Assert.Equal([new DateOnly(2017, 10, 1), new DateOnly(2017, 10, 16), new DateOnly(2017, 10, 31)], days);
        Assert.Equal(2, Validator.SampleDays(new DateOnly(2017, 10, 1), new DateOnly(2017, 10, 2), 5).Count);
    }
}
