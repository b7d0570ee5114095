using DefactoPop.Core.Domain;
using DefactoPop.Core.Observation;
using DefactoPop.Core.Synthetic;
using DefactoPop.Tests.TestSupport.TestCities;
using DefactoPop.Core.Spatial;

namespace DefactoPop.Tests.Core.Observation;

public class NetworkPlanTests
{
    private static TestWorld World => TestWorld.Small;

    [Fact]
    public void Generate_TestCity_ScalesSeoulSiteCountWithThreeSectors()
    {
        var plan = World.Plan;
        var expectedSites = (int)Math.Round(World.TestCity.City.OaCount * 6000.0 / 19153.0);
        Assert.Equal(expectedSites, plan.SiteCount);
        Assert.Equal(3 * plan.SiteCount, plan.CellCount);
        Assert.All(plan.CellAzimuthDeg, a => Assert.InRange(a, 0, 360));
        var sectorsOfSite0 = Enumerable.Range(0, 3).Select(k => plan.CellAzimuthDeg[k]).Order().ToArray();
        Assert.Equal(120, sectorsOfSite0[1] - sectorsOfSite0[0], 6);
    }

    [Fact]
    public void Coverage_EveryOa_HasFiveToFifteenCellsSummingToOne()
    {
        foreach (var p in new[] { World.Plan.Coverage, World.View.Coverage })
        {
            var perOa = Enumerable.Range(0, p.OaCount).Select(j => p.CellsOf(j).Length).ToArray();
            Assert.All(perOa, c => Assert.InRange(c, 1, 15));
            Assert.InRange(perOa.Average(), 5, 15);
            for (var j = 0; j < p.OaCount; j++)
                Assert.Equal(1.0, p.ProbabilitiesOf(j).ToArray().Sum(x => (double)x), 4);
        }
    }

    [Fact]
    public void Sites_OfficeAndCommercialAreas_AreDenser()
    {
        var city = World.TestCity.City;
        var plan = World.Plan;
        // Nearest OA of each site; compare sites per OA between busy and residential land use.
        var busy = 0.0;
        var residential = 0.0;
        for (var s = 0; s < plan.SiteCount; s++)
        {
            var lat = plan.SiteLat(s);
            var lon = plan.SiteLon(s);
            var nearest = Enumerable.Range(0, city.OaCount).MinBy(j => Math.Pow(city.OaLat[j] - lat, 2) + Math.Pow(city.OaLon[j] - lon, 2));
            if (city.OaLandUse[nearest] is LandUse.Office or LandUse.Commercial)
                busy++;
            else if (city.OaLandUse[nearest] == LandUse.Residential)
                residential++;
        }
        var busyOas = city.OaLandUse.Count(u => u is LandUse.Office or LandUse.Commercial);
        var residentialOas = city.OaLandUse.Count(u => u == LandUse.Residential);
        Assert.True(busy / busyOas > 1.5 * (residential / residentialOas), $"busy {busy / busyOas:F2} vs residential {residential / residentialOas:F2} sites per OA");
    }

    [Fact]
    public void Coverage_BestServer_IsCloseToTheOa()
    {
        var city = World.TestCity.City;
        var plan = World.Plan;
        var best = plan.Coverage.BestServer();
        var (x, y) = plan.Projection.Project(city.OaLat, city.OaLon);
        var distances = Enumerable.Range(0, city.OaCount).Select(j =>
        {
            var s = plan.CellSite[best[j]];
            return Math.Sqrt(Math.Pow(plan.SiteX[s] - x[j], 2) + Math.Pow(plan.SiteY[s] - y[j], 2));
        }).Order().ToArray();
        Assert.True(distances[distances.Length / 2] < 600, $"median distance to best server {distances[distances.Length / 2]:F0} m");
    }

    [Fact]
    public void EstimatorView_HasModelMismatch_ButCoversEveryCell()
    {
        var truth = World.Plan.Coverage;
        var view = World.View.Coverage;
        double diff = 0;
        for (var j = 0; j < truth.OaCount; j++)
        {
            foreach (var c in truth.CellsOf(j))
                diff += Math.Abs(truth[c, j] - view[c, j]);
        }
        Assert.True(diff / truth.OaCount > 0.1, $"mean |P - P*| per OA {diff / truth.OaCount:F3}");
        var covered = new bool[view.CellCount];
        for (var j = 0; j < view.OaCount; j++)
        {
            foreach (var c in view.CellsOf(j))
                covered[c] = true;
        }
        Assert.All(covered, Assert.True);
    }

    [Fact]
    public void EstimatorCoverage_WithoutShadowFading_MatchesTruthFromThePlanFile()
    {
        var city = World.TestCity.City;
        var plan = NetworkPlan.Generate(city, 5, new NetworkOptions { ShadowFadingDb = 0 });
        var view = SimulatedEstimation.ViewOf(plan, World.Frame).Coverage;
        var same = 0;
        for (var j = 0; j < city.OaCount; j++)
        {
            var cells = view.CellsOf(j).ToArray();
            if (!cells.SequenceEqual(plan.Coverage.CellsOf(j).ToArray()))
                continue;
            var p = view.ProbabilitiesOf(j).ToArray();
            var q = plan.Coverage.ProbabilitiesOf(j).ToArray();
            if (p.Zip(q).All(t => Math.Abs(t.First - t.Second) < 1e-3))
                same++;
        }
        // The plan file rounds positions and powers; a cell serving no OA is attached by the estimator only.
        Assert.InRange(same, (int)(0.97 * city.OaCount), city.OaCount);
    }

    [Fact]
    public void EstimatorCoverage_ShadowFadingInTruth_DiffersButSumsToOne()
    {
        var city = World.TestCity.City;
        var view = World.View.Coverage;
        var differs = 0;
        for (var j = 0; j < city.OaCount; j++)
        {
            Assert.Equal(1.0, view.ProbabilitiesOf(j).ToArray().Sum(x => (double)x), 4);
            differs += view.CellsOf(j).SequenceEqual(World.Plan.Coverage.CellsOf(j)) ? 0 : 1;
        }
        Assert.InRange(differs, city.OaCount / 4, city.OaCount);
    }

    [Fact]
    public void Generate_SameSeed_Identical_DifferentSeed_Different()
    {
        var city = World.TestCity.City;
        var a = NetworkPlan.Generate(city, 1);
        var b = NetworkPlan.Generate(city, 2);
        Assert.Equal(World.Plan.SiteX, a.SiteX);
        Assert.Equal(World.Plan.CellAzimuthDeg, a.CellAzimuthDeg);
        Assert.NotEqual(a.SiteX, b.SiteX);
        Assert.Equal(a.SiteCount, b.SiteCount);
    }

    [Fact]
    public void Without_RemovedCells_RenormalisesColumns()
    {
        var p = World.Plan.Coverage;
        var removed = new bool[p.CellCount];
        for (var c = 0; c < removed.Length; c += 7)
            removed[c] = true;
        var q = p.Without(removed);
        for (var j = 0; j < q.OaCount; j++)
        {
            Assert.DoesNotContain(q.CellsOf(j).ToArray(), c => removed[c]);
            if (q.CellsOf(j).Length > 0)
                Assert.Equal(1.0, q.ProbabilitiesOf(j).ToArray().Sum(x => (double)x), 4);
        }
    }
}
