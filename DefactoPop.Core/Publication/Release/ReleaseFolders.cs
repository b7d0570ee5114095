using System.Globalization;

namespace DefactoPop.Core.Publication.Release;

/// <summary>
/// The output folder of the release pipeline: one folder per data date (yyyyMMdd) that appears whole or not at all,
/// and quarantine/ for drops that could not be published. A day is built in ".yyyyMMdd.partial" and renamed into place;
/// a republished day swaps through ".yyyyMMdd.old". <see cref="Recover"/> undoes whatever a killed run left behind.
/// </summary>
public sealed class ReleaseFolders(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    public string Quarantine => Path.Combine(Root, "quarantine");

    public string Day(DateOnly date) => Path.Combine(Root, date.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

    public string Partial(DateOnly date) => Path.Combine(Root, "." + Path.GetFileName(Day(date)) + ".partial");

    public string Old(DateOnly date) => Path.Combine(Root, "." + Path.GetFileName(Day(date)) + ".old");

    public string QuarantineNote(DateOnly date) =>
        Path.Combine(Quarantine, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".json");

    /// <summary>Released days, oldest first.</summary>
    public IReadOnlyList<DateOnly> Days() =>
        !Directory.Exists(Root)
            ? []
            : [.. Directory.GetDirectories(Root)
                .Select(d => DateOnly.TryParseExact(Path.GetFileName(d), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null)
                .OfType<DateOnly>().Where(d => File.Exists(Path.Combine(Day(d), ReleaseManifest.FileName))).Order()];

    /// <summary>Removes half-built days and puts back a day whose swap was cut between its two renames.</summary>
    public void Recover()
    {
        if (!Directory.Exists(Root))
            return;
        foreach (var dir in Directory.GetDirectories(Root, ".*.partial"))
            Directory.Delete(dir, recursive: true);
        foreach (var old in Directory.GetDirectories(Root, ".*.old"))
        {
            var day = Path.Combine(Root, Path.GetFileName(old)[1..^4]);
            if (Directory.Exists(day) && File.Exists(Path.Combine(day, ReleaseManifest.FileName)))
                Directory.Delete(old, recursive: true);
            else
            {
                if (Directory.Exists(day))
                    Directory.Delete(day, recursive: true);
                Directory.Move(old, day);
            }
        }
        // A day folder without its manifest never finished (written by something else than this pipeline): not released.
    }

    /// <summary>Puts a fully written partial folder in place of the day, replacing a previous revision.</summary>
    /// <param name="between">Called after the previous revision is moved aside and before the new one is moved in.</param>
    public void Publish(DateOnly date, Action? between = null)
    {
        var day = Day(date);
        var partial = Partial(date);
        if (!Directory.Exists(day))
        {
            Directory.Move(partial, day);
            return;
        }
        var old = Old(date);
        Directory.Move(day, old);
        between?.Invoke();
        Directory.Move(partial, day);
        Directory.Delete(old, recursive: true);
    }
}
