using DefactoPop.Core.Estimation;

namespace DefactoPop.Core.Storage;

/// <summary>
/// Compact binary form of <see cref="CellValues"/> for the store: one flag byte, then varints.
/// A varint 0 is a masked value; n is round(value × scale) + 1. The scale is 100 when every value
/// is a whole number of hundredths, else 10,000 (official files carry at most 4 decimals).
/// Estimated cells end with their intervals: an OA's error model (3 varints: variance per person in tenths, CVs in
/// 1/2000) or, for derived cells (roll-ups), the independent SD and shared SD of every present slot and of all classes
/// (whole persons). The quarter store must stay under 4 GB, hence the coarse steps.
/// </summary>
public static class CellCodec
{
    private const byte FlagDomestic = 1;
    private const byte FlagStrata = 2;
    private const byte FlagLong = 4;
    private const byte FlagShort = 8;
    private const byte FlagDerived = 16;
    private const byte FlagFine = 32;
    private const byte FlagPartial = 64;
    private const byte FlagIntervals = 128;
    private const double PerPersonScale = 10;
    private const double CvScale = 2_000;
    private const double PartScale = 1;
    private const double CoarseScale = 100;
    private const double FineScale = 10_000;

    /// <summary>Largest value the format holds (persons).</summary>
    public const double MaxValue = 1e11;

    /// <summary>Longest encoding of one cell, in bytes.</summary>
    public const int MaxLength = 1 + CellValues.SlotCount * 10 + 1 + (CellValues.SlotCount + 1) * 30 + 1;

    public static byte[] Encode(CellValues cell)
    {
        Span<byte> buffer = stackalloc byte[MaxLength];
        var n = Encode(cell, buffer);
        return buffer[..n].ToArray();
    }

    public static int Encode(CellValues cell, Span<byte> buffer)
    {
        var fine = NeedsFine(cell);
        var scale = fine ? FineScale : CoarseScale;
        byte flags = (byte)((byte)cell.Has & (FlagDomestic | FlagStrata | FlagLong | FlagShort));
        if (cell.Derived)
            flags |= FlagDerived;
        if (cell.Partial)
            flags |= FlagPartial;
        if (fine)
            flags |= FlagFine;
        if (cell.Intervals != IntervalKind.None)
        {
            if ((cell.Intervals == IntervalKind.Parts) != cell.Derived)
                throw new ArgumentException("Summed interval parts belong to derived cells, an error model to loaded ones.", nameof(cell));
            flags |= FlagIntervals;
        }
        buffer[0] = flags;
        var pos = 1;
        long strataSum = 0;
        if ((flags & FlagStrata) != 0)
        {
            for (var i = CellValues.FirstStratum; i < CellValues.FirstStratum + 28; i++)
            {
                var code = ToCode(cell.Slots[i], scale);
                if (code > 0)
                    strataSum += (long)code - 1;
                pos += WriteVarint(buffer[pos..], code);
            }
        }
        if ((flags & FlagDomestic) != 0)
        {
            // With strata the total is stored as its difference from their sum: usually 0 or small.
            var code = ToCode(cell.Slots[CellValues.DomesticTotal], scale);
            var stored = (flags & FlagStrata) == 0 || code == 0 ? code : ZigZag((long)code - 1 - strataSum) + 1;
            pos += WriteVarint(buffer[pos..], stored);
        }
        if ((flags & FlagLong) != 0)
            pos += WriteRun(cell.Slots, CellValues.LongTotal, 3, scale, buffer[pos..]);
        if ((flags & FlagShort) != 0)
            pos += WriteRun(cell.Slots, CellValues.ShortTotal, 3, scale, buffer[pos..]);
        if ((flags & FlagIntervals) != 0)
            pos += WriteIntervals(cell, buffer[pos..]);
        return pos;
    }

