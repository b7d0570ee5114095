namespace DefactoPop.Core.Publication.Disclosure;

/// <summary>One row of a linked table: a zone, its parent row (-1 at the top) and its cells (0 = total, then the parts).</summary>
public sealed record TableRow(string Code, int Parent, int Depth);

/// <summary>One additivity rule: Σ sign × cell = 0.</summary>
public sealed record TableConstraint(int[] Cells, sbyte[] Signs);

/// <summary>
/// One hour of one population class as the attacker sees it: every row's parts add up to its total, and every
/// complete set of child rows adds up, column by column, to its parent. Cell values are whole hundredths of a person
/// (the release is rounded to hundredths and made exactly additive, so the attacker's equations hold exactly).
/// </summary>
/// <remarks>
/// Rules: one per leaf row (its parts add to its total) and one per parent and column (the children add to the parent).
/// A parent's own row rule is left out because it follows from those, and then every cell enters at most two rules with
/// opposite signs (a leaf's part: its row rule and its parent's column rule; a middle row's cell: its own column rule as
/// parent and its parent's as child; a top cell: one rule). The whole table is then a flow network, which the attacker
/// solves exactly with max-flow (see <see cref="SuppressionAttacker"/>).
/// </remarks>
public sealed class LinkedTable
{
    private readonly int[][] _rulesOf;

    /// <param name="rows">Parents before children is not required; <see cref="TableRow.Parent"/> indexes this list.</param>
    /// <param name="width">Cells per row: 1 (a total only), or the total and its parts.</param>
    /// <param name="values">Row-major, <paramref name="width"/> per row; null where the cell is unknown (suppressed).</param>
    public LinkedTable(IReadOnlyList<TableRow> rows, int width, long?[] values)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(values);
        if (width < 1)
            throw new ArgumentOutOfRangeException(nameof(width), width, "A row has at least its total.");
        if (values.Length != rows.Count * width)
            throw new ArgumentException($"Expected {rows.Count * width} cells, got {values.Length}.", nameof(values));
        Rows = rows;
        Width = width;
        Values = values;
        Children = ChildrenOf(rows);
        Rules = BuildRules();
        _rulesOf = IndexRules(Rules, values.Length);
        GroundCells = [.. Enumerable.Range(0, values.Length).Where(c => _rulesOf[c].Length == 1)];
    }

    public IReadOnlyList<TableRow> Rows { get; }

    public int Width { get; }

    /// <summary>Row-major cell values in hundredths; null for a suppressed cell.</summary>
    public IReadOnlyList<long?> Values { get; }

    public int CellCount => Values.Count;

    /// <summary>Child rows of each row.</summary>
    public IReadOnlyList<int[]> Children { get; }

    /// <summary>Every additivity rule: one per leaf row with parts, then one per parent and column.</summary>
    public IReadOnlyList<TableConstraint> Rules { get; }

    /// <summary>Cells that enter a single rule (a top row's cells): in a flow network their other end is the free node.</summary>
    public IReadOnlyList<int> GroundCells { get; }

    public int Cell(int row, int column) => row * Width + column;

    public int RowOf(int cell) => cell / Width;

    public int ColumnOf(int cell) => cell % Width;

    /// <summary>The rules a cell enters.</summary>
    public IReadOnlyList<int> RulesOf(int cell) => _rulesOf[cell];

    /// <summary>The sign of a parent's cell in its column rule: −1 for totals, +1 for parts (children take the opposite).</summary>
    public static sbyte ParentSign(int column) => column == 0 ? (sbyte)-1 : (sbyte)1;

    private static int[][] ChildrenOf(IReadOnlyList<TableRow> rows)
    {
        var lists = new List<int>[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            var p = rows[r].Parent;
            if (p < -1 || p >= rows.Count || p == r)
                throw new ArgumentException($"Row {r} ({rows[r].Code}) has parent {p}.", nameof(rows));
            if (p >= 0)
            {
                if (rows[r].Depth != rows[p].Depth + 1)
                    throw new ArgumentException($"Row {r} ({rows[r].Code}) is not one level below its parent.", nameof(rows));
                (lists[p] ??= []).Add(r);
            }
        }
        return [.. lists.Select(l => l is null ? [] : l.ToArray())];
    }

    private TableConstraint[] BuildRules()
    {
        var rules = new List<TableConstraint>();
        for (var r = 0; r < Rows.Count; r++)
        {
            // A row with children needs no rule of its own: its columns are its children's, which add up.
            if (Width == 1 || Children[r].Length > 0)
                continue;
            var cells = new int[Width];
            var signs = new sbyte[Width];
            for (var c = 0; c < Width; c++)
            {
                cells[c] = Cell(r, c);
                signs[c] = c == 0 ? (sbyte)-1 : (sbyte)1;
            }
            rules.Add(new TableConstraint(cells, signs));
        }
        for (var p = 0; p < Rows.Count; p++)
        {
            var kids = Children[p];
            if (kids.Length == 0)
                continue;
            for (var c = 0; c < Width; c++)
            {
                var parentSign = ParentSign(c);
                var cells = new int[kids.Length + 1];
                var signs = new sbyte[kids.Length + 1];
                cells[0] = Cell(p, c);
                signs[0] = parentSign;
                for (var k = 0; k < kids.Length; k++)
                {
                    cells[k + 1] = Cell(kids[k], c);
                    signs[k + 1] = (sbyte)-parentSign;
                }
                rules.Add(new TableConstraint(cells, signs));
            }
        }
        return [.. rules];
    }

    private static int[][] IndexRules(IReadOnlyList<TableConstraint> rules, int cells)
    {
        var lists = new List<int>[cells];
        for (var i = 0; i < rules.Count; i++)
        {
            foreach (var c in rules[i].Cells)
                (lists[c] ??= []).Add(i);
        }
        return [.. lists.Select(l => l is null ? [] : l.ToArray())];
    }
}
