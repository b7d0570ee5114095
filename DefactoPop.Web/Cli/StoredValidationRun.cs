using System.Globalization;
using DefactoPop.Core.Abstractions;
using DefactoPop.Core.Domain;
using DefactoPop.Core.Synthetic;
using DefactoPop.Core.Validation;

namespace DefactoPop.Web.Cli;

/// <summary>
/// validate --truth: reads the stored estimates of chosen days (every level, with their 90 % intervals) and the sealed
/// truth of the same days, rolls the truth up through the store's zone catalogue, and hands both to <see cref="StoredValidation"/>.
/// </summary>
public sealed class StoredValidationRun(IPopulationReadStore store)
{
    /// <summary>The 집계구 codes of the store and each one's 행정동, each 행정동's 자치구 (index into the level's zones; −1 when not in the catalogue).</summary>
    private sealed record ZoneTree(string[] OaCodes, int[] OaDong, int DongCount, int[] DongGu, int GuCount);

    /// <summary>The folder holding seal.json: <paramref name="dir"/> itself, or its "truth" sub-folder (simulate --out DIR).</summary>
    public static string TruthRoot(string dir)
    {
        ArgumentNullException.ThrowIfNull(dir);
        var nested = Path.Combine(dir, "truth");
        return !File.Exists(Path.Combine(dir, TruthFiles.SealFile)) && File.Exists(Path.Combine(nested, TruthFiles.SealFile)) ? nested : dir;
    }

    /// <summary>Null when every day has stored 집계구 estimates and a truth file; otherwise a message naming the missing days and what exists.</summary>
    public async Task<string?> MissingAsync(string truthRoot, IReadOnlyList<DateOnly> days, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(days);
        var noEstimates = new List<DateOnly>();
        foreach (var day in days)
        {
            if (await store.GetFinestLevelAsync(day, ZoneLevel.Oa, ct) != ZoneLevel.Oa)
                noEstimates.Add(day);
        }
        var noTruth = days.Where(d => !File.Exists(Path.Combine(truthRoot, TruthFiles.DayFile(d)))).ToList();
        if (noEstimates.Count == 0 && noTruth.Count == 0)
            return null;
        var lines = new List<string>();
        if (noEstimates.Count > 0)
            lines.Add($"no stored 집계구 estimates for {Dates(noEstimates)}; the store holds {await StoredDaysAsync(ct)}.");
        if (noTruth.Count > 0)
            lines.Add($"no sealed truth for {Dates(noTruth)} in {truthRoot}; it holds {TruthDays(truthRoot)}.");
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>Validates the days in order.</summary>
    /// <exception cref="Core.Import.ImportFormatException">A truth file is unsealed, altered or malformed (file:line:column).</exception>
    public async Task<StoredValidationReport> RunAsync(string truthRoot, IReadOnlyList<DateOnly> days, IProgress<DateOnly>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(days);
        var tree = await ZoneTreeAsync(ct);
        var tallies = new List<(DateOnly, StoredTally)>(days.Count);
        foreach (var day in days)
        {
            progress?.Report(day);
            var truth = TruthFiles.ReadDay(truthRoot, day, tree.OaCodes);
            var tally = StoredTally.Day();
            foreach (var hour in truth)
                tally.Add(await HourAsync(tree, hour, ct));
            tallies.Add((day, tally));
        }
        return StoredValidation.Report(tallies);
    }

    private async Task<StoredHour> HourAsync(ZoneTree tree, TruthHour truth, CancellationToken ct)
    {
        var slot = truth.Slot;
        var oa = TruthTotals.PerOa(truth);
        var dong = TruthTotals.RollUp(oa, tree.OaDong, tree.DongCount);
        var gu = TruthTotals.RollUp(dong, tree.DongGu, tree.GuCount);
        return new StoredHour(
            slot,
            await LevelAsync(slot, ZoneLevel.Oa, oa, ct),
            await LevelAsync(slot, ZoneLevel.Dong, dong, ct),
            await LevelAsync(slot, ZoneLevel.Gu, gu, ct),
            await LevelAsync(slot, ZoneLevel.City, [oa.Sum()], ct))
        {
            Foreign = await ForeignAsync(slot, truth, ct),
        };
    }

    private async Task<LevelHour> LevelAsync(HourSlot slot, ZoneLevel level, double[] truth, CancellationToken ct)
    {
        var s = await store.GetLevelAsync(slot, level, PopulationQuery.All, ct);
        return new LevelHour(s.Values, truth, s.Lower, s.Upper);
    }

    private async Task<ForeignHour?> ForeignAsync(HourSlot slot, TruthHour truth, CancellationToken ct)
    {
        var longTerm = await CityAsync(slot, new PopulationQuery(PopulationClass.LongTermForeign), ct);
        var shortTerm = await CityAsync(slot, new PopulationQuery(PopulationClass.ShortTermForeign), ct);
        if (double.IsNaN(longTerm) || double.IsNaN(shortTerm))
            return null;
        var chinese = await CityAsync(slot, new PopulationQuery(PopulationClass.LongTermForeign, Nationality: Nationality.Chinese), ct)
            + await CityAsync(slot, new PopulationQuery(PopulationClass.ShortTermForeign, Nationality: Nationality.Chinese), ct);
        var t = TruthTotals.Foreign(truth);
        return new ForeignHour(longTerm, t.Long, shortTerm, t.Short, chinese, t.Chinese);
    }

    private async Task<double> CityAsync(HourSlot slot, PopulationQuery query, CancellationToken ct) =>
        (await store.GetLevelAsync(slot, ZoneLevel.City, query, ct)).Values is [var v] ? v : double.NaN;

    private async Task<ZoneTree> ZoneTreeAsync(CancellationToken ct)
    {
        var oas = await store.GetZonesAsync(ZoneLevel.Oa, ct);
        var dongs = await store.GetZonesAsync(ZoneLevel.Dong, ct);
        var gus = await store.GetZonesAsync(ZoneLevel.Gu, ct);
        var dongIndex = IndexOf(dongs);
        var guIndex = IndexOf(gus);
        return new ZoneTree(
            [.. oas.Select(z => z.Code)],
            [.. oas.Select(z => Lookup(dongIndex, z.ParentCode))],
            dongs.Count,
            [.. dongs.Select(z => Lookup(guIndex, z.ParentCode ?? ZoneCodes.GuOfDong(z.Code)))],
            gus.Count);
    }

    private static Dictionary<string, int> IndexOf(IReadOnlyList<Zone> zones) =>
        zones.Select((z, i) => (z.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);

    private static int Lookup(Dictionary<string, int> index, string? code) =>
        code is not null && index.TryGetValue(code, out var i) ? i : -1;

    private async Task<string> StoredDaysAsync(CancellationToken ct)
    {
        var coverage = await store.GetCoverageAsync(ct);
        return coverage is { First: { } first, Last: { } last }
            ? string.Create(CultureInfo.InvariantCulture, $"{coverage.Days} day(s) from {Date(first.Date)} to {Date(last.Date)}")
            : "no estimates";
    }

    private static string TruthDays(string truthRoot)
    {
        if (!Directory.Exists(truthRoot))
            return "nothing (no such folder)";
        var names = Directory.GetFiles(truthRoot, "*.csv.gz").Select(p => Path.GetFileName(p)[..^".csv.gz".Length]).Order(StringComparer.Ordinal).ToList();
        return names.Count == 0 ? "no day files" : string.Join(", ", names);
    }

    private static string Dates(IEnumerable<DateOnly> days) => string.Join(", ", days.Select(Date));

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
