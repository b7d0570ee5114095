using DefactoPop.Core.Observation;
using DefactoPop.Core.Synthetic;
using DefactoPop.Core.Spatial;

namespace DefactoPop.Core.Validation;

/// <summary>
/// KWD-equivalent spatial error: multi-scale grid approximation of the earth mover's distance (Indyk &amp; Thaper 2003).
/// Both maps are normalised to unit mass; at each level k (block side h·2^k) the unmatched mass ½Σ|Δ| is charged the block side.
/// The result is in metres and proportional to the mean displacement (up to a bounded factor); averaged over two grid offsets.
/// Use it to compare estimators (ratios), not as an exact KWD.
/// </summary>
public sealed class DisplacementGrid
{
    private readonly int[][][] _blocks;
    private readonly int[][] _blockCount;
    private readonly double[] _side;

    public DisplacementGrid(SyntheticCity city, double baseSideM = 200)
    {
        ArgumentNullException.ThrowIfNull(city);
        var (x, y) = LocalProjection.MetresAroundMean(city.OaLat, city.OaLon).Project(city.OaLat, city.OaLon);
        var xMin = x.Min();
        var yMin = y.Min();
        var extent = Math.Max(Math.Max(x.Max() - xMin, y.Max() - yMin), baseSideM);
        var levels = Math.Max(1, (int)Math.Ceiling(Math.Log2(extent / baseSideM)) + 1);
        double[] offsets = [0, 0.5];
        _blocks = new int[offsets.Length][][];
        _blockCount = new int[offsets.Length][];
        _side = new double[levels];
        for (var o = 0; o < offsets.Length; o++)
        {
            _blocks[o] = new int[levels][];
            _blockCount[o] = new int[levels];
            for (var k = 0; k < levels; k++)
            {
                var side = baseSideM * Math.Pow(2, k);
                _side[k] = side;
                var shift = offsets[o] * side;
                var keys = new Dictionary<(int, int), int>();
                var block = new int[city.OaCount];
                for (var j = 0; j < city.OaCount; j++)
                {
                    var key = ((int)Math.Floor((x[j] - xMin + shift) / side), (int)Math.Floor((y[j] - yMin + shift) / side));
                    if (!keys.TryGetValue(key, out var b))
                        keys[key] = b = keys.Count;
                    block[j] = b;
                }
                _blocks[o][k] = block;
                _blockCount[o][k] = keys.Count;
            }
        }
    }

    /// <summary>Approximate mean displacement (metres) between two OA maps.</summary>
    public double Distance(IReadOnlyList<double> estimate, IReadOnlyList<double> truth)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(truth);
        var se = estimate.Sum();
        var st = truth.Sum();
        if (!(se > 0) || !(st > 0))
            return 0;
        double total = 0;
        for (var o = 0; o < _blocks.Length; o++)
        {
            for (var k = 0; k < _side.Length; k++)
            {
                var diff = new double[_blockCount[o][k]];
                var block = _blocks[o][k];
                for (var j = 0; j < block.Length; j++)
                    diff[block[j]] += estimate[j] / se - truth[j] / st;
                total += _side[k] * diff.Sum(Math.Abs) / 2;
            }
        }
        return total / _blocks.Length;
    }
}
