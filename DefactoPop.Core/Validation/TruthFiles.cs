using System.Globalization;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Import;
using DefactoPop.Core.Operator;
using DefactoPop.Core.Synthetic;

namespace DefactoPop.Core.Validation;

/// <summary>
/// The sealed truth folder that <c>simulate --out</c> writes and only <c>validate</c> reads: one gzip CSV per day
/// (hour, oa_code, the 28 strata, long-term and short-term foreigners by nationality) and seal.json with the SHA-256
/// of every day file, so a truth edited after the run is refused.
/// </summary>
public static class TruthFiles
{
    public const string SealFile = "seal.json";
    public const int Decimals = 2;

    public static IReadOnlyList<string> Columns { get; } =
    [
        "hour", "oa_code", .. Enumerable.Range(0, Strata.Count).Select(ContractFormat.StratumColumn),
        "long_chinese", "long_other", "short_chinese", "short_other",
    ];

    public static string DayFile(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".csv.gz";

    /// <summary>Reads the 24 hours of one day, OA arrays in the order of <paramref name="oaCodes"/>.</summary>
    /// <exception cref="ImportFormatException">The day is missing, unsealed, altered or malformed (file:line:column).</exception>
    public static TruthHour[] ReadDay(string truthRoot, DateOnly date, IReadOnlyList<string> oaCodes)
    {
        ArgumentNullException.ThrowIfNull(truthRoot);
        ArgumentNullException.ThrowIfNull(oaCodes);
        var name = DayFile(date);
        var path = Path.Combine(truthRoot, name);
        if (!File.Exists(path))
            throw new ImportFormatException(new ImportIssue(path, 0, 0, null, "no sealed truth for this day"));
        var raw = File.ReadAllBytes(path);
        var seal = TruthSeal.Read(truthRoot);
        if (!seal.TryGetValue(name, out var expected) || expected != AtomicFile.Sha256Hex(raw))
            throw new ImportFormatException(new ImportIssue(path, 0, 0, null, $"checksum does not match {SealFile}: the truth was altered or not sealed"));

        var issues = new List<ImportIssue>();
        var csv = ContractCsv.Open(name, raw, issues);
        int[]? map = null;
        if (csv is not null && csv.ReadHeader(issues))
            map = csv.MapColumns(Columns, issues);
        if (csv is null || map is null)
            throw new ImportFormatException(issues);

        var index = new Dictionary<string, int>(oaCodes.Count, StringComparer.Ordinal);
        for (var j = 0; j < oaCodes.Count; j++)
            index[oaCodes[j]] = j;
        var hours = new TruthHour[24];
        for (var h = 0; h < 24; h++)
        {
            hours[h] = new TruthHour
            {
                Slot = new HourSlot(date, h),
                Domestic = new float[oaCodes.Count * Strata.Count],
                LongTerm = new float[oaCodes.Count * 2],
                ShortTerm = new float[oaCodes.Count * 2],
            };
        }
        var seen = new bool[24 * oaCodes.Count];
        while (csv.NextRow(issues) && issues.Count < 20)
        {
            if (csv.FieldCount == 0)
                continue;
            if (!csv.TryNumber(map[0], issues, out var hv, 0, 23))
                continue;
            if (hv != Math.Floor(hv))
            {
                csv.Fail(issues, map[0], "hour must be a whole number 0..23");
                continue;
            }
            var hour = (int)hv;
            if (!index.TryGetValue(csv.FieldText(map[1]), out var oa))
            {
                csv.Fail(issues, map[1], $"unknown 집계구 code '{csv.FieldText(map[1])}'");
                continue;
            }
            if (seen[hour * oaCodes.Count + oa])
            {
                csv.Fail(issues, map[1], $"duplicate hour {hour} for {oaCodes[oa]}");
                continue;
            }
            seen[hour * oaCodes.Count + oa] = true;
            var t = hours[hour];
            for (var s = 0; s < Strata.Count; s++)
                t.Domestic[oa * Strata.Count + s] = Value(csv, map[2 + s], issues);
            t.LongTerm[oa * 2] = Value(csv, map[30], issues);
            t.LongTerm[oa * 2 + 1] = Value(csv, map[31], issues);
            t.ShortTerm[oa * 2] = Value(csv, map[32], issues);
            t.ShortTerm[oa * 2 + 1] = Value(csv, map[33], issues);
        }
        if (issues.Count == 0 && Array.IndexOf(seen, false) is var gap and >= 0)
            issues.Add(new ImportIssue(name, csv.Line, 0, null, $"no row for hour {gap / oaCodes.Count} of {oaCodes[gap % oaCodes.Count]}"));
        if (issues.Count > 0)
            throw new ImportFormatException(issues);
        return hours;
    }

    /// <summary>The folder as a truth function for the validator; reads a day when first asked and keeps the last one.</summary>
    public static Func<HourSlot, TruthHour> Source(string truthRoot, IReadOnlyList<string> oaCodes)
    {
        var gate = new Lock();
        (DateOnly Date, TruthHour[] Hours)? last = null;
        return slot =>
        {
            lock (gate)
            {
                if (last is not { } day || day.Date != slot.Date)
                    last = day = (slot.Date, ReadDay(truthRoot, slot.Date, oaCodes));
                return day.Hours[slot.Hour];
            }
        };
    }

    private static float Value(ContractCsv csv, int position, List<ImportIssue> issues) =>
        csv.TryNumber(position, issues, out var v, 0) ? (float)v : 0f;
}
