using System.Buffers;
using System.IO.Compression;

namespace DefactoPop.Core.Storage;

/// <summary>Receives one cell of a block; the bytes are valid only during the call.</summary>
public delegate void CellVisitor(int zone, ReadOnlySpan<byte> cell);

/// <summary>
/// Every zone of one level at one hour in one blob, so a map reads one row. The cells (<see cref="CellCodec"/>: a flag
/// byte, then varints) are turned column by column: the n-th figure of every zone together, split into byte planes
/// (low bytes of all zones, then the next bytes), so like values sit side by side. Brotli then compresses the whole.
/// Layout before compression: zone count, zone ids (first, then gaps), flag bytes, figure counts, then per column its
/// width in bytes and its planes. Zones go in chunks of up to 4,096, each compressed on its own, so one zone's cell
/// (a profile over hours) needs one chunk. The stored blob: a version byte (2), the chunk count, per chunk its first
/// zone and byte length, then the chunks (each the uncompressed length and the Brotli stream). Version 1 was one chunk
/// without the table; it is still read.
/// </summary>
public static class CellBlock
{
    private const byte Version = 2;
    private const byte SingleChunk = 1;
    private const int ChunkSize = 4096;
    private const int Quality = 4;
    private const int Window = 22;

    /// <summary>Most figures one cell may hold (a roll-up with every interval part is about 150).</summary>
    private const int MaxFigures = 255;

    /// <param name="cells">Encoded cells in ascending zone order, none empty.</param>
    public static byte[] Encode(IReadOnlyList<(int Zone, byte[] Data)> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var chunks = new List<(int FirstZone, byte[] Body)>();
        for (var from = 0; from < cells.Count; from += ChunkSize)
        {
            if (from > 0 && cells[from].Zone <= cells[from - 1].Zone)
                throw new ArgumentException("Cells must be in ascending zone order, each zone once.", nameof(cells));
            var chunk = cells.Skip(from).Take(ChunkSize).ToList();
            chunks.Add((chunk[0].Zone, EncodeChunk(chunk)));
        }
        var head = new byte[10 + chunks.Count * 10];
        head[0] = Version;
        var at = 1 + CellCodec.WriteVarint(head.AsSpan(1), (ulong)chunks.Count);
        foreach (var (first, body) in chunks)
        {
            at += CellCodec.WriteVarint(head.AsSpan(at), (ulong)first);
            at += CellCodec.WriteVarint(head.AsSpan(at), (ulong)body.Length);
        }
        var output = new byte[at + chunks.Sum(c => c.Body.Length)];
        head.AsSpan(0, at).CopyTo(output);
        foreach (var (_, body) in chunks)
        {
            body.CopyTo(output, at);
            at += body.Length;
        }
        return output;
    }

    /// <summary>One chunk: its uncompressed length, then the Brotli stream of its columns.</summary>
    private static byte[] EncodeChunk(IReadOnlyList<(int Zone, byte[] Data)> cells)
    {
        var n = cells.Count;
        // Every figure of every cell in one pooled table (row j = cell j), read once from the varints.
        var counts = new byte[n];
        var stride = 0;
        for (var j = 0; j < n; j++)
        {
            if (j > 0 && cells[j].Zone <= cells[j - 1].Zone)
                throw new ArgumentException("Cells must be in ascending zone order, each zone once.", nameof(cells));
            counts[j] = (byte)CountFigures(cells[j].Data);
            stride = Math.Max(stride, counts[j]);
        }
        var table = ArrayPool<ulong>.Shared.Rent(Math.Max(1, n * stride));
        var raw = ArrayPool<byte>.Shared.Rent(n * (2 * 5 + 2) + stride * (1 + 8 * n) + 16);
        try
        {
            for (var j = 0; j < n; j++)
            {
                var data = cells[j].Data;
                var pos = 1;
                for (var i = 0; i < counts[j]; i++)
                    table[j * stride + i] = CellCodec.ReadVarint(data, ref pos);
            }
            var at = CellCodec.WriteVarint(raw, (ulong)n);
            for (var j = 0; j < n; j++)
                at += CellCodec.WriteVarint(raw.AsSpan(at), j == 0 ? (ulong)cells[0].Zone : (ulong)(cells[j].Zone - cells[j - 1].Zone - 1));
            for (var j = 0; j < n; j++)
                raw[at++] = cells[j].Data[0];
            counts.CopyTo(raw.AsSpan(at));
            at += n;
            for (var i = 0; i < stride; i++)
            {
                ulong max = 0;
                for (var j = 0; j < n; j++)
                    if (i < counts[j])
                        max = Math.Max(max, table[j * stride + i]);
                var width = max == 0 ? 0 : (64 - System.Numerics.BitOperations.LeadingZeroCount(max) + 7) / 8;
                raw[at++] = (byte)width;
                for (var k = 0; k < width; k++)
                {
                    var shift = 8 * k;
                    for (var j = 0; j < n; j++)
                        if (i < counts[j])
                            raw[at++] = (byte)(table[j * stride + i] >> shift);
                }
            }
            var output = new byte[10 + BrotliEncoder.GetMaxCompressedLength(at)];
            var head = CellCodec.WriteVarint(output, (ulong)at);
            if (!BrotliEncoder.TryCompress(raw.AsSpan(0, at), output.AsSpan(head), out var written, Quality, Window))
                throw new InvalidOperationException("Brotli could not compress a cell block.");
            return output[..(head + written)];
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(table);
            ArrayPool<byte>.Shared.Return(raw);
        }
    }

