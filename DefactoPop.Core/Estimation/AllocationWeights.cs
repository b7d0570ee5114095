using System.Runtime.CompilerServices;
using DefactoPop.Core.Spatial;

namespace DefactoPop.Core.Estimation;

/// <summary>
/// Posterior weights w[cell, oa] = share of a cell's devices given to the OA, stored by OA.
/// For every cell that any OA lists, Σ_oa w = 1, so allocating conserves mass exactly.
/// </summary>
public sealed class AllocationWeights(int cellCount, int[] oaStart, int[] cell, double[] weight)
    : OaCellMatrix<double>(cellCount, oaStart, cell, weight)
{
    internal double[] Weight => Values;

    /// <summary>Allocates per-cell values of width <paramref name="width"/> ([cell * width + k]) to OAs ([oa * width + k]).</summary>
    public double[] Apply(float[] cellValues, int width)
    {
        ArgumentNullException.ThrowIfNull(cellValues);
        var result = new double[OaCount * width];
        var start = OaStart;
        var cells = Cell;
        var w = Weight;
        Parallel.For(0, (OaCount + 255) / 256, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (chunk) =>
        {
            var end = Math.Min(OaCount, (chunk + 1) * 256);
            for (var j = chunk * 256; j < end; j++)
            {
                var o = j * width;
                for (var k = start[j]; k < start[j + 1]; k++)
                {
                    var wk = w[k];
                    var c = cells[k] * width;
                    for (var s = 0; s < width; s++)
                        result[o + s] += wk * cellValues[c + s];
                }
            }
        });
        return result;
    }

    /// <summary>Allocates one value per cell.</summary>
    public double[] Apply(double[] cellValues)
    {
        ArgumentNullException.ThrowIfNull(cellValues);
        var result = new double[OaCount];
        for (var j = 0; j < OaCount; j++)
        {
            double sum = 0;
            for (var k = OaStart[j]; k < OaStart[j + 1]; k++)
                sum += Weight[k] * cellValues[Cell[k]];
            result[j] = sum;
        }
        return result;
    }
}
