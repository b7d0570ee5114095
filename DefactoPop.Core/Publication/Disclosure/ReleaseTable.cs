using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Publication.Disclosure;

/// <summary>A published row's place: level, zone and, on 집계구 rows, the 행정동 written beside it.</summary>
public sealed record ReleaseRowKey(ZoneLevel Level, string Code, string? ParentCode);

/// <summary>
/// One hour of one class of a release, every published level at once, as a <see cref="LinkedTable"/>: 자치구 rows at
/// the top, 행정동 below them, 집계구 below those (levels not published are left out, and a row hangs from its nearest
/// published ancestor). Columns: the total, then the 28 strata (domestic) or Chinese and other (foreigners).
/// </summary>
public sealed class ReleaseTable
{
    public const int Hundredths = 100;

    private ReleaseTable(HourSlot slot, PopulationClass cls, LinkedTable table, IReadOnlyList<ReleaseRowKey> keys)
    {
        Slot = slot;
        Class = cls;
        Table = table;
        Keys = keys;
    }

    public HourSlot Slot { get; }

    public PopulationClass Class { get; }

    public LinkedTable Table { get; }

    public IReadOnlyList<ReleaseRowKey> Keys { get; }

    /// <summary>The tables of published rows (any levels, "*" as unknown), one per hour and class.</summary>
    public static IReadOnlyList<ReleaseTable> FromPublished(IEnumerable<PopulationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return [.. rows.GroupBy(r => (r.Slot, r.Class)).OrderBy(g => g.Key.Slot).ThenBy(g => g.Key.Class)
            .Select(g => Link(g.Key.Slot, g.Key.Class, [.. g.Select(r => (Key(r), Cells(r)))]))];
    }

    /// <summary>
    /// The table of one hour and class summed up from its finest rows (집계구, or 행정동) to <paramref name="levels"/>.
    /// Parts are rounded to hundredths and every total is the exact sum of its parts, so the release adds up exactly.
    /// </summary>
    public static ReleaseTable Aggregate(HourSlot slot, PopulationClass cls, IReadOnlyList<PopulationRow> finest,
        IReadOnlyCollection<ZoneLevel> levels)
    {
        ArgumentNullException.ThrowIfNull(finest);
        ArgumentNullException.ThrowIfNull(levels);
        var sums = new Dictionary<ReleaseRowKey, long[]>();
        foreach (var row in finest)
        {
            if (row.Slot != slot || row.Class != cls)
                throw new ArgumentException($"Row {row.ZoneCode} is not of {slot} {cls}.", nameof(finest));
            var cells = Cells(row);
            if (cells.Any(c => c is null))
                throw new ArgumentException($"Row {row.ZoneCode} has masked cells; a release is built from unmasked estimates.", nameof(finest));
            var parts = cells.Select(c => c!.Value).ToArray();
            if (parts.Length > 1)
                parts[0] = parts.Skip(1).Sum();
            foreach (var key in Ancestry(row))
            {
                if (!levels.Contains(key.Level))
                    continue;
                if (!sums.TryGetValue(key, out var sum))
                    sums[key] = sum = new long[parts.Length];
                for (var i = 0; i < parts.Length; i++)
                    sum[i] += parts[i];
            }
        }
        return Link(slot, cls, [.. sums.Select(kv => (kv.Key, kv.Value.Select(v => (long?)v).ToArray()))]);
    }

    /// <summary>The rows as published: "*" wherever <paramref name="suppressed"/> says so (null: nothing suppressed).</summary>
    public IEnumerable<PopulationRow> ToRows(bool[]? suppressed = null)
    {
        var w = Table.Width;
        for (var r = 0; r < Keys.Count; r++)
        {
            var key = Keys[r];
            PopValue At(int column)
            {
                var c = Table.Cell(r, column);
                return suppressed?[c] == true || Table.Values[c] is not { } v ? PopValue.Masked : PopValue.Of(v / (double)Hundredths);
            }
            var row = new PopulationRow(Slot, key.Level, key.Code, Class, At(0)) { ParentCode = key.ParentCode };
            if (Class == PopulationClass.Domestic && w > 1)
                row = row with { Strata = [.. Enumerable.Range(1, w - 1).Select(At)] };
            else if (Class != PopulationClass.Domestic)
                row = row with { Chinese = At(1), OtherForeign = At(2) };
            yield return row;
        }
    }