    /// <summary>Every cell of a block, in ascending zone order.</summary>
    public static List<(int Zone, byte[] Data)> Decode(ReadOnlySpan<byte> block)
    {
        var result = new List<(int Zone, byte[] Data)>();
        Read(block, null, (zone, cell) => result.Add((zone, cell.ToArray())));
        return result;
    }

    /// <summary>Every cell of a block in ascending zone order, without copying them out.</summary>
    public static void ForEach(ReadOnlySpan<byte> block, CellVisitor visitor) => Read(block, null, visitor);

    /// <summary>One zone's cell, or null when the block does not hold it.</summary>
    public static byte[]? Find(ReadOnlySpan<byte> block, int zone)
    {
        byte[]? found = null;
        Read(block, zone, (_, cell) => found = cell.ToArray());
        return found;
    }

    private static void Read(ReadOnlySpan<byte> block, int? only, CellVisitor visitor)
    {
        if (block.Length < 2 || block[0] is not (Version or SingleChunk))
            throw new InvalidDataException($"Not a cell block of version {SingleChunk} or {Version}.");
        if (block[0] == SingleChunk)
        {
            ReadChunk(block[1..], only, visitor);
            return;
        }
        try
        {
            var pos = 1;
            var count = checked((int)CellCodec.ReadVarint(block, ref pos));
            var table = new (int First, int Length)[count];
            for (var c = 0; c < count; c++)
                table[c] = (checked((int)CellCodec.ReadVarint(block, ref pos)), checked((int)CellCodec.ReadVarint(block, ref pos)));
            for (var c = 0; c < count; c++)
            {
                var (first, length) = table[c];
                var wanted = only is not { } zone || (zone >= first && (c + 1 == count || zone < table[c + 1].First));
                if (wanted)
                    ReadChunk(block.Slice(pos, length), only, visitor);
                pos += length;
            }
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or OverflowException)
        {
            throw new InvalidDataException("A cell block's chunk table does not match its length.", e);
        }
    }

    private static void ReadChunk(ReadOnlySpan<byte> chunk, int? only, CellVisitor visitor)
    {
        var pos = 0;
        var length = checked((int)CellCodec.ReadVarint(chunk, ref pos));
        var raw = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            if (!BrotliDecoder.TryDecompress(chunk[pos..], raw, out var written) || written != length)
                throw new InvalidDataException("A cell block does not decompress to its stated length.");
            Unpack(raw.AsSpan(0, length), only, visitor);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(raw);
        }
    }

    private static void Unpack(ReadOnlySpan<byte> raw, int? only, CellVisitor visitor)
    {
        var pos = 0;
        var n = checked((int)CellCodec.ReadVarint(raw, ref pos));
        var zones = new int[n];
        for (var j = 0; j < n; j++)
            zones[j] = j == 0 ? (int)CellCodec.ReadVarint(raw, ref pos) : zones[j - 1] + 1 + (int)CellCodec.ReadVarint(raw, ref pos);
        var flags = raw.Slice(pos, n);
        var counts = raw.Slice(pos + n, n);
        pos += 2 * n;
        var columns = 0;
        foreach (var c in counts)
            columns = Math.Max(columns, c);
        // Per column: where its planes start, its width and how many zones have it.
        var start = new int[columns];
        var width = new int[columns];
        var members = new int[columns];
        foreach (var c in counts)
            for (var i = 0; i < c; i++)
                members[i]++;
        for (var i = 0; i < columns; i++)
        {
            width[i] = raw[pos++];
            start[i] = pos;
            pos += width[i] * members[i];
        }
        if (pos != raw.Length)
            throw new InvalidDataException("A cell block's columns do not fill it.");
        var next = new int[columns];
        Span<byte> cell = stackalloc byte[1 + MaxFigures * 10];
        for (var j = 0; j < n; j++)
        {
            var wanted = only is null || zones[j] == only;
            var length = 1;
            cell[0] = flags[j];
            for (var i = 0; i < counts[j]; i++)
            {
                var index = next[i]++;
                if (!wanted)
                    continue;
                ulong value = 0;
                for (var k = 0; k < width[i]; k++)
                    value |= (ulong)raw[start[i] + k * members[i] + index] << (8 * k);
                length += CellCodec.WriteVarint(cell[length..], value);
            }
            if (wanted)
            {
                visitor(zones[j], cell[..length]);
                if (only is not null)
                    return;
            }
        }
    }

    /// <summary>How many varints follow a cell's flag byte.</summary>
    private static int CountFigures(byte[] data)
    {
        if (data.Length == 0)
            throw new ArgumentException("An empty cell cannot be stored.", nameof(data));
        if (data.Length > 1 && data[^1] >= 0x80)
            throw new ArgumentException("A cell ends inside a figure.", nameof(data));
        var count = 0;
        for (var i = 1; i < data.Length; i++)
            if (data[i] < 0x80)
                count++;
        if (count > MaxFigures)
            throw new ArgumentException($"A cell holds more than {MaxFigures} figures.", nameof(data));
        return count;
    }
}
