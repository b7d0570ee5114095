using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Publication.Disclosure;

/// <summary>What the attacker derived about one suppressed cell, in persons.</summary>
public sealed record CellFinding(HourSlot Slot, PopulationClass Class, ZoneLevel Level, string Code, int Column,
    double Lower, double Upper, bool Open)
{
    public double Width => Upper - Lower;

    /// <summary>Column 0 is the total; 1-28 the strata, or 1 Chinese and 2 other.</summary>
    public override string ToString() =>
        $"{Slot} {Class.Key()} {Level.Key()} {Code} column {Column}: [{Lower:0.##}, {Upper:0.##}{(Open ? "+" : "")}]";
}

/// <summary>The attacker's verdict on a release: how many suppressed cells, the narrowest interval, every violation.</summary>
public sealed record ReleaseAudit(int Tables, long CellsChecked, CellFinding? Narrowest, IReadOnlyList<CellFinding> Violations)
{
    public bool Passed => Violations.Count == 0;
}

/// <summary>Disclosure control of a whole release (every level and class of a day at once), and its audit.</summary>
public static class ReleaseDisclosure
{
    /// <summary>
    /// The published rows of a release built from the finest unmasked estimates: summed to <paramref name="levels"/>,
    /// made exactly additive, suppressed as one linked table per hour and class.
    /// </summary>
    public static IReadOnlyList<PopulationRow> Protect(IEnumerable<PopulationRow> finest, IReadOnlyCollection<ZoneLevel> levels,
        DisclosureOptions options) =>
        Protect(finest, _ => levels, options);

    /// <summary>As above, with the levels published per class (e.g. foreigners at 행정동 and 자치구 only).</summary>
    public static IReadOnlyList<PopulationRow> Protect(IEnumerable<PopulationRow> finest,
        Func<PopulationClass, IReadOnlyCollection<ZoneLevel>> levels, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(finest);
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(options);
        var threshold = Hundredths(options.Threshold);
        var published = new List<PopulationRow>();
        foreach (var group in finest.GroupBy(r => (r.Slot, r.Class)).OrderBy(g => g.Key.Slot).ThenBy(g => g.Key.Class))
        {
            var table = ReleaseTable.Aggregate(group.Key.Slot, group.Key.Class, [.. group], levels(group.Key.Class));
            published.AddRange(table.ToRows(ReleaseProtection.Protect(table.Table, threshold)));
        }
        return published;
    }

    /// <summary>The same rows summed and made additive, but not suppressed: internal use only, never published.</summary>
    public static IReadOnlyList<PopulationRow> Unprotected(IEnumerable<PopulationRow> finest,
        Func<PopulationClass, IReadOnlyCollection<ZoneLevel>> levels)
    {
        ArgumentNullException.ThrowIfNull(finest);
        ArgumentNullException.ThrowIfNull(levels);
        return [.. finest.GroupBy(r => (r.Slot, r.Class)).OrderBy(g => g.Key.Slot).ThenBy(g => g.Key.Class)
            .SelectMany(g => ReleaseTable.Aggregate(g.Key.Slot, g.Key.Class, [.. g], levels(g.Key.Class)).ToRows())];
    }

    /// <summary>Attacks published rows (all levels of a release): every "*" cell's interval, checked against the threshold.</summary>
    public static ReleaseAudit Audit(IEnumerable<PopulationRow> published, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(options);
        var threshold = Hundredths(options.Threshold);
        var tables = ReleaseTable.FromPublished(published);
        long checkedCells = 0;
        CellFinding? narrowest = null;
        var violations = new List<CellFinding>();
        foreach (var t in tables)
        {
            foreach (var iv in SuppressionAttacker.Attack(t.Table, 2 * threshold))
            {
                checkedCells++;
                var finding = Describe(t, iv);
                if (narrowest is null || finding.Width < narrowest.Width)
                    narrowest = finding;
                if (!iv.Protects(threshold))
                    violations.Add(finding);
            }
        }
        return new ReleaseAudit(tables.Count, checkedCells, narrowest, violations);
    }

    internal static CellFinding Describe(ReleaseTable t, CellInterval iv)
    {
        var key = t.Keys[t.Table.RowOf(iv.Cell)];
        return new CellFinding(t.Slot, t.Class, key.Level, key.Code, t.Table.ColumnOf(iv.Cell),
            iv.Lower / (double)ReleaseTable.Hundredths, iv.Upper / (double)ReleaseTable.Hundredths, iv.Open);
    }

    private static long Hundredths(double persons) => (long)Math.Round(persons * ReleaseTable.Hundredths, MidpointRounding.AwayFromZero);
}
