using DefactoPop.Core.Domain;

namespace DefactoPop.Core.Import;

/// <summary>One official layout of Seoul's living-population CSV files: level, class and the exact column list.</summary>
public sealed record FileLayout
{
    public const string DateColumn = "기준일ID";
    public const string HourColumn = "시간대구분";
    public const string GuColumn = "자치구코드";
    public const string DongColumn = "행정동코드";
    public const string OaColumn = "집계구코드";
    public const string TotalColumn = "총생활인구수";
    public const string ChineseColumn = "중국인체류인구수";
    public const string OtherForeignColumn = "중국외외국인체류인구수";

    private static readonly FileLayout[] s_all = BuildAll();

    private FileLayout(ZoneLevel level, PopulationClass cls, bool hasStrata, IReadOnlyList<string> columns)
    {
        Level = level;
        Class = cls;
        HasStrata = hasStrata;
        Columns = columns;
        ZoneColumnIndex = level == ZoneLevel.Oa ? 3 : 2;
        ParentColumnIndex = level == ZoneLevel.Oa ? 2 : -1;
        TotalColumnIndex = ZoneColumnIndex + 1;
    }

    public ZoneLevel Level { get; }

    public PopulationClass Class { get; }

    /// <summary>False only for the reduced 4-column 자치구 variant (no sex × age columns).</summary>
    public bool HasStrata { get; }

    /// <summary>The official header, in order.</summary>
    public IReadOnlyList<string> Columns { get; }

    public int ColumnCount => Columns.Count;

    /// <summary>0-based index of the finest zone code on a row (집계구코드, 행정동코드 or 자치구코드).</summary>
    public int ZoneColumnIndex { get; }

    /// <summary>0-based index of 행정동코드 on 집계구 rows; -1 otherwise.</summary>
    public int ParentColumnIndex { get; }

    /// <summary>0-based index of 총생활인구수; strata or nationality columns follow it.</summary>
    public int TotalColumnIndex { get; }

    public bool IsForeign => Class != PopulationClass.Domestic;

    /// <summary>Every official layout (foreign classes share a header, so the header alone cannot tell them apart).</summary>
    public static IReadOnlyList<FileLayout> All => s_all;

    /// <summary>E.g. "집계구 내국인 (33 columns)".</summary>
    public string Describe() => $"{Level.NameKo()} {Class.NameKo()} ({ColumnCount} columns)";

    public override string ToString() => Describe();

    /// <summary>The official layout; <paramref name="hasStrata"/> matters only for domestic 자치구 files (false = 4 columns).</summary>
    public static FileLayout For(ZoneLevel level, PopulationClass cls, bool hasStrata = true)
    {
        foreach (var layout in s_all)
        {
            if (layout.Level == level && layout.Class == cls && (layout.IsForeign || layout.HasStrata == hasStrata))
                return layout;
        }
        throw new ArgumentException(
            $"No official layout for level {level}, class {cls}, strata {hasStrata}. "
            + "Strata exist only for domestic files; the 4-column variant exists only at 자치구 level.");
    }

    /// <summary>The layout whose header matches exactly (after <see cref="CleanHeaderName"/>), or null.
    /// Foreign headers are returned as long-term; the class of a foreign file comes from its name.</summary>
    public static FileLayout? Detect(IReadOnlyList<string> header)
    {
        foreach (var layout in s_all)
        {
            if (layout.Class == PopulationClass.ShortTermForeign || layout.ColumnCount != header.Count)
                continue;
            var match = true;
            for (var i = 0; i < header.Count && match; i++)
                match = string.Equals(CleanHeaderName(header[i]), layout.Columns[i], StringComparison.Ordinal);
            if (match)
                return layout;
        }
        return null;
    }

    /// <summary>Same layout with another foreign class; the domestic layouts are returned unchanged.</summary>
    public FileLayout WithClass(PopulationClass cls) =>
        Class == cls ? this : For(Level, cls, HasStrata);

    /// <summary>Strips stray quotes, '?', BOM remnants and whitespace that appear in real headers.</summary>
    public static string CleanHeaderName(string name)
    {
        if (name.StartsWith("ï»¿", StringComparison.Ordinal))
            name = name[3..];
        var needsWork = false;
        foreach (var c in name)
        {
            if (IsJunk(c))
            {
                needsWork = true;
                break;
            }
        }
        if (!needsWork)
            return name;
        var chars = new List<char>(name.Length);
        foreach (var c in name)
        {
            if (!IsJunk(c))
                chars.Add(c);
        }
        return new string([.. chars]);
    }

    private static bool IsJunk(char c) =>
        c is '"' or '?' or '\uFEFF' or '\uFFFD' or '\u200B' || char.IsWhiteSpace(c) || char.IsControl(c);

    private static FileLayout[] BuildAll()
    {
        var list = new List<FileLayout>();
        foreach (var cls in new[] { PopulationClass.Domestic, PopulationClass.LongTermForeign, PopulationClass.ShortTermForeign })
        {
            foreach (var level in new[] { ZoneLevel.Oa, ZoneLevel.Dong, ZoneLevel.Gu })
            {
                var cols = new List<string> { DateColumn, HourColumn };
                switch (level)
                {
                    case ZoneLevel.Oa:
                        cols.Add(DongColumn);
                        cols.Add(OaColumn);
                        break;
                    case ZoneLevel.Dong:
                        cols.Add(DongColumn);
                        break;
                    default:
                        cols.Add(GuColumn);
                        break;
                }
                cols.Add(TotalColumn);
                if (cls == PopulationClass.Domestic)
                {
                    if (level == ZoneLevel.Gu)
                        list.Add(new FileLayout(level, cls, false, [.. cols]));
                    for (var i = 0; i < Strata.Count; i++)
                        cols.Add(Strata.OfficialColumn(i));
                    list.Add(new FileLayout(level, cls, true, [.. cols]));
                }
                else
                {
                    cols.Add(ChineseColumn);
                    cols.Add(OtherForeignColumn);
                    list.Add(new FileLayout(level, cls, false, [.. cols]));
                }
            }
        }
        return [.. list];
    }
}
