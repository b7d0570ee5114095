using CsCheck;
using DefactoPop.Core.Siting;

namespace DefactoPop.Tests.Core.Siting;

public sealed class InterpolationTests
{
    private static SitingPlace Sample(double x, double y, double value) =>
        new($"t{x},{y}", "", 0, 0, new SitePoint(x, y)) { Value = value };

    [Fact]
    public void Idw_MidpointOfTwoSamples_IsTheirMeanAndASampleKeepsItsValue()
    {
        SitingPlace[] samples = [Sample(0, 0, 30), Sample(100, 0, 40)];

        var v = Interpolation.Idw(samples, [new(50, 0), new(100, 0), new(25, 0)], k: 2);

        Assert.Equal(35, v[0], 12);
        Assert.Equal(40, v[1], 12);
        // Weights 1/25² and 1/75²: (30·9 + 40·1) / 10 = 31.
        Assert.Equal(31, v[2], 12);
    }

    [Fact]
    public void Idw_KNearest_IgnoresFarSamplesAndStaysInsideTheRange()
    {
        Gen.Double[0, 50].Array[5, 30].Sample(values =>
        {
            var samples = values.Select((v, i) => Sample(i * 97 % 1000, i * 61 % 700, v)).ToArray();
            var at = Enumerable.Range(0, 20).Select(i => new SitePoint(i * 53 % 1000, i * 31 % 700)).ToArray();
            var idw = Interpolation.Idw(samples, at, k: 4);
            return idw.All(x => x >= values.Min() - 1e-9 && x <= values.Max() + 1e-9);
        });
        SitingPlace[] line = [Sample(0, 0, 10), Sample(10, 0, 10), Sample(5000, 0, 1000)];
        Assert.Equal(10, Interpolation.Idw(line, [new(5, 0)], k: 2)[0], 12);
    }

    [Fact]
    public void SpacedSelection_RandomSites_SpacingAndEligibilityAlwaysHoldAndNIsMetWhenPossible()
    {
        Gen.Select(Gen.Double[0, 2000].Array[2, 120], Gen.Double[10, 300], Gen.Int[1, 15]).Sample(t =>
        {
            var (coords, spacing, n) = t;
            var at = coords.Chunk(2).Where(c => c.Length == 2).Select(c => new SitePoint(c[0], c[1])).ToArray();
            var score = at.Select((p, j) => (p.X * 7 + p.Y * 3 + j) % 101).ToArray();
            var eligible = at.Select((_, j) => j % 4 != 0).ToArray();

            var chosen = SpacedSelection.Select(at, score, n, spacing, eligible);

            var spaced = chosen.All(a => chosen.All(b => a == b || at[a].DistanceTo(at[b]) >= spacing));
            var allowed = chosen.All(j => eligible[j]) && chosen.Length <= n && chosen.Distinct().Count() == chosen.Length;
            // Maximal: every eligible site left out is within the spacing of a chosen one, unless n was reached.
            var maximal = chosen.Length == n || Enumerable.Range(0, at.Length)
                .Where(j => eligible[j] && !chosen.Contains(j)).All(j => chosen.Any(c => at[c].DistanceTo(at[j]) < spacing));
            return spaced && allowed && maximal;
        });
    }

    [Fact]
    public void SpacedSelection_TwoCloseHighScores_KeepsTheBetterAndSkipsTheOther()
    {
        SitePoint[] at = [new(0, 0), new(50, 0), new(500, 0)];

        Assert.Equal([1, 2], SpacedSelection.Select(at, [0.9, 1.0, 0.1], 3, spacing: 100));
    }
}