    private static ReleaseRowKey Key(PopulationRow row) => new(row.Level, row.ZoneCode, row.Level == ZoneLevel.Oa ? row.ParentCode : null);

    /// <summary>The row's own key and those of its 행정동 and 자치구.</summary>
    private static IEnumerable<ReleaseRowKey> Ancestry(PopulationRow row)
    {
        yield return Key(row);
        var dong = row.Level switch
        {
            ZoneLevel.Oa => row.ParentCode ?? throw new ArgumentException($"집계구 {row.ZoneCode} has no 행정동.", nameof(row)),
            ZoneLevel.Dong => row.ZoneCode,
            _ => null,
        };
        if (row.Level == ZoneLevel.Oa)
            yield return new ReleaseRowKey(ZoneLevel.Dong, dong!, null);
        if (dong is not null)
            yield return new ReleaseRowKey(ZoneLevel.Gu, ZoneCodes.GuOfDong(dong), null);
    }

    private static long?[] Cells(PopulationRow row)
    {
        static long? H(PopValue v) => v.IsMasked ? null : (long)Math.Round(v.Value * Hundredths, MidpointRounding.AwayFromZero);
        if (row.Class == PopulationClass.Domestic)
            return row.Strata is { } s ? [H(row.Total), .. s.Select(H)] : [H(row.Total)];
        return [H(row.Total), row.Chinese is { } c ? H(c) : null, row.OtherForeign is { } o ? H(o) : null];
    }

    private static ReleaseTable Link(HourSlot slot, PopulationClass cls, IReadOnlyList<(ReleaseRowKey Key, long?[] Cells)> rows)
    {
        var width = rows.Count == 0 ? 1 : rows[0].Cells.Length;
        if (rows.Any(r => r.Cells.Length != width))
            throw new ArgumentException($"{slot} {cls}: rows of different layouts cannot form one table.", nameof(rows));
        // Top level first, so every row's parent has its index and depth before the row itself.
        var ordered = rows.OrderBy(r => r.Key.Level).ThenBy(r => r.Key.Code, StringComparer.Ordinal).ToList();
        var index = new Dictionary<(ZoneLevel, string), int>();
        var tableRows = new List<TableRow>(ordered.Count);
        foreach (var (key, _) in ordered)
        {
            var parent = ParentIndex(key, index);
            var depth = parent < 0 ? 0 : tableRows[parent].Depth + 1;
            if (!index.TryAdd((key.Level, key.Code), tableRows.Count))
                throw new ArgumentException($"{slot} {cls}: zone {key.Code} appears twice.", nameof(rows));
            tableRows.Add(new TableRow(key.Code, parent, depth));
        }
        var values = ordered.SelectMany(r => r.Cells).ToArray();
        return new ReleaseTable(slot, cls, new LinkedTable(tableRows, width, values), [.. ordered.Select(r => r.Key)]);
    }

    private static int ParentIndex(ReleaseRowKey key, Dictionary<(ZoneLevel, string), int> index)
    {
        var dong = key.Level == ZoneLevel.Oa ? key.ParentCode : key.Level == ZoneLevel.Dong ? key.Code : null;
        if (key.Level == ZoneLevel.Oa && dong is not null && index.TryGetValue((ZoneLevel.Dong, dong), out var d))
            return d;
        if (key.Level is ZoneLevel.Oa or ZoneLevel.Dong && dong is { Length: >= 5 } && index.TryGetValue((ZoneLevel.Gu, ZoneCodes.GuOfDong(dong)), out var g))
            return g;
        return -1;
    }
}
