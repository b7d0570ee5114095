using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DefactoPop.Core.Synthetic;

/// <summary>The vectorised inner loop of the movement model: one OA row of 28 strata.</summary>
internal static class Kernel
{
    /// <summary>
    /// out[row+s] = home[s]·res[row+s] + c0[s]·b0 + c1[s]·b1 + c2[s]·b2 + c3[s]·b3 + local[lrow+s]·bl for s in 0..27.
    /// Coefficient arrays are padded to 32 per block.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Row(float[] output, float[] res, int row, float[] home, float[] coef, float[] local, int lrow,
        float b0, float b1, float b2, float b3, float bl)
    {
        ref var o = ref MemoryMarshal.GetArrayDataReference(output);
        ref var r = ref MemoryMarshal.GetArrayDataReference(res);
        ref var h = ref MemoryMarshal.GetArrayDataReference(home);
        ref var c = ref MemoryMarshal.GetArrayDataReference(coef);
        ref var l = ref MemoryMarshal.GetArrayDataReference(local);
        var v0 = Vector256.Create(b0);
        var v1 = Vector256.Create(b1);
        var v2 = Vector256.Create(b2);
        var v3 = Vector256.Create(b3);
        var vl = Vector256.Create(bl);
        for (var i = 0; i < 24; i += 8)
        {
            var acc = Vector256.LoadUnsafe(ref h, (nuint)i) * Vector256.LoadUnsafe(ref r, (nuint)(row + i))
                + Vector256.LoadUnsafe(ref c, (nuint)i) * v0
                + Vector256.LoadUnsafe(ref c, (nuint)(32 + i)) * v1
                + Vector256.LoadUnsafe(ref c, (nuint)(64 + i)) * v2
                + Vector256.LoadUnsafe(ref c, (nuint)(96 + i)) * v3
                + Vector256.LoadUnsafe(ref l, (nuint)(lrow + i)) * vl;
            acc.StoreUnsafe(ref o, (nuint)(row + i));
        }
        var w0 = Vector128.Create(b0);
        var w1 = Vector128.Create(b1);
        var w2 = Vector128.Create(b2);
        var w3 = Vector128.Create(b3);
        var wl = Vector128.Create(bl);
        var tail = Vector128.LoadUnsafe(ref h, 24) * Vector128.LoadUnsafe(ref r, (nuint)(row + 24))
            + Vector128.LoadUnsafe(ref c, 24) * w0
            + Vector128.LoadUnsafe(ref c, 32 + 24) * w1
            + Vector128.LoadUnsafe(ref c, 64 + 24) * w2
            + Vector128.LoadUnsafe(ref c, 96 + 24) * w3
            + Vector128.LoadUnsafe(ref l, (nuint)(lrow + 24)) * wl;
        tail.StoreUnsafe(ref o, (nuint)(row + 24));
    }

    /// <summary>Σs w[s]·res[row+s] over all 28 strata and over the 14 male strata.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (double All, double Male) Dot(float[] res, int row, float[] w)
    {
        ref var r = ref MemoryMarshal.GetArrayDataReference(res);
        ref var h = ref MemoryMarshal.GetArrayDataReference(w);
        var v0 = Vector256.LoadUnsafe(ref h) * Vector256.LoadUnsafe(ref r, (nuint)row);
        var v1 = Vector256.LoadUnsafe(ref h, 8) * Vector256.LoadUnsafe(ref r, (nuint)(row + 8));
        var v2 = Vector256.LoadUnsafe(ref h, 16) * Vector256.LoadUnsafe(ref r, (nuint)(row + 16));
        var v3 = Vector128.LoadUnsafe(ref h, 24) * Vector128.LoadUnsafe(ref r, (nuint)(row + 24));
        // Male strata are 0-13: all of v0 and the first six lanes of v1.
        var male = (double)Vector256.Sum(v0) + v1.GetElement(0) + v1.GetElement(1) + v1.GetElement(2)
            + v1.GetElement(3) + v1.GetElement(4) + v1.GetElement(5);
        var all = (double)Vector256.Sum(v0) + Vector256.Sum(v1) + Vector256.Sum(v2) + Vector128.Sum(v3);
        return (all, male);
    }
}