    private static int WriteIntervals(CellValues cell, Span<byte> buffer)
    {
        var pos = 0;
        if (cell.Intervals == IntervalKind.Spread)
        {
            var s = cell.Spread;
            pos += WriteVarint(buffer[pos..], Scaled(s.PerPerson, PerPersonScale));
            pos += WriteVarint(buffer[pos..], Scaled(Math.Sqrt(Math.Max(0, s.RelativeVariance)), CvScale));
            pos += WriteVarint(buffer[pos..], Scaled(s.SharedCv, CvScale));
            // The city-wide part comes last, so a store written before it existed still decodes (as 0).
            pos += WriteVarint(buffer[pos..], Scaled(s.CommonCv, CvScale));
            return pos + WriteImputed(cell, buffer[pos..]);
        }
        foreach (var i in cell.PresentSlots().Append(CellValues.AllClasses))
        {
            pos += WriteVarint(buffer[pos..], Scaled(Math.Sqrt(Math.Max(0, cell.Parts[i].Independent)), PartScale));
            pos += WriteVarint(buffer[pos..], Scaled(cell.Parts[i].Shared, PartScale));
        }
        foreach (var i in cell.PresentSlots().Append(CellValues.AllClasses))
            pos += WriteVarint(buffer[pos..], Scaled(cell.Parts[i].Common, PartScale));
        return pos + WriteImputed(cell, buffer[pos..]);
    }

    /// <summary>An optional trailing marker after the intervals: written only for imputed cells, absent (false) otherwise.</summary>
    private static int WriteImputed(CellValues cell, Span<byte> buffer) => cell.Imputed ? WriteVarint(buffer, 1) : 0;

    private static bool ReadImputed(ReadOnlySpan<byte> data, ref int pos) => pos < data.Length && ReadVarint(data, ref pos) == 1;

    /// <summary>Derived cells carry summed parts, loaded (estimated OA) cells their error model.</summary>
    private static void ReadIntervals(ReadOnlySpan<byte> data, ref int pos, CellValues cell)
    {
        cell.Intervals = cell.Derived ? IntervalKind.Parts : IntervalKind.Spread;
        if (cell.Intervals == IntervalKind.Spread)
        {
            var perPerson = ReadVarint(data, ref pos) / PerPersonScale;
            var cv = ReadVarint(data, ref pos) / CvScale;
            var shared = ReadVarint(data, ref pos) / CvScale;
            var common = pos < data.Length ? ReadVarint(data, ref pos) / CvScale : 0;
            cell.Spread = new OaSpread(perPerson, cv * cv, shared, common);
            cell.Imputed = ReadImputed(data, ref pos);
            return;
        }
        foreach (var i in cell.PresentSlots().Append(CellValues.AllClasses))
        {
            var sd = ReadVarint(data, ref pos) / PartScale;
            cell.Parts[i] = new IntervalParts(sd * sd, ReadVarint(data, ref pos) / PartScale);
        }
        if (pos >= data.Length)
            return;
        foreach (var i in cell.PresentSlots().Append(CellValues.AllClasses))
            cell.Parts[i] = cell.Parts[i] with { Common = ReadVarint(data, ref pos) / PartScale };
        cell.Imputed = ReadImputed(data, ref pos);
    }

    private static ulong Scaled(double v, double scale) => double.IsFinite(v) && v > 0 ? (ulong)Math.Round(Math.Min(v, MaxValue) * scale) : 0;

    public static void Decode(ReadOnlySpan<byte> data, CellValues cell)
    {
        cell.Clear();
        if (data.Length == 0)
            return;
        var flags = data[0];
        var scale = (flags & FlagFine) != 0 ? FineScale : CoarseScale;
        cell.Has = (CellSections)(flags & (FlagDomestic | FlagStrata | FlagLong | FlagShort));
        cell.Derived = (flags & FlagDerived) != 0;
        cell.Partial = (flags & FlagPartial) != 0;
        var pos = 1;
        var slots = cell.Slots;
        long strataSum = 0;
        if ((flags & FlagStrata) != 0)
        {
            for (var i = CellValues.FirstStratum; i < CellValues.FirstStratum + 28; i++)
            {
                var code = ReadVarint(data, ref pos);
                if (code > 0)
                    strataSum += (long)code - 1;
                slots[i] = code == 0 ? double.NaN : (code - 1) / scale;
            }
        }
        if ((flags & FlagDomestic) != 0)
        {
            var stored = ReadVarint(data, ref pos);
            slots[CellValues.DomesticTotal] = stored == 0
                ? double.NaN
                : (flags & FlagStrata) == 0 ? (stored - 1) / scale : (UnZigZag(stored - 1) + strataSum) / scale;
        }
        if ((flags & FlagLong) != 0)
            ReadRun(data, ref pos, slots, CellValues.LongTotal, 3, scale);
        if ((flags & FlagShort) != 0)
            ReadRun(data, ref pos, slots, CellValues.ShortTotal, 3, scale);
        if ((flags & FlagIntervals) != 0)
            ReadIntervals(data, ref pos, cell);
    }

