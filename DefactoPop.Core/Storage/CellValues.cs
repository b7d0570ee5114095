using DefactoPop.Core.Domain;
using DefactoPop.Core.Estimation;

namespace DefactoPop.Core.Storage;

/// <summary>
/// Every figure of one zone-hour: domestic total and 28 strata, long-term and short-term foreigners (total, Chinese, other).
/// Slots hold NaN for masked values; <see cref="Has"/> says which sections are present.
/// </summary>
public sealed class CellValues
{
    public const int DomesticTotal = 0;
    public const int FirstStratum = 1;
    public const int LongTotal = 29;
    public const int LongChinese = 30;
    public const int LongOther = 31;
    public const int ShortTotal = 32;
    public const int ShortChinese = 33;
    public const int ShortOther = 34;
    public const int SlotCount = 35;

    /// <summary>Index of the all-classes total in <see cref="Parts"/>.</summary>
    public const int AllClasses = SlotCount;

    public double[] Slots { get; } = new double[SlotCount];

    /// <summary>How the cell carries its 90 % intervals: none (imported files), an OA's error model, or summed parts (roll-ups).</summary>
    public IntervalKind Intervals { get; set; }

    /// <summary>The OA's error model when <see cref="Intervals"/> is <see cref="IntervalKind.Spread"/>.</summary>
    public OaSpread Spread { get; set; }

    /// <summary>Error parts per slot and of all classes (<see cref="AllClasses"/>) when <see cref="Intervals"/> is <see cref="IntervalKind.Parts"/>.</summary>
    public IntervalParts[] Parts { get; } = new IntervalParts[SlotCount + 1];

    public CellSections Has { get; set; }

    /// <summary>Derived by summing a lower level, not loaded directly.</summary>
    public bool Derived { get; set; }

    /// <summary>Some contributing cells were masked, so sums are lower bounds.</summary>
    public bool Partial { get; set; }

    /// <summary>Some figures were imputed for a cell outage ("보정됨"); kept only with intervals (estimated cells).</summary>
    public bool Imputed { get; set; }

    /// <summary>Attaches an estimated OA's error model.</summary>
    public void SetSpread(OaSpread spread)
    {
        Intervals = IntervalKind.Spread;
        Spread = spread;
    }

    public void Clear()
    {
        Array.Clear(Slots);
        Array.Clear(Parts);
        Intervals = IntervalKind.None;
        Spread = default;
        Has = CellSections.None;
        Derived = false;
        Partial = false;
        Imputed = false;
    }

    public static int TotalSlot(PopulationClass cls) => cls switch
    {
        PopulationClass.Domestic => DomesticTotal,
        PopulationClass.LongTermForeign => LongTotal,
        _ => ShortTotal,
    };

    public static CellSections SectionOf(PopulationClass cls) => cls switch
    {
        PopulationClass.Domestic => CellSections.DomesticTotal,
        PopulationClass.LongTermForeign => CellSections.Long,
        _ => CellSections.Short,
    };

    /// <summary>Writes one row of an official file into its section, replacing what was there.</summary>
    public void Set(PopulationRow row)
    {
        var total = TotalSlot(row.Class);
        Slots[total] = Value(row.Total);
        if (row.Class == PopulationClass.Domestic)
        {
            Has |= CellSections.DomesticTotal;
            if (row.Strata is { } strata)
            {
                for (var i = 0; i < Strata.Count; i++)
                    Slots[FirstStratum + i] = Value(strata[i]);
                Has |= CellSections.Strata;
            }
            else
            {
                Has &= ~CellSections.Strata;
            }
        }
        else
        {
            Slots[total + 1] = row.Chinese is { } cn ? Value(cn) : double.NaN;
            Slots[total + 2] = row.OtherForeign is { } other ? Value(other) : double.NaN;
            Has |= SectionOf(row.Class);
        }
    }

    public PopValue Get(int slot) => double.IsNaN(Slots[slot]) ? PopValue.Masked : PopValue.Of(Slots[slot]);

    /// <summary>Converts a section back into an official row.</summary>
    public PopulationRow? ToRow(HourSlot slot, ZoneLevel level, string code, PopulationClass cls, string? parentCode)
    {
        if ((Has & SectionOf(cls)) == 0)
            return null;
        var total = TotalSlot(cls);
        if (cls == PopulationClass.Domestic)
        {
            PopValue[]? strata = null;
            if ((Has & CellSections.Strata) != 0)
            {
                strata = new PopValue[Strata.Count];
                for (var i = 0; i < Strata.Count; i++)
                    strata[i] = Get(FirstStratum + i);
            }
            return new PopulationRow(slot, level, code, cls, Get(total)) { ParentCode = parentCode, Strata = strata };
        }
        return new PopulationRow(slot, level, code, cls, Get(total))
        {
            ParentCode = parentCode,
            Chinese = Get(total + 1),
            OtherForeign = Get(total + 2),
        };
    }

    private static double Value(PopValue v) => v.IsMasked ? double.NaN : v.Value;

    /// <summary>The slots of the present sections, in storage order (strata, domestic total, long-term, short-term).</summary>
    public IEnumerable<int> PresentSlots()
    {
        if ((Has & CellSections.Strata) != 0)
        {
            for (var i = FirstStratum; i < FirstStratum + Strata.Count; i++)
                yield return i;
        }
        if ((Has & CellSections.DomesticTotal) != 0)
            yield return DomesticTotal;
        if ((Has & CellSections.Long) != 0)
        {
            for (var i = LongTotal; i < LongTotal + 3; i++)
                yield return i;
        }
        if ((Has & CellSections.Short) != 0)
        {
            for (var i = ShortTotal; i < ShortTotal + 3; i++)
                yield return i;
        }
    }

    /// <summary>All classes of the cell (the sum of the present class totals), NaN when any is masked or none is present.</summary>
    public double AllClassesTotal()
    {
        double sum = 0;
        var any = false;
        foreach (var (section, slot) in new[] { (CellSections.DomesticTotal, DomesticTotal), (CellSections.Long, LongTotal), (CellSections.Short, ShortTotal) })
        {
            if ((Has & section) == 0)
                continue;
            if (double.IsNaN(Slots[slot]))
                return double.NaN;
            sum += Slots[slot];
            any = true;
        }
        return any ? sum : double.NaN;
    }
}

public enum IntervalKind : byte
{
    None = 0,
    Spread = 1,
    Parts = 2,
}

[Flags]
public enum CellSections : byte
{
    None = 0,
    DomesticTotal = 1,
    Strata = 2,
    Long = 4,
    Short = 8,
}
