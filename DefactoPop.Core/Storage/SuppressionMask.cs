using System.IO.Compression;

namespace DefactoPop.Core.Storage;

/// <summary>
/// The cells one hour of a release suppresses, for the store: per zone id, a bit per <see cref="CellValues"/> slot.
/// Encoded as (zone-id gap, bits) varint pairs in id order, Brotli-compressed. Applying it to a decoded cell turns the
/// suppressed slots into masked values, so every read shows what the release shows.
/// </summary>
public static class SuppressionMask
{
    public static byte[] Encode(IReadOnlyDictionary<int, ulong> bits)
    {
        ArgumentNullException.ThrowIfNull(bits);
        using var raw = new MemoryStream();
        Span<byte> buffer = stackalloc byte[20];
        var last = 0;
        foreach (var (id, mask) in bits.Where(kv => kv.Value != 0).OrderBy(kv => kv.Key))
        {
            if (id < last)
                throw new ArgumentException("Zone ids must not be negative.", nameof(bits));
            var n = CellCodec.WriteVarint(buffer, (ulong)(id - last));
            n += CellCodec.WriteVarint(buffer[n..], mask);
            raw.Write(buffer[..n]);
            last = id;
        }
        using var packed = new MemoryStream();
        using (var brotli = new BrotliStream(packed, CompressionLevel.Optimal, leaveOpen: true))
            raw.WriteTo(brotli);
        return packed.ToArray();
    }

    public static Dictionary<int, ulong> Decode(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var brotli = new BrotliStream(new MemoryStream(data), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        brotli.CopyTo(raw);
        var bytes = raw.GetBuffer().AsSpan(0, (int)raw.Length);
        var result = new Dictionary<int, ulong>();
        var id = 0;
        var pos = 0;
        while (pos < bytes.Length)
        {
            id += (int)CellCodec.ReadVarint(bytes, ref pos);
            result[id] = CellCodec.ReadVarint(bytes, ref pos);
        }
        return result;
    }

    /// <summary>Masks the suppressed slots of a decoded cell (NaN, as a "*" from a file).</summary>
    public static void Apply(CellValues cell, ulong bits)
    {
        ArgumentNullException.ThrowIfNull(cell);
        for (var s = 0; bits != 0 && s < CellValues.SlotCount; s++, bits >>= 1)
        {
            if ((bits & 1) != 0)
                cell.Slots[s] = double.NaN;
        }
    }
}