    private static int WriteRun(double[] slots, int from, int count, double scale, Span<byte> buffer)
    {
        var pos = 0;
        for (var i = from; i < from + count; i++)
            pos += WriteVarint(buffer[pos..], ToCode(slots[i], scale));
        return pos;
    }

    private static void ReadRun(ReadOnlySpan<byte> data, ref int pos, double[] slots, int from, int count, double scale)
    {
        for (var i = from; i < from + count; i++)
        {
            var code = ReadVarint(data, ref pos);
            slots[i] = code == 0 ? double.NaN : (code - 1) / scale;
        }
    }

    private static ulong ZigZag(long v) => (ulong)((v << 1) ^ (v >> 63));

    private static long UnZigZag(ulong v) => (long)(v >> 1) ^ -(long)(v & 1);

    /// <summary>Replaces the sections present in <paramref name="update"/>, keeping the others of <paramref name="existing"/>.</summary>
    public static byte[] Merge(ReadOnlySpan<byte> existing, ReadOnlySpan<byte> update)
    {
        var a = new CellValues();
        var b = new CellValues();
        Decode(existing, a);
        Decode(update, b);
        MergeInto(a, b);
        return Encode(a);
    }

    public static void MergeInto(CellValues target, CellValues update)
    {
        if ((update.Has & CellSections.DomesticTotal) != 0)
        {
            target.Slots[CellValues.DomesticTotal] = update.Slots[CellValues.DomesticTotal];
            Array.Copy(update.Slots, CellValues.FirstStratum, target.Slots, CellValues.FirstStratum, 28);
            target.Has = (target.Has & ~(CellSections.DomesticTotal | CellSections.Strata)) | (update.Has & (CellSections.DomesticTotal | CellSections.Strata));
        }
        if ((update.Has & CellSections.Long) != 0)
        {
            Array.Copy(update.Slots, CellValues.LongTotal, target.Slots, CellValues.LongTotal, 3);
            target.Has |= CellSections.Long;
        }
        if ((update.Has & CellSections.Short) != 0)
        {
            Array.Copy(update.Slots, CellValues.ShortTotal, target.Slots, CellValues.ShortTotal, 3);
            target.Has |= CellSections.Short;
        }
        // Intervals belong to the figures they came with: an update without them (an official file) drops the old ones.
        target.Intervals = update.Intervals;
        target.Spread = update.Spread;
        Array.Copy(update.Parts, target.Parts, update.Parts.Length);
        target.Derived = update.Derived;
        target.Partial = update.Partial;
        target.Imputed = update.Imputed;
    }

    public static bool IsDerived(ReadOnlySpan<byte> data) => data.Length > 0 && (data[0] & FlagDerived) != 0;

    private static bool NeedsFine(CellValues cell)
    {
        foreach (var v in cell.Slots)
        {
            if (double.IsNaN(v) || v == 0)
                continue;
            var scaled = v * CoarseScale;
            if (Math.Abs(scaled - Math.Round(scaled)) > 1e-4)
                return true;
        }
        return false;
    }

    private static ulong ToCode(double v, double scale)
    {
        if (double.IsNaN(v))
            return 0;
        if (v < 0 || v > MaxValue)
            throw new ArgumentOutOfRangeException(nameof(v), v, "Population values must be between 0 and 1e11.");
        return (ulong)Math.Round(v * scale) + 1;
    }

    internal static int WriteVarint(Span<byte> buffer, ulong value)
    {
        var i = 0;
        while (value >= 0x80)
        {
            buffer[i++] = (byte)(value | 0x80);
            value >>= 7;
        }
        buffer[i++] = (byte)value;
        return i;
    }

    internal static ulong ReadVarint(ReadOnlySpan<byte> data, ref int pos)
    {
        ulong value = 0;
        var shift = 0;
        while (true)
        {
            var b = data[pos++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
                return value;
            shift += 7;
        }
    }
}
